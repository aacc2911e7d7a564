// "MuncaAcum": a Romanian board whose HTML pages are empty shells. /app.js fetches JSON from
// /api/adverts?page=N and /api/adverts/<id> and builds the page, so only a real browser sees adverts.
import { readFileSync } from 'node:fs';
import type { DemoAdvert } from '../generate.ts';
import {
  DEMO_NOTICE,
  HTML,
  PAGE_SIZE,
  escapeHtml,
  newestFirst,
  notFound,
  pageParam,
  type BoardHandler,
  type BoardResponse,
} from './html.ts';

const CLIENT_SCRIPT = readFileSync(new URL('../client/app.js', import.meta.url), 'utf8');

/** The same shell for every page: nothing in it depends on the advert. */
const SHELL = `<!DOCTYPE html>
<html lang="ro">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>MuncaAcum – locuri de muncă</title>
<style>
body{font-family:Georgia,serif;margin:0;background:#fafafa;color:#222}
.ma-top{background:#7a1f3d;padding:14px 20px}.ma-brand{color:#fff;font-size:22px;text-decoration:none}
.ma-app{max-width:720px;margin:20px auto;padding:0 16px}.offer-list{list-style:none;padding:0}
.offer-list li{padding:10px 0;border-bottom:1px solid #ddd}.offer-meta{display:block;color:#777;font-size:90%}
.offer-description p{line-height:1.5}.ma-foot{text-align:center;color:#999;font-size:80%;padding:20px}
</style>
<script src="/app.js" defer></script>
</head>
<body>
<header class="ma-top"><a class="ma-brand" href="/">MuncaAcum</a></header>
<main id="app" class="ma-app"><p class="ma-loading">Se încarcă…</p></main>
<noscript>Activează JavaScript pentru a vedea ofertele.</noscript>
<footer class="ma-foot">${escapeHtml(DEMO_NOTICE)}</footer>
</body>
</html>
`;

const JSON_TYPE = 'application/json; charset=utf-8';

function json(status: number, value: unknown): BoardResponse {
  return { status, contentType: JSON_TYPE, body: JSON.stringify(value) };
}

/** What the API tells the browser about one advert: only what the page shows, never the ground truth. */
function publicAdvert(a: DemoAdvert): Record<string, unknown> {
  return {
    id: a.id,
    title: a.title,
    employer: a.employer ?? null,
    location: a.locationText,
    salary: a.salary?.text ?? null,
    postedAt: a.postedAt,
    paragraphs: a.description.split('\n\n'),
    contact: a.contact?.text ?? null,
  };
}

export function createJsboard(all: readonly DemoAdvert[]): BoardHandler {
  const adverts = newestFirst(all.filter((a) => a.board === 'jsboard'));
  const byId = new Map(adverts.map((a) => [a.id, a]));
  const pages = Math.max(1, Math.ceil(adverts.length / PAGE_SIZE));
  return (url: URL): BoardResponse => {
    const path = url.pathname;
    if (path === '/robots.txt')
      return { status: 200, contentType: 'text/plain; charset=utf-8', body: 'User-agent: *\nDisallow:\n' };
    if (path === '/app.js')
      return { status: 200, contentType: 'text/javascript; charset=utf-8', body: CLIENT_SCRIPT };
    if (path === '/') {
      const n = pageParam(url);
      if (n === undefined || n > pages) return { ...notFound(), body: SHELL };
      return { status: 200, contentType: HTML, body: SHELL };
    }
    const offer = /^\/oferta\/([a-z]{2}-\d{4})$/.exec(path);
    if (offer) {
      // Unknown ids answer 404 with the same shell, as single-page apps behind a router do.
      return byId.has(offer[1] as string)
        ? { status: 200, contentType: HTML, body: SHELL }
        : { ...notFound(), body: SHELL };
    }
    if (path === '/api/adverts') {
      const n = pageParam(url);
      if (n === undefined || n > pages) return json(404, { error: 'no such page' });
      const items = adverts.slice((n - 1) * PAGE_SIZE, n * PAGE_SIZE).map((a) => ({
        id: a.id,
        title: a.title,
        url: a.path,
        location: a.locationText,
      }));
      return json(200, { page: n, pageCount: pages, total: adverts.length, items });
    }
    const api = /^\/api\/adverts\/([a-z]{2}-\d{4})$/.exec(path);
    if (api) {
      const advert = byId.get(api[1] as string);
      return advert ? json(200, publicAdvert(advert)) : json(404, { error: 'no such advert' });
    }
    return notFound('Pagina nu există.');
  };
}
