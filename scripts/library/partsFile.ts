import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PARTS_FILE, partsFromJson, partsJson, type PartsFile, type PartsJson } from '../../src/library/parts';

/** A tables folder's parts.json, as the views read it (src/library/parts.ts: the file names the parts without rows). */
export const readPartsFile = (dir: string): PartsFile =>
  partsFromJson(JSON.parse(readFileSync(join(dir, PARTS_FILE), 'utf8')) as PartsJson);

export const writePartsFile = (dir: string, layout: PartsFile) =>
  writeFileSync(join(dir, PARTS_FILE), `${JSON.stringify(partsJson(layout))}\n`);
