// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { CompareYears } from '../../../src/panels/compare/CompareYears';
import { bodyQuery } from '../../../src/library/load';
import { indicatorById } from '../../../src/library/indicators';
import type { Body, BodyFile, Catalogue } from '../../../src/library/types';
import { addEnglish } from '../../../src/i18n/messages';
import { enMine } from '../../../src/i18n/en-mine';

// The library's words, as its chunk adds them (app/LibraryShell.tsx).
addEnglish(enMine);

const name = (en: string, zh: string) => ({ en, 'zh-Hant': zh, 'zh-Hans': zh });
const body = (id: string, en: string): Body => ({ id, name: name(en, en), region: name('Fujian', '福建') });
const bodies = [body('pingtan', 'Pingtan'), body('hongze', 'Hongze'), body('shuyang', 'Shuyang')];
const report = (b: string, year: number) => ({
  id: `${b}-${year}`,
  body: b,
  year,
  format: '2021',
  title: name(`${b} ${year}`, `${b} ${year}`),
  data: `/data/library/${b}-${year}.json`,
  checks: { total: 0, fails: 0 },
  facts: 1,
});
const cat = {
  schemaVersion: 1,
  reports: bodies.flatMap((b) => [report(b.id, 2021), report(b.id, 2022)]),
  bodies,
  indicators: [],
} as unknown as Catalogue;
const pingtan = {
  body: bodies[0],
  reports: [2021, 2022].map((year) => ({
    report: `pingtan-${year}`,
    body: 'pingtan',
    year,
    format: '2021',
    values: { 'applications.new.all': { value: year - 1951, facts: ['applications.new.all'] } },
  })),
} as unknown as BodyFile;

afterEach(cleanup);

describe("compare's table of every year", () => {
  it('says a body whose file is still loading (or failed) is so, never blank years that would read as no report', async () => {
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    client.setQueryData(bodyQuery('pingtan').queryKey, pingtan);
    // Hongze's file is never answered; Shuyang's fails.
    client.setQueryDefaults(['library', 'body', 'hongze'], { queryFn: () => new Promise(() => undefined) });
    client.setQueryDefaults(['library', 'body', 'shuyang'], {
      queryFn: () => Promise.reject(new Error('the tables did not answer')),
    });
    const indicator = indicatorById('applications.new.all')!;
    const { container } = render(
      <QueryClientProvider client={client}>
        <CompareYears catalogue={cat} shipped={cat} mine={[]} bodies={bodies} indicator={indicator} />
      </QueryClientProvider>,
    );
    const row = (id: string) => container.querySelector<HTMLElement>(`tr[data-body="${id}"]`)!;
    expect(await within(row('pingtan')).findByRole('button', { name: '70' })).toBeTruthy();
    expect(row('hongze').textContent).toContain('Loading this body’s reports…');
    expect(row('hongze').getAttribute('aria-busy')).toBe('true');
    expect(row('hongze').querySelectorAll('td[data-year]')).toHaveLength(0);
    await screen.findByText('This body’s reports could not be read.');
    expect(row('shuyang').getAttribute('aria-busy')).toBe('false');
  });
});
