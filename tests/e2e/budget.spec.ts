import { expect, test } from './test';
import { initialJs } from '../../scripts/bench/initialJs';

test('initial JavaScript (entry + modulepreloads) stays within 110 KB gzip', () => {
  const { gzipBytes, files } = initialJs('dist');
  expect(files.length).toBeGreaterThan(0);
  expect(gzipBytes / 1024, files.map((f) => `${f.file} ${f.gzip}`).join(', ')).toBeLessThanOrEqual(110);
});

test('the validator, the exports and the importer are not part of it', () => {
  const names = initialJs('dist').files.map((f) => f.file);
  expect(names.some((n) => /parse|validate|zip|chart-|pdf|import/.test(n))).toBe(false);
});

test('the embed page loads less than the dashboard', () => {
  expect(initialJs('dist', 'embed.html').gzipBytes).toBeLessThan(initialJs('dist').gzipBytes);
});
