// "Ogłoszeniownia": a Polish classifieds site. No structured data at all: advert pages have their
// own markup (h1.ad-title, span.ad-company, span.ad-place, span.ad-price, time.ad-date, div.ad-body,
// div.ad-contact), and every advert is listed in an RSS 2.0 feed.
import type { DemoAdvert } from '../generate.ts';
import {
  DEMO_NOTICE,
  HTML,
  clockTime,
  descriptionHtml,
  dottedDate,
  escapeHtml,
  escapeXml,
  newestFirst,
  notFound,
  type BoardHandler,
  type BoardResponse,
} from './html.ts';

const STYLE = `<style>
body{font-family:Verdana,Arial,sans-serif;font-size:14px;margin:0;background:#fffdf5}
#top{background:#e8a317;padding:8px 16px}#top .logo{font-weight:bold;color:#222;text-decoration:none;font-size:20px}
#content{width:760px;margin:16px auto}.ad{border:1px solid #ddd;background:#fff;padding:16px}
.ad-params th{text-align:left;color:#777;font-weight:normal;padding-right:16px}
.ad-contact{margin-top:16px;padding:8px;background:#f3f3f3;border-left:4px solid #e8a317}
#foot{text-align:center;color:#999;font-size:11px;margin:24px}
</style>`;

function page(title: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="pl">
<head>
<meta charset="utf-8">
<title>${escapeHtml(title)} | Ogłoszeniownia</title>
${STYLE}
</head>
<body>
<div id="top"><a class="logo" href="/">Ogłoszeniownia</a> <span class="slogan">ogłoszenia drobne – praca</span></div>
<div id="content">
${body}
</div>
<div id="foot">${escapeHtml(DEMO_NOTICE)}</div>
</body>
</html>
`;
}

function advertPage(a: DemoAdvert): string {
  const rows: string[] = [];
  if (a.employer !== undefined)
    rows.push(`<tr><th>Firma</th><td><span class="ad-company">${escapeHtml(a.employer)}</span></td></tr>`);
  rows.push(
    `<tr><th>Miejscowość</th><td><span class="ad-place">${escapeHtml(a.locationText)}</span></td></tr>`,
  );
  if (a.salary)
    rows.push(
      `<tr><th>Wynagrodzenie</th><td><span class="ad-price">${escapeHtml(a.salary.text)}</span></td></tr>`,
    );
  rows.push(
    `<tr><th>Dodano</th><td><time class="ad-date" datetime="${a.postedAt}">${dottedDate(a.postedAt)}, ${clockTime(a.postedAt)}</time></td></tr>`,
  );
  rows.push(`<tr><th>Nr ogłoszenia</th><td>${a.id}</td></tr>`);
  const contact = a.contact
    ? `<div class="ad-contact">${a.contact.text.split('\n').map(escapeHtml).join('<br>')}</div>\n`
    : '';
  const body = `<div class="ad">
<h1 class="ad-title">${escapeHtml(a.title)}</h1>
<table class="ad-params">
${rows.join('\n')}
</table>
<div class="ad-body">
${descriptionHtml(a.description, 'breaks')}
</div>
${contact}</div>`;
  return page(a.title, body);
}

function homePage(adverts: readonly DemoAdvert[]): string {
  const items = adverts
    .map(
      (a) =>
        `<li><a class="ad-link" href="${a.path}">${escapeHtml(a.title)}</a> <small>${escapeHtml(a.locationText)}, ${dottedDate(a.postedAt)}</small></li>`,
    )
    .join('\n');
  return page(
    'Praca',
    `<h2>Najnowsze ogłoszenia – praca</h2>\n<p><a href="/rss.xml">Kanał RSS</a></p>\n<ul class="ad-list">\n${items}\n</ul>`,
  );
}

function feed(adverts: readonly DemoAdvert[], base: string): string {
  const items = adverts
    .map((a) => {
      const link = escapeXml(base + a.path);
      const summary = escapeXml((a.description.split('\n\n')[0] ?? '').slice(0, 300));
      return `<item>
<title>${escapeXml(a.title)}</title>
<link>${link}</link>
<guid isPermaLink="true">${link}</guid>
<pubDate>${new Date(a.postedAt).toUTCString()}</pubDate>
<description>${summary}</description>
</item>`;
    })
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
<channel>
<title>Ogłoszeniownia – praca</title>
<link>${escapeXml(base)}/</link>
<description>Najnowsze ogłoszenia w dziale praca</description>
<language>pl</language>
${items}
</channel>
</rss>
`;
}

export function createClassifieds(all: readonly DemoAdvert[], base: string): BoardHandler {
  const adverts = newestFirst(all.filter((a) => a.board === 'classifieds'));
  const byPath = new Map(adverts.map((a) => [a.path, a]));
  return (url: URL): BoardResponse => {
    const path = url.pathname;
    if (path === '/robots.txt')
      return { status: 200, contentType: 'text/plain; charset=utf-8', body: 'User-agent: *\nAllow: /\n' };
    if (path === '/rss.xml')
      return { status: 200, contentType: 'application/rss+xml; charset=utf-8', body: feed(adverts, base) };
    if (path === '/') return { status: 200, contentType: HTML, body: homePage(adverts) };
    const advert = byPath.get(path);
    if (advert) return { status: 200, contentType: HTML, body: advertPage(advert) };
    return notFound('Ogłoszenie nie istnieje lub zostało usunięte.');
  };
}
