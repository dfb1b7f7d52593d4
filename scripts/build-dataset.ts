import { readFileSync, writeFileSync } from 'node:fs';
import { parseDataset } from '../src/data/parse';
import { buildDataset } from './dataset/build';
import { sourceFile, meta } from './dataset/luzhou-2018';

/** `npm run data`: rebuilds public/data/luzhou-2018.json from the spec and the source text. */
const dir = new URL('../public/data/', import.meta.url);
const source = readFileSync(new URL(sourceFile, dir), 'utf8');
const dataset = buildDataset(source);
const parsed = parseDataset(dataset);
if (!parsed.ok) {
  for (const e of parsed.errors) console.error(`${e.path}: ${e.message}`);
  process.exit(1);
}
writeFileSync(new URL(`${meta.id}.json`, dir), `${JSON.stringify(dataset, null, 1)}\n`);
console.log(`wrote ${meta.id}.json: ${dataset.facts.length} facts, ${dataset.relations.length} relations`);
