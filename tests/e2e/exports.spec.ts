import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { noProblems, watchPage, type PageWatch } from '../support/pageWatch';

const figure = (page: Page, chart: string) => page.locator(`figure[data-chart="${chart}"]`);

/** Clicks a download control where it stands, so the page does not scroll (and the chart does not change step) first. */
async function download(page: Page, control: Locator): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), control.dispatchEvent('click')]);
  return { name: file.suggestedFilename(), bytes: readFileSync((await file.path())!) };
}

const svgSize = (svg: string) => /<svg[^>]* width="(\d+)" height="(\d+)"/.exec(svg)!.slice(1).map(Number);
const pngSize = (png: Buffer) => [png.readUInt32BE(16), png.readUInt32BE(20)];

test.describe('downloads under a chart', () => {
  test.use({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });

  let watch: PageWatch;
  test.beforeEach(async ({ page, baseURL }) => {
    watch = await watchPage(page, [new URL(baseURL!).origin]);
  });

  test('each download of a chart at a middle step holds that step, as the reader sees it', async ({ page }) => {
    await page.goto('/en/#nvidia-answers-2022');
    const chart = figure(page, 'chip-thresholds');
    await expect(chart).toHaveAttribute('data-step', '1');
    // The figure names its step at once; the drawing follows when the chart's code has arrived.
    await expect(chart.locator('.chart-svg[data-layout="wide"] svg')).toHaveAttribute('data-step', '1');
    const shown = await chart.locator('.chart-svg[data-layout="wide"] svg > desc').textContent();

    const svg = await download(page, chart.getByRole('link', { name: 'Download SVG' }));
    expect(svg.name).toBe('chip-thresholds-en-step-2.svg');
    const text = svg.bytes.toString('utf8');
    expect(text).toContain('data-step="1"');
    expect(text).toContain(`<desc>Nvidia chips against the US export-control thresholds of October 2022 and October 2023. ${shown}</desc>`);
    expect(text).toContain('lang="en"');
    expect(text).not.toMatch(/class=|<style|var\(/);

    const png = await download(page, chart.getByRole('link', { name: 'Download PNG' }));
    expect(png.name).toBe('chip-thresholds-en-step-2.png');
    expect(png.bytes.subarray(1, 4).toString()).toBe('PNG');
    expect(pngSize(png.bytes)).toEqual(svgSize(text).map((n) => n * 2));

    const phone = await download(page, chart.getByRole('button', { name: 'Download tall PNG for phones' }));
    expect(phone.name).toBe('chip-thresholds-en-step-2-phone.png');
    expect(pngSize(phone.bytes)[0]).toBe(1080);

    const csv = await download(page, chart.getByRole('link', { name: 'Download CSV' }));
    expect(csv.name).toBe('chip-thresholds-en-step-2.csv');
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = csv.bytes.toString('utf8').slice(1).trim().split('\n');
    expect(lines[0]).toMatch(/^ID \[id\],Chip \[chip\],TPP \[tpp\],/);
    expect(lines).toHaveLength(11);

    await expect(chart.getByRole('status')).toHaveText('Download CSV is ready.');
    await expect(chart).toHaveAttribute('data-step', '1');
    expect(await watch.problems()).toEqual(noProblems);
  });

  test('the calculator’s download carries the reader’s own run, in Chinese', async ({ page }) => {
    await page.goto('/zh/#days-your-turn');
    const chart = figure(page, 'training-days');
    await expect(chart).toHaveAttribute('data-step', '5');
    await chart.locator('input[name="chip"][value="h20"]').check();
    await chart.locator('input[name="gpus"]').fill('2000');
    await chart.locator('input[name="gpus"]').dispatchEvent('change');
    await expect(chart.locator('.chart-svg svg[data-reader-inputs]').first()).toHaveAttribute('data-reader-inputs', /"chip":"h20","gpus":2000/);

    const csv = await download(page, chart.getByRole('link', { name: '下载 CSV' }));
    const rows = csv.bytes.toString('utf8').slice(1).trim().split('\n');
    expect(rows[0]).toMatch(/^编号 \[id\],正文步骤 \[step\],情景 \[run\],模型 \[model\],芯片 \[chip\]/);
    expect(rows.at(-1)).toMatch(/^reader-run,6,读者自己的设定,GPT-4,H20,2000,/);

    const svg = (await download(page, chart.getByRole('link', { name: '下载 SVG' }))).bytes.toString('utf8');
    expect(svg).toContain('lang="zh-CN"');
    expect(svg).toContain('data-step="5"');
    expect(svg).toMatch(/<desc>[^<]*2,000 张 H20/);
    expect(await watch.problems()).toEqual(noProblems);
  });

  test('a reader in dark mode gets the chart in its dark colours', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/en/');
    const svg = (await download(page, figure(page, 'timeline').getByRole('link', { name: 'Download SVG' }))).bytes.toString('utf8');
    expect(svg).toMatch(/<rect id="background" width="720" height="\d+" fill="#151515"/);
  });
});

test.describe('downloads without JavaScript', () => {
  test.use({ javaScriptEnabled: false, acceptDownloads: true });

  test('fetch the build-time files: the chart’s last step', async ({ page, request }) => {
    await page.goto('/en/');
    const chart = figure(page, 'chip-thresholds');
    await expect(chart.getByRole('button', { name: 'Download tall PNG for phones' })).toBeHidden();
    const [file] = await Promise.all([page.waitForEvent('download'), chart.getByRole('link', { name: 'Download SVG' }).click()]);
    expect(file.suggestedFilename()).toBe('chip-thresholds-en.svg');
    expect(readFileSync((await file.path())!, 'utf8')).toContain('data-step="3"');
    const notes = await request.get((await chart.getByRole('link', { name: 'Data notes (JSON)' }).getAttribute('href'))!);
    expect(await notes.json()).toMatchObject({ chart: 'chip-thresholds', language: 'en', step: { number: 4, of: 4 } });
  });
});
