import { readFileSync } from 'node:fs';
import type { Dataset } from '../../src/data/schema';

const dir = new URL('../../public/data/', import.meta.url);

/** The embedded dataset and its source text, read from disk as the app would fetch them. */
export const sourceText = readFileSync(new URL('luzhou-2018.txt', dir), 'utf8');
export const datasetJson: unknown = JSON.parse(readFileSync(new URL('luzhou-2018.json', dir), 'utf8'));
export const dataset = datasetJson as Dataset;
