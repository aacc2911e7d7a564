// The review UI in a real Chromium: log in through the form, follow the queue to an advert, and
// check that hostile advert content stays text.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Browser, BrowserContext, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath, launchChromium } from '../../common/chromium.ts';
import { buildReviewApp } from '../../review-ui/app.ts';
import { openSeeded, PASSWORD, SESSION_SECRET, USERS, XSS_IMG, XSS_SCRIPT, type Seeded } from './seed.ts';

// Chromium is part of the test environment; skip only outside CI when it is not installed.
const runBrowser = existsSync(chromiumPath()) || process.env.CI === 'true';

let seeded: Seeded;
let app: FastifyInstance;
let baseUrl: string;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const requests: Request[] = [];
const dialogs: string[] = [];
const consoleErrors: string[] = [];
const screenshotPath = join(tmpdir(), `recruitwatch-review-ui-${process.pid}-${Date.now()}.png`);

beforeAll(async () => {
  if (!runBrowser) return;
  seeded = await openSeeded();
  app = await buildReviewApp({
    store: seeded.store,
    evidence: seeded.evidence,
    sessionSecret: SESSION_SECRET,
  });
  baseUrl = await app.listen({ host: '127.0.0.1', port: 0 });
  browser = await launchChromium();
  context = await browser.newContext();
  page = await context.newPage();
  page.setDefaultTimeout(15_000);
  page.on('request', (request) => requests.push(request));
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(`${message.text()} (${message.location().url})`);
  });
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await app?.close();
  await seeded?.cleanup();
  rmSync(screenshotPath, { force: true });
});

describe.skipIf(!runBrowser)('review UI in Chromium', () => {
  it('logs in through the form and lands on the queue it was sent from', async () => {
    await page.goto(`${baseUrl}/queue`);
    expect(new URL(page.url()).pathname).toBe('/login');
    await page.fill('#username', USERS.analyst.username);
    await page.fill('#password', PASSWORD);
    await Promise.all([page.waitForURL(`${baseUrl}/queue`), page.click('button[type=submit]')]);
    await expect(page.locator('h1').textContent()).resolves.toBe('Review queue');
  });

  it('lists the queue highest risk first and opens the top advert', async () => {
    const titles = await page.locator('.queue-table td.title a').allTextContents();
    expect(titles).toHaveLength(3);
    expect(titles[0]).toBe('Hostess work in Germany — travel paid');
    expect(titles[1]).toBe(seeded.adverts.hostile.title);
    await Promise.all([
      page.waitForURL(`${baseUrl}/adverts/${seeded.adverts.hostess.id}`),
      page.click('.queue-table td.title a >> nth=0'),
    ]);
  });

  it('shows the evidence as highlighted <mark> elements, styled by the stylesheet', async () => {
    const marks = page.locator('mark.ind');
    const texts = await marks.allTextContents();
    for (const quote of seeded.adverts.hostess.evidence) expect(texts).toContain(quote);
    expect(await page.locator('mark[title="travel.paid"]').textContent()).toBe('We pay your ticket');
    // The stylesheet was allowed by the CSP and gives marks a background.
    const background = await page
      .locator('mark[title="req.age_appearance"]')
      .evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(background).not.toBe('rgba(0, 0, 0, 0)');
    // Paragraph breaks of the advert text are kept.
    const textBox = await page.locator('.advert-text').evaluate((el) => (el as HTMLElement).innerText);
    expect(textBox).toContain('in a club.\n\nWe pay your ticket');
  });

  it('takes a screenshot of the advert page', async () => {
    await page.screenshot({ path: screenshotPath, fullPage: true });
    const png = readFileSync(screenshotPath);
    expect(png.length).toBeGreaterThan(1000);
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  });

  it('shows a hostile advert as literal text: no script runs, no image loads, no dialog opens', async () => {
    const start = requests.length;
    await page.goto(`${baseUrl}/adverts/${seeded.adverts.hostile.id}`);
    const title = await page.locator('h1.advert-title').textContent();
    expect(title).toBe(seeded.adverts.hostile.title);
    expect(title).toContain(XSS_SCRIPT);
    expect(await page.locator('.advert-text').textContent()).toContain(XSS_IMG);
    expect(await page.locator('mark[title="urgency"]').textContent()).toBe(`Urgent ${XSS_SCRIPT}`);
    expect(await page.evaluate(() => typeof (window as unknown as { __xss?: unknown }).__xss)).toBe(
      'undefined',
    );
    expect(await page.locator('main script, main img').count()).toBe(0);
    const fetched = requests.slice(start).map((r) => new URL(r.url()));
    expect(fetched.filter((u) => u.pathname === '/x' || u.pathname.endsWith('/x'))).toEqual([]);
    expect(fetched.every((u) => u.origin === baseUrl)).toBe(true);
    expect(dialogs).toEqual([]);
  });

  it('shows the preserved raw body as text, never as a page', async () => {
    await page.goto(`${baseUrl}/adverts/${seeded.adverts.hostile.id}`);
    await page.click('a[href$="/raw"]');
    await page.waitForURL(`${baseUrl}/snapshots/${seeded.adverts.hostile.snapshotSha}/raw`);
    expect(await page.evaluate(() => document.contentType)).toBe('text/plain');
    expect(await page.locator('body').textContent()).toContain(XSS_SCRIPT);
    expect(await page.evaluate(() => typeof (window as unknown as { __xss?: unknown }).__xss)).toBe(
      'undefined',
    );
    expect(dialogs).toEqual([]);
  });

  it('raised no console errors (such as CSP violations) on any page', () => {
    expect(consoleErrors).toEqual([]);
  });
});
