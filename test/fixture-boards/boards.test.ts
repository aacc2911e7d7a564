// The demo boards: the advert generator (reproducible, realistic shares, ground truth) and the three
// boards served over real HTTP on 127.0.0.1, plus one advert rendered in real Chromium.
import { existsSync, readFileSync } from 'node:fs';
import { loadDemoSources } from './demo-sources.ts';
import { fileURLToPath } from 'node:url';
import { load } from 'cheerio';
import { franc } from 'franc-min';
import { jsonrepair } from 'jsonrepair';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../common/chromium.ts';
import { JOBBOARD_TRAP_PATH, jobboardFormats } from './boards/jobboard.ts';
import { generateDemoAdverts, groundTruth, type BoardId, type DemoAdvert } from './generate.ts';
import { startDemoBoards, type DemoBoards } from './server.ts';

const adverts = generateDemoAdverts();
const onBoard = (board: BoardId) => adverts.filter((a) => a.board === board);
const HOSTILE_SCRIPT = '<script>window.__xss=1</script>';
const HOSTILE_IMG = '<img src=x onerror="window.__xss=2">';
const FREEMAIL =
  /@(gmail\.com|yahoo\.(com|de|ro)|hotmail\.com|outlook\.com|gmx\.de|web\.de|wp\.pl|o2\.pl|interia\.pl)$/;

