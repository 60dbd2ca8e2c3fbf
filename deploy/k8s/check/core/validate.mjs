import { parseAllDocuments } from 'yaml';
import { ConfigMap, Service, Secret } from 'kubernetes-models/v1';
import { Deployment } from 'kubernetes-models/apps/v1';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1';
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2';
import { validate } from '../validate.mjs';

validate(
  {
    'v1/ConfigMap': ConfigMap,
    'v1/Service': Service,
    'v1/Secret': Secret,
    'apps/v1/Deployment': Deployment,
    'policy/v1/PodDisruptionBudget': PodDisruptionBudget,
    'autoscaling/v2/HorizontalPodAutoscaler': HorizontalPodAutoscaler,
  },
  process.argv[2],
  parseAllDocuments,
);
