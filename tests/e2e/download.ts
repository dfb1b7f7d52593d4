import { readFile } from 'node:fs/promises';
import { expect, type Locator, type Page } from '@playwright/test';
import { PNG } from 'pngjs';

/** Opens a figure's export menu, picks an item and returns the downloaded file. */
export async function exportFrom(page: Page, figure: Locator, item: string, menuName = /Export/) {
  // Charts below the first screen are drawn as the reader scrolls to them.
  await figure.scrollIntoViewIfNeeded();
  await figure.locator('rect.chart-mark').first().waitFor();
  await figure.getByRole('button', { name: menuName }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator(`[data-export="${item}"]`).click(),
  ]);
  const path = await download.path();
  return { name: download.suggestedFilename(), bytes: await readFile(path) };
}

export function decodePng(bytes: Buffer): PNG {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return PNG.sync.read(bytes);
}

/** Share of pixels that differ from the top-left (background) pixel, and how many colours appear. */
export function ink(png: PNG): { share: number; colours: number } {
  const { data, width, height } = png;
  const bg = data.readUInt32BE(0);
  let differ = 0;
  const colours = new Set<number>();
  for (let i = 0; i < width * height * 4; i += 4) {
    const px = data.readUInt32BE(i);
    if (px !== bg) differ++;
    if (colours.size < 5000) colours.add(px);
  }
  return { share: differ / (width * height), colours: colours.size };
}

/** A CSV's rows as a spreadsheet reads them: quoted fields may hold commas and doubled quotes. */
export function csvTable(text: string): string[][] {
  const rows: string[][] = [];
  for (const line of text.replace(/^\uFEFF/, '').trimEnd().split('\r\n')) {
    const cells: string[] = [];
    for (const m of line.matchAll(/(?:^|,)("(?:[^"]|"")*"|[^,]*)/g)) {
      const v = m[1] ?? '';
      cells.push(v.startsWith('"') ? v.slice(1, -1).replaceAll('""', '"') : v);
    }
    rows.push(cells);
  }
  return rows;
}