describe('generateDemoAdverts', () => {
  it('produces at least 300 adverts, at least 50 per language', () => {
    expect(adverts.length).toBeGreaterThanOrEqual(300);
    for (const lang of ['en', 'de', 'pl', 'ro']) {
      expect(adverts.filter((a) => a.language === lang).length, lang).toBeGreaterThanOrEqual(50);
    }
    for (const board of ['jobboard', 'classifieds', 'jsboard'] as const) {
      expect(onBoard(board).length, board).toBeGreaterThanOrEqual(60);
    }
  });

  it('is reproducible: the same seed gives identical adverts, another seed different ones', () => {
    expect(generateDemoAdverts('recruitwatch-demo')).toEqual(adverts);
    const other = generateDemoAdverts('another-seed');
    expect(other).not.toEqual(adverts);
    const sameTitle = other.filter((a, i) => adverts[i]?.title === a.title).length;
    expect(sameTitle).toBeLessThan(other.length / 2);
  });

  it('gives stable, unique ids and paths, numbered per board', () => {
    expect(new Set(adverts.map((a) => a.id)).size).toBe(adverts.length);
    expect(new Set(adverts.map((a) => `${a.board} ${a.path}`)).size).toBe(adverts.length);
    const prefix: Record<BoardId, RegExp> = {
      jobboard: /^jb-\d{4}$/,
      classifieds: /^cl-\d{4}$/,
      jsboard: /^js-\d{4}$/,
    };
    for (const a of adverts) {
      expect(a.id).toMatch(prefix[a.board]);
      expect(a.path.startsWith('/')).toBe(true);
      expect(a.path).toContain(a.id);
    }
  });

  it('is mostly ordinary, with about 15% risky and 8% hard negatives', () => {
    const share = (f: (a: DemoAdvert) => boolean) => adverts.filter(f).length / adverts.length;
    expect(share((a) => a.risky)).toBeGreaterThanOrEqual(0.12);
    expect(share((a) => a.risky)).toBeLessThanOrEqual(0.2);
    expect(share((a) => a.kind === 'hard-negative')).toBeGreaterThanOrEqual(0.06);
    expect(share((a) => a.kind === 'hard-negative')).toBeLessThanOrEqual(0.11);
    expect(share((a) => a.kind === 'ordinary')).toBeGreaterThanOrEqual(0.7);
    for (const board of ['jobboard', 'classifieds', 'jsboard'] as const) {
      expect(
        onBoard(board).some((a) => a.risky),
        board,
      ).toBe(true);
      expect(
        onBoard(board).some((a) => a.kind === 'hard-negative'),
        board,
      ).toBe(true);
    }
  });

  it('writes every risky advert as a combination of at least three red flags', () => {
    for (const a of adverts.filter((x) => x.risky)) {
      const flags = a.indicators.filter((id) => id !== 'sector.high_risk');
      expect(flags.length, `${a.id}: ${a.indicators.join(', ')}`).toBeGreaterThanOrEqual(3);
    }
    for (const a of adverts.filter((x) => !x.risky)) {
      if (a.kind === 'ordinary') expect(a.indicators.length, a.id).toBeLessThanOrEqual(1);
      else expect(a.indicators.length, a.id).toBeGreaterThan(0);
    }
  });

  it('uses only indicator ids from the catalogue', () => {
    const catalogue = fileURLToPath(new URL('../../../shared/INDICATORS.md', import.meta.url));
    expect(existsSync(catalogue), `${catalogue} (the shared indicator catalogue) is missing`).toBe(true);
    const known = new Set(
      [...readFileSync(catalogue, 'utf8').matchAll(/^\| `([a-z_.]+)` \|/gm)].map((m) => m[1]),
    );
    expect(known.size).toBeGreaterThan(20);
    const used = new Set(adverts.flatMap((a) => a.indicators));
    expect([...used].filter((id) => !known.has(id))).toEqual([]);
    // The demo exercises most of the catalogue's textual indicators.
    expect(used.size).toBeGreaterThanOrEqual(25);
  });

  it('varies the phrasing of risky adverts', () => {
    const risky = adverts.filter((a) => a.risky);
    expect(new Set(risky.map((a) => a.description)).size).toBe(risky.length);
    expect(new Set(risky.map((a) => a.title)).size).toBeGreaterThanOrEqual(risky.length * 0.7);
    // "Housing provided" alone is said in more than one way in each language.
    for (const lang of ['en', 'de', 'pl', 'ro']) {
      const housing = risky.filter((a) => a.language === lang && a.indicators.includes('housing.provided'));
      const firstWords = new Set(
        housing.flatMap((a) =>
          a.description
            .split(/\n|(?<=[.!])\s/)
            .filter((s) => /unterkunft|wohnung|accommodation|housing|rooms|zakwater|nocleg|cazare/i.test(s))
            .map((s) => s.replace(/^✅ /, '').slice(0, 18)),
        ),
      );
      if (housing.length >= 3) expect(firstWords.size, lang).toBeGreaterThan(1);
    }
  });

  it('puts a hostile-markup advert on the classifieds board, and it is risky', () => {
    const hostile = adverts.filter((a) => a.kind === 'hostile-markup');
    const onClassifieds = hostile.filter((a) => a.board === 'classifieds');
    expect(onClassifieds.length).toBeGreaterThanOrEqual(1);
    for (const a of hostile) {
      expect(a.risky).toBe(true);
      expect(a.title).toContain(HOSTILE_SCRIPT);
      expect(a.description).toContain(HOSTILE_IMG);
      expect(a.indicators.length).toBeGreaterThanOrEqual(3);
    }
  });

  it('fills every placeholder and keeps the contact paragraph last', () => {
    for (const a of adverts) {
      for (const text of [
        a.title,
        a.description,
        a.locationText,
        a.salary?.text ?? '',
        a.contact?.text ?? '',
      ]) {
        expect(text, a.id).not.toMatch(/\{[A-Za-z0-9_]+\}/);
        expect(text, a.id).not.toMatch(/ {2}|^\s|\s$/);
      }
      expect(a.contact, a.id).toBeDefined();
      expect(a.description.endsWith(a.contact!.text), a.id).toBe(true);
    }
  });

  it('names the employer in the text of every named ordinary advert and hard negative', () => {
    for (const a of adverts.filter((x) => x.kind === 'ordinary' || x.kind === 'hard-negative')) {
      expect(a.employer, a.id).toBeDefined();
      expect(a.description, a.id).toContain(a.employer);
    }
    expect(adverts.some((a) => a.risky && a.employer === undefined)).toBe(true);
  });

  it('gives ordinary adverts local currency, sensible pay and company contacts', () => {
    const currency: Record<string, string> = { DE: 'EUR', GB: 'GBP', PL: 'PLN', RO: 'RON' };
    for (const a of adverts.filter((x) => x.kind === 'ordinary')) {
      if (a.salary) {
        expect(a.salary.currency, a.id).toBe(currency[a.country!]);
        expect(a.salary.min, a.id).toBeGreaterThan(0);
        if (a.salary.max !== undefined) expect(a.salary.max, a.id).toBeGreaterThanOrEqual(a.salary.min!);
      }
      if (a.contact?.email) expect(a.contact.email, a.id).toMatch(/@[a-z0-9-]+\.example$/);
      expect(a.city, a.id).toBeDefined();
    }
  });

  it('uses free-mail and messenger contacts for risky adverts, in national phone formats', () => {
    const risky = adverts.filter((a) => a.risky);
    const freemail = risky.filter((a) => a.indicators.includes('contact.freemail'));
    expect(freemail.length).toBeGreaterThan(3);
    for (const a of freemail) expect(a.contact?.email, a.id).toMatch(FREEMAIL);
    for (const a of risky.filter((x) => x.indicators.includes('contact.messenger_only'))) {
      expect(a.contact?.whatsapp, a.id).toBeDefined();
    }
    const formats: Record<string, RegExp> = {
      PL: /^(\+48 )?\d{3}[ -]\d{3}[ -]\d{3}$|^\+48 \d{2} \d{3} \d{2} \d{2}$/,
      RO: /^(07\d{2}[ .]?\d{3}[ .]?\d{3}|\+40 7\d{2} \d{3} \d{3}|0\d{2,3} \d{3} \d{3,4})$/,
      DE: /^(0049 |\+49 |0)\d{2,4} \d{6,8}$/,
      GB: /^(07700 900\d{3}|\+44 7700 900\d{3}|0\d{3} \d{3} \d{4}|020 7946 0\d{3}|0113 496 0\d{3}|0161 496 0\d{3})$/,
    };
    for (const a of adverts.filter((x) => x.kind === 'ordinary' && x.contact?.phone)) {
      expect(a.contact!.phone, `${a.id} (${a.country})`).toMatch(formats[a.country!]!);
    }
  });

  it('writes each advert in its stated language', () => {
    const code: Record<string, string> = { en: 'eng', de: 'deu', pl: 'pol', ro: 'ron' };
    const only = Object.values(code);
    for (const [lang, iso] of Object.entries(code)) {
      const mine = adverts.filter((a) => a.language === lang);
      const right = mine.filter((a) => franc(a.description, { only, minLength: 10 }) === iso);
      expect(right.length / mine.length, lang).toBeGreaterThanOrEqual(0.9);
    }
  });

  it('reports the ground truth as id sets', () => {
    const truth = groundTruth(adverts);
    expect(truth.risky.size).toBe(adverts.filter((a) => a.risky).length);
    expect(truth.hardNegatives.size).toBe(adverts.filter((a) => a.kind === 'hard-negative').length);
    for (const id of truth.hardNegatives) expect(truth.risky.has(id)).toBe(false);
  });
});

