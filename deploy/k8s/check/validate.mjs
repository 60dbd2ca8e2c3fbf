// Validates the documents of a `kubectl kustomize` output (read from the file given) against the
// schemas of the models package installed beside the calling folder. Prints one line per
// document it checked and "skipped KIND" for kinds that belong to the other checker.
//   node core/validate.mjs rendered.yaml   |   node argo/validate.mjs rendered.yaml
import { readFileSync } from 'node:fs';

export function validate(models, file, parseAllDocuments) {
  let failed = 0;
  for (const document of parseAllDocuments(readFileSync(file, 'utf8'))) {
    const manifest = document.toJSON();
    if (!manifest) continue;
    const Model = models[`${manifest.apiVersion}/${manifest.kind}`];
    const name = `${manifest.kind}/${manifest.metadata?.name}`;
    if (!Model) {
      console.log(`skipped ${name}`);
      continue;
    }
    try {
      new Model(manifest).validate();
      console.log(`valid ${name}`);
    } catch (error) {
      failed++;
      console.log(`INVALID ${name}: ${error.message}`);
    }
  }
  process.exitCode = failed ? 1 : 0;
}
