import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Dataset } from '../../src/data/schema';

// Paths, not file URLs: under jsdom the global URL is jsdom's, which node:fs refuses.
const dir = join(import.meta.dirname, '../../public/data');

/** The embedded dataset and its source text, read from disk as the app would fetch them. */
export const sourceText = readFileSync(join(dir, 'luzhou-2018.txt'), 'utf8');
export const datasetJson: unknown = JSON.parse(readFileSync(join(dir, 'luzhou-2018.json'), 'utf8'));
export const dataset = datasetJson as Dataset;