describe('demo boards over HTTP', () => {
  let boards: DemoBoards;
  const text = async (url: string) => {
    const response = await fetch(url);
    return {
      status: response.status,
      type: response.headers.get('content-type') ?? '',
      body: await response.text(),
    };
  };

  beforeAll(async () => {
    boards = await startDemoBoards();
  });
  afterAll(async () => {
    await boards?.close();
  });

  it('serves the generated adverts on three separate hosts', () => {
    expect(boards.adverts).toEqual(adverts);
    const hosts = Object.values(boards.urls).map((u) => new URL(u).host);
    expect(new Set(hosts).size).toBe(3);
    for (const u of Object.values(boards.urls)) expect(u).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('jobboard: following rel=next reaches every advert exactly once', async () => {
    const base = boards.urls.jobboard;
    const seen: string[] = [];
    let tracked = 0;
    let trapLinks = 0;
    let next: string | undefined = `${base}/jobs?page=1`;
    let pages = 0;
    while (next && pages < 50) {
      const page = await text(next);
      expect(page.status).toBe(200);
      const $ = load(page.body);
      $('a.job-link').each((_, el) => {
        const href = new URL($(el).attr('href')!, next);
        if (href.search.includes('utm_source')) tracked++;
        if (href.pathname === JOBBOARD_TRAP_PATH) trapLinks++;
        else seen.push(href.pathname);
      });
      const rel = $('a[rel=next]').attr('href');
      next = rel ? new URL(rel, next).href : undefined;
      pages++;
    }
    expect(pages).toBe(Math.ceil(onBoard('jobboard').length / 20));
    expect(seen.length).toBe(onBoard('jobboard').length);
    expect(new Set(seen)).toEqual(new Set(onBoard('jobboard').map((a) => a.path)));
    expect(tracked).toBeGreaterThan(0);
    expect(trapLinks).toBe(1);
    expect((await text(`${base}/jobs?page=${pages + 1}`)).status).toBe(404);
    expect((await text(`${base}/jobs?page=abc`)).status).toBe(404);
  });

  it('jobboard: sitemap lists every advert; robots.txt disallows /internal/', async () => {
    const base = boards.urls.jobboard;
    const sitemap = await text(`${base}/sitemap.xml`);
    expect(sitemap.type).toContain('xml');
    const locs = [...sitemap.body.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    expect(new Set(locs)).toEqual(new Set(onBoard('jobboard').map((a) => base + a.path)));
    const robots = await text(`${base}/robots.txt`);
    expect(robots.body).toContain('User-agent: *\nDisallow: /internal/\n');
    expect(robots.body).toContain(`Sitemap: ${base}/sitemap.xml`);
    for (const board of ['classifieds', 'jsboard'] as const) {
      const other = await text(`${boards.urls[board]}/robots.txt`);
      expect(other.status).toBe(200);
      expect(other.body).not.toMatch(/Disallow: *\/\S/);
    }
  });

  it('jobboard: structured data on every advert page, in all its variants', async () => {
    const base = boards.urls.jobboard;
    const formats = jobboardFormats(adverts);
    const seen = { jsonld: 0, graph: 0, typeArray: 0, malformed: 0, microdata: 0 };
    for (const advert of onBoard('jobboard')) {
      const page = await text(base + advert.path);
      expect(page.status, advert.id).toBe(200);
      const $ = load(page.body);
      expect($('link[rel=canonical]').attr('href')).toBe(base + advert.path);
      expect($('h1.job-title').text()).toBe(advert.title);
      const blocks = $('script[type="application/ld+json"]')
        .map((_, el) => $(el).text())
        .get();
      if (blocks.length === 0) {
        seen.microdata++;
        expect(formats.get(advert.id)).toBe('microdata');
        const item = $('[itemtype="https://schema.org/JobPosting"]');
        expect(item.length, advert.id).toBe(1);
        expect(item.find('[itemprop=title]').text()).toBe(advert.title);
        expect(item.find('[itemprop=hiringOrganization] [itemprop=name]').text() || undefined).toBe(
          advert.employer,
        );
        expect(item.find('[itemprop=addressLocality]').text() || undefined).toBe(advert.city);
        continue;
      }
      expect(blocks.length, advert.id).toBe(1);
      let data: Record<string, unknown>;
      try {
        data = JSON.parse(blocks[0]!) as Record<string, unknown>;
      } catch {
        seen.malformed++;
        data = JSON.parse(jsonrepair(blocks[0]!)) as Record<string, unknown>;
        expect(String(data.description)).toContain('\n');
      }
      let posting = data;
      if (Array.isArray(data['@graph'])) {
        seen.graph++;
        posting = (data['@graph'] as Record<string, unknown>[]).find((n) => n['@type'] === 'JobPosting')!;
      } else if (Array.isArray(data['@type'])) {
        seen.typeArray++;
        expect(data['@type']).toContain('JobPosting');
      } else {
        seen.jsonld++;
        expect(data['@type']).toBe('JobPosting');
      }
      expect(posting.title, advert.id).toBe(advert.title);
      expect(posting.datePosted).toBe(advert.postedAt);
      const org = posting.hiringOrganization as { name?: string } | undefined;
      expect(org?.name, advert.id).toBe(advert.employer);
      const address = (posting.jobLocation as { address?: Record<string, string> } | undefined)?.address;
      expect(address?.addressLocality, advert.id).toBe(advert.city);
      expect(address?.addressCountry, advert.id).toBe(advert.country);
      const salary = posting.baseSalary as { currency?: string; value?: { unitText?: string } } | undefined;
      expect(salary?.currency, advert.id).toBe(advert.salary?.currency);
      if (advert.salary) expect(salary?.value?.unitText).toBe(advert.salary.period.toUpperCase());
    }
    expect(seen.malformed).toBe(1);
    expect(seen.graph).toBeGreaterThan(0);
    expect(seen.typeArray).toBeGreaterThan(0);
    expect(seen.jsonld).toBeGreaterThan(0);
    const total = onBoard('jobboard').length;
    expect(seen.microdata / total).toBeGreaterThanOrEqual(0.05);
    expect(seen.microdata / total).toBeLessThanOrEqual(0.15);
  });

  it('classifieds: the RSS feed lists every advert, and pages carry the selector markup', async () => {
    const base = boards.urls.classifieds;
    const feed = await text(`${base}/rss.xml`);
    expect(feed.type).toContain('rss+xml');
    const $feed = load(feed.body, { xml: true });
    const items = $feed('item')
      .map((_, el) => ({
        link: $feed(el).find('link').text(),
        guid: $feed(el).find('guid').text(),
        date: $feed(el).find('pubDate').text(),
      }))
      .get();
    expect(new Set(items.map((i) => i.link))).toEqual(
      new Set(onBoard('classifieds').map((a) => base + a.path)),
    );
    expect(items.length).toBe(onBoard('classifieds').length);
    for (const item of items) {
      const advert = onBoard('classifieds').find((a) => base + a.path === item.link)!;
      expect(new Date(item.date).toISOString().replace('.000Z', 'Z')).toBe(advert.postedAt);
      expect(item.guid).toBe(item.link);
    }
    for (const advert of onBoard('classifieds')) {
      const page = await text(base + advert.path);
      const $ = load(page.body);
      expect($('h1.ad-title').text(), advert.id).toBe(advert.title);
      expect($('span.ad-place').text(), advert.id).toBe(advert.locationText);
      expect($('span.ad-company').length, advert.id).toBe(advert.employer === undefined ? 0 : 1);
      if (advert.employer) expect($('span.ad-company').text()).toBe(advert.employer);
      expect($('span.ad-price').text() || undefined, advert.id).toBe(advert.salary?.text);
      expect($('time.ad-date').attr('datetime')).toBe(advert.postedAt);
      expect($('div.ad-body').text()).toContain(advert.description.split('\n')[0]);
      expect(page.body).not.toContain('application/ld+json');
      expect(page.body).not.toContain('itemscope');
    }
  });

  it('jsboard: pages are empty shells; the JSON API carries the adverts', async () => {
    const base = boards.urls.jsboard;
    const mine = onBoard('jsboard');
    const shell = await text(`${base}${mine[0]!.path}`);
    expect(shell.status).toBe(200);
    expect(shell.body).toContain('src="/app.js"');
    const listShell = await text(`${base}/?page=2`);
    for (const advert of mine) {
      expect(shell.body).not.toContain(advert.title);
      expect(listShell.body).not.toContain(advert.title);
    }
    const ids: string[] = [];
    for (let page = 1; ; page++) {
      const response = await fetch(`${base}/api/adverts?page=${page}`);
      if (response.status === 404) break;
      const data = (await response.json()) as { pageCount: number; items: { id: string; url: string }[] };
      ids.push(...data.items.map((i) => i.id));
      expect(page).toBeLessThanOrEqual(data.pageCount);
    }
    expect(ids.sort()).toEqual(mine.map((a) => a.id).sort());
    for (const advert of mine) {
      const response = await fetch(`${base}/api/adverts/${advert.id}`);
      const data = (await response.json()) as Record<string, unknown>;
      expect(data.title).toBe(advert.title);
      expect(data.employer).toBe(advert.employer ?? null);
      expect(data.location).toBe(advert.locationText);
      expect((data.paragraphs as string[]).join('\n\n')).toBe(advert.description);
      for (const secret of ['risky', 'kind', 'indicators', 'why']) expect(data).not.toHaveProperty(secret);
    }
    expect((await text(`${base}/oferta/js-9999`)).status).toBe(404);
    expect((await fetch(`${base}/api/adverts/js-9999`)).status).toBe(404);
    const script = await text(`${base}/app.js`);
    expect(script.type).toContain('javascript');
    expect(script.body).toContain('textContent');
    expect(script.body).not.toMatch(/innerHTML|insertAdjacentHTML|document\.write/);
  });

  it('escapes hostile markup on every board', async () => {
    const hostile = adverts.filter((a) => a.kind === 'hostile-markup');
    expect(hostile.map((a) => a.board).sort()).toEqual(['classifieds', 'jobboard', 'jsboard']);
    const pages = [
      ...hostile.map((a) => boards.urls[a.board] + a.path),
      `${boards.urls.classifieds}/`,
      `${boards.urls.classifieds}/rss.xml`,
      ...[1, 2, 3, 4, 5, 6, 7].map((n) => `${boards.urls.jobboard}/jobs?page=${n}`),
    ];
    for (const url of pages) {
      const page = await text(url);
      expect(page.body, url).not.toContain('<script>window.__xss');
      expect(page.body, url).not.toContain('<img src=x');
    }
    for (const a of hostile.filter((x) => x.board !== 'jsboard')) {
      const $ = load((await text(boards.urls[a.board] + a.path)).body);
      expect($('h1').first().text(), a.id).toBe(a.title);
      expect($('body').text(), a.id).toContain(HOSTILE_IMG);
    }
    const jobboardHostile = hostile.find((a) => a.board === 'jobboard')!;
    const $ = load((await text(boards.urls.jobboard + jobboardHostile.path)).body);
    const ld = $('script[type="application/ld+json"]').text();
    if (ld !== '') {
      const data = JSON.parse(jsonrepair(ld)) as {
        title?: string;
        '@graph'?: { '@type': string; title?: string }[];
      };
      const posting = data['@graph']?.find((n) => n['@type'] === 'JobPosting') ?? data;
      expect(posting.title).toBe(jobboardHostile.title);
    }
  });

  it('answers the same request with byte-identical bodies, also after a restart', async () => {
    const sample = (b: DemoBoards) => [
      `${b.urls.jobboard}/jobs?page=2`,
      b.urls.jobboard + onBoard('jobboard')[7]!.path,
      `${b.urls.classifieds}/rss.xml`,
      b.urls.classifieds + onBoard('classifieds')[3]!.path,
      `${b.urls.jsboard}/api/adverts/${onBoard('jsboard')[5]!.id}`,
      `${b.urls.jsboard}/app.js`,
    ];
    const fetchAll = async (b: DemoBoards) =>
      Promise.all(
        sample(b).map(async (u) => {
          const r = await fetch(u);
          const headers = [...r.headers.entries()].filter(([k]) => k !== 'connection' && k !== 'keep-alive');
          const body = Buffer.from(await r.arrayBuffer()).toString('utf8');
          // Base URLs differ between two servers; everything else must not.
          return {
            headers,
            body: Object.values(b.urls).reduce((s, base) => s.split(base).join('BASE'), body),
          };
        }),
      );
    const first = await fetchAll(boards);
    const second = await fetchAll(boards);
    expect(second).toEqual(first);
    expect(first.every((r) => !r.headers.some(([k]) => k === 'date'))).toBe(true);
    const restarted = await startDemoBoards();
    try {
      expect(await fetchAll(restarted)).toEqual(first);
    } finally {
      await restarted.close();
    }
  });

  it('records every request with board, method, path and status', async () => {
    const before = boards.requests.length;
    await fetch(`${boards.urls.classifieds}/no-such-page?x=1`);
    const head = await fetch(`${boards.urls.jsboard}/robots.txt`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    const post = await fetch(`${boards.urls.jobboard}/jobs`, { method: 'POST' });
    expect(post.status).toBe(405);
    expect(boards.requests.slice(before)).toEqual([
      { board: 'classifieds', method: 'GET', path: '/no-such-page?x=1', status: 404 },
      { board: 'jsboard', method: 'HEAD', path: '/robots.txt', status: 200 },
      { board: 'jobboard', method: 'POST', path: '/jobs', status: 405 },
    ]);
  });

  it('has source files that load against the running boards', () => {
    const sources = loadDemoSources(boards.urls);
    expect(sources.map((s) => s.id)).toEqual(['demo-classifieds', 'demo-jobboard', 'demo-jsboard']);
    const byId = new Map(sources.map((s) => [s.id, s]));
    expect(byId.get('demo-jobboard')!.discovery).toMatchObject({
      type: 'listing',
      startUrls: [`${boards.urls.jobboard}/jobs?page=1`],
    });
    expect(byId.get('demo-classifieds')!.discovery).toMatchObject({
      type: 'feed',
      url: `${boards.urls.classifieds}/rss.xml`,
    });
    expect(byId.get('demo-jsboard')!.render).toBe('browser');
    for (const s of sources) expect(s.politeness.delayMs).toBe(0);
  });

  it('jsboard: Chromium renders an advert and a listing page, and hostile text stays text', async () => {
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      const hostile = adverts.find((a) => a.board === 'jsboard' && a.kind === 'hostile-markup')!;
      await page.goto(boards.urls.jsboard + hostile.path);
      await page.waitForSelector('#offer-ready', { state: 'attached' });
      expect(await page.textContent('h2.offer-title')).toBe(hostile.title);
      expect(await page.textContent('p.offer-location')).toBe(hostile.locationText);
      expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
      expect(await page.locator('div.offer-description img').count()).toBe(0);

      await page.goto(`${boards.urls.jsboard}/?page=1`);
      await page.waitForSelector('#list-ready', { state: 'attached' });
      expect(await page.locator('a.offer-link').count()).toBe(20);
      expect(await page.getAttribute('a.next-page', 'href')).toBe('/?page=2');
    } finally {
      await browser.close();
    }
  });
});
