import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseLibraryFile } from '../../../src/library/parseFile';

const shipped = (path: string) => readFileSync(`public/data/library/${path}`, 'utf8');

describe('a library file read by the validator (in its worker)', () => {
  it('accepts the files the site ships', () => {
    const catalogue = parseLibraryFile('catalogue', shipped('catalogue.json'));
    expect(catalogue.ok).toBe(true);
    expect(parseLibraryFile('body', shipped('bodies/pingtan.json')).ok).toBe(true);
    expect(parseLibraryFile('year', shipped('years/2023.json')).ok).toBe(true);
  });

  it('refuses broken JSON and a file of another kind, saying why', () => {
    const broken = parseLibraryFile('catalogue', '{"reports": [');
    expect(broken).toMatchObject({ ok: false });
    expect(!broken.ok && broken.message).toMatch(/JSON/);
    const wrongKind = parseLibraryFile('body', shipped('catalogue.json'));
    expect(wrongKind.ok).toBe(false);
    expect(!wrongKind.ok && wrongKind.message.length).toBeGreaterThan(0);
  });
});
