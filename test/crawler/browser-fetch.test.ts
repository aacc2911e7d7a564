import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { BrowserFetcher } from '../../crawler/browser-fetch.ts';
import { html, startTestServer, type TestServer } from './helpers/test-server.ts';

const PNG_MAGIC = Buffer.from([0x89, 0x50, 0x4e, 0x47]);

let browser: BrowserFetcher;
beforeAll(async () => {
  browser = new BrowserFetcher();
  await browser.start();
});
afterAll(async () => {
  await browser.close();
});

const servers: TestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});
async function server(...args: Parameters<typeof startTestServer>) {
  const s = await startTestServer(...args);
  servers.push(s);
  return s;
}

/** A page whose advert exists only after its script has run. */
const jsBuiltPage = html(
  '<div id="app">loading…</div>',
  `<script>
    setTimeout(() => {
      document.getElementById('app').innerHTML = '<h1 class="title">Fruit pickers wanted</h1>';
    }, 150);
  </script>`,
);

describe('BrowserFetcher', () => {
  it('renders a JavaScript-built page, waits for the selector, and takes a screenshot', async () => {
    const site = await server({ '/job/1': { body: jsBuiltPage } });
    const result = await browser.fetch(site.url('/job/1'), { waitFor: 'h1.title' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.render).toBe('browser');
    expect(result.status).toBe(200);
    expect(result.finalUrl).toBe(site.url('/job/1'));
    expect(result.body.toString()).toContain('Fruit pickers wanted');
    expect(result.headers['content-type']).toMatch(/text\/html/);
    expect(result.screenshot?.subarray(0, 4).equals(PNG_MAGIC)).toBe(true);
    expect(site.requests[0]?.headers['user-agent']).toMatch(/^recruitwatch\//);
  });

  it('returns a value naming the selector when waitFor never appears', async () => {
    const site = await server({ '/job/2': { body: html('<p>no advert here</p>') } });
    const result = await browser.fetch(site.url('/job/2'), {
      waitFor: '.never-there',
      waitForTimeoutMs: 300,
    });
    expect(result).toMatchObject({ ok: false, kind: 'wait-for' });
    if (!result.ok) expect(result.error).toContain('.never-there');
  });

  it('takes the page as it is when waitFor is not required', async () => {
    const site = await server({ '/list': { body: html('<p>empty listing</p>') } });
    const result = await browser.fetch(site.url('/list'), {
      waitFor: 'a.job',
      waitForRequired: false,
      waitForTimeoutMs: 200,
      screenshot: false,
    });
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.screenshot).toBeUndefined();
  });

  it('blocks every request to another host, direct or through a redirect', async () => {
    const elsewhere = await server({
      '/pixel.png': { body: 'x' },
      '/beacon': { body: 'x' },
      '/lib.js': { body: '' },
    });
    const site = await server({
      '/bounce': { status: 302, headers: { location: elsewhere.url('/pixel.png?via=redirect') } },
      '/own.css': { body: 'body { color: black }', headers: { 'content-type': 'text/css' } },
    });
    site.route('/job/3', {
      body: html(
        `<h1 class="title">Advert</h1>
         <img src="${elsewhere.url('/pixel.png')}">
         <img src="/bounce">
         <iframe src="${elsewhere.url('/beacon?frame')}"></iframe>
         <script src="${elsewhere.url('/lib.js')}"></script>
         <script>
           fetch('${elsewhere.url('/beacon?fetch')}').catch(() => {});
           navigator.sendBeacon && navigator.sendBeacon('${elsewhere.url('/beacon?send')}', 'x');
           const done = document.createElement('p');
           done.className = 'script-ran';
           document.body.appendChild(done);
         </script>`,
        '<link rel="stylesheet" href="/own.css">',
      ),
    });
    const result = await browser.fetch(site.url('/job/3'), { waitFor: 'p.script-ran' });
    expect(result.ok).toBe(true);
    expect(elsewhere.requests).toEqual([]);
    // The page's own resources still load.
    expect(site.hits('/own.css')).toHaveLength(1);
  });

  it('follows a redirect of the page itself, asking isAllowed first', async () => {
    const target = await server({ '/moved': { body: html('<h1 class="title">Moved advert</h1>') } });
    const site = await server({
      '/old': { status: 301, headers: { location: '/new' } },
      '/new': { status: 302, headers: { location: target.url('/moved') } },
    });
    const followed = await browser.fetch(site.url('/old'), { waitFor: 'h1.title', screenshot: false });
    expect(followed).toMatchObject({ ok: true, url: site.url('/old'), finalUrl: target.url('/moved') });

    target.requests.length = 0;
    const refused = await browser.fetch(site.url('/old'), {
      isAllowed: (url) => !url.startsWith(target.origin),
    });
    expect(refused).toMatchObject({ ok: false, kind: 'robots' });
    expect(target.requests).toEqual([]);
  });

  it('returns an HTTP error status as a value', async () => {
    const site = await server();
    const result = await browser.fetch(site.url('/missing'));
    expect(result).toMatchObject({ ok: false, kind: 'http', status: 404 });
  });

  it('gives each page a fresh context: no cookie or storage from the page before, its own user agent', async () => {
    const site = await server({
      '/set': {
        body: html(
          '<p>set</p>',
          `<script>document.cookie = 'seen=1; path=/'; localStorage.setItem('seen', '1');</script>`,
        ),
      },
      '/read': {
        body: html(
          '<p id="out"></p>',
          `<script>addEventListener('DOMContentLoaded', () => {
            document.getElementById('out').textContent =
              'cookie=[' + document.cookie + '] storage=[' + (localStorage.getItem('seen') ?? '') + '] ua=[' + navigator.userAgent + ']';
          });</script>`,
        ),
      },
    });
    const first = await browser.fetch(site.url('/set'), { screenshot: false, userAgent: 'agent-a' });
    expect(first.ok).toBe(true);
    for (const agent of ['agent-a', 'agent-b']) {
      const read = await browser.fetch(site.url('/read'), { screenshot: false, userAgent: agent });
      expect(read.ok).toBe(true);
      if (!read.ok) return;
      expect(read.body.toString()).toContain(`cookie=[] storage=[] ua=[${agent}]`);
    }
  });

  it('refuses a rendered page over the size limit', async () => {
    const site = await server({ '/big': { body: html(`<p>${'x'.repeat(20_000)}</p>`) } });
    const result = await browser.fetch(site.url('/big'), { maxBytes: 10_000, screenshot: false });
    expect(result).toMatchObject({ ok: false, kind: 'too-large' });
  });
});
