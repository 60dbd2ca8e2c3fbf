// Writes each dashboard as a TypeScript constant annotated with @grafana/schema's Dashboard type,
// so tsc checks field names, literal values and nesting (an inline literal is checked for excess
// properties, which an imported JSON module is not).
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';

const source = new URL('../dashboards/', import.meta.url);
const out = new URL('./generated/', import.meta.url);
mkdirSync(out, { recursive: true });
for (const file of readdirSync(source).filter((name) => name.endsWith('.json'))) {
  const json = JSON.parse(readFileSync(new URL(file, source), 'utf8'));
  const body = JSON.stringify(json, null, 2);
  writeFileSync(
    new URL(file.replace(/\.json$/, '.ts'), out),
    `import type { Dashboard } from '@grafana/schema';\n\nexport const dashboard: Dashboard = ${body};\n`,
  );
  console.log(`generated/${file.replace(/\.json$/, '.ts')}: ${json.panels.length} panels`);
}
