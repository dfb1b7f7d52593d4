import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Dataset } from '../../src/data/schema';

export const dataset = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../public/data/luzhou-2018.json'), 'utf8'),
) as Dataset;

export const areaIds = dataset.areas.map((a) => a.id).filter((id) => id !== 'overview');
