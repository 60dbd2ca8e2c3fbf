import { parseAllDocuments } from 'yaml';
import { Rollout, AnalysisTemplate } from '@kubernetes-models/argo-rollouts/argoproj.io/v1alpha1';
import { validate } from '../validate.mjs';

validate(
  {
    'argoproj.io/v1alpha1/Rollout': Rollout,
    'argoproj.io/v1alpha1/AnalysisTemplate': AnalysisTemplate,
  },
  process.argv[2],
  parseAllDocuments,
);
