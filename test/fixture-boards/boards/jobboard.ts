// "Jobhafen": a German/international job board. Advert pages carry schema.org JobPosting as JSON-LD
// (plain, inside @graph, with a @type array, once malformed) or, on about one page in ten, as
// microdata instead. Paginated listings, a sitemap, and a robots.txt that fences off /internal/.
import type { DemoAdvert } from '../generate.ts';
import {
  DEMO_NOTICE,
  HTML,
  PAGE_SIZE,
  descriptionHtml,
  dottedDate,
  escapeHtml,
  escapeJsonForScript,
  escapeXml,
  jsonForScript,
  newestFirst,
  notFound,
  pageParam,
  type BoardHandler,
  type BoardResponse,
} from './html.ts';

export type JobboardFormat =
  'jsonld' | 'jsonld-graph' | 'jsonld-type-array' | 'jsonld-malformed' | 'microdata';

/** The one URL robots.txt disallows and the first listing page links to: a polite crawler never fetches it. */
export const JOBBOARD_TRAP_PATH = '/internal/jobs/admin-preview';

/**
 * How each jobboard advert page carries its structured data, by advert id. Decided by position, so
 * it is as reproducible as the adverts: every tenth page microdata, a sixth each @graph and @type
 * array, and exactly one ordinary page with malformed JSON-LD (trailing comma, raw line break).
 */
export function jobboardFormats(adverts: readonly DemoAdvert[]): Map<string, JobboardFormat> {
  const mine = adverts.filter((a) => a.board === 'jobboard').sort((a, b) => a.id.localeCompare(b.id));
  const formats = new Map<string, JobboardFormat>();
  let malformed = false;
  mine.forEach((advert, i) => {
    let format: JobboardFormat =
      i % 10 === 4
        ? 'microdata'
        : i % 6 === 1
          ? 'jsonld-graph'
          : i % 6 === 3
            ? 'jsonld-type-array'
            : 'jsonld';
    if (!malformed && format === 'jsonld' && i >= 5 && advert.kind === 'ordinary') {
      format = 'jsonld-malformed';
      malformed = true;
    }
    formats.set(advert.id, format);
  });
  return formats;
}

const UNIT: Record<string, string> = { hour: 'HOUR', day: 'DAY', week: 'WEEK', month: 'MONTH', year: 'YEAR' };

const EMPLOYMENT_LABEL: Record<string, string> = {
  FULL_TIME: 'Vollzeit',
  PART_TIME: 'Teilzeit',
  TEMPORARY: 'Befristet',
  CONTRACTOR: 'Freiberuflich',
};

function jobPosting(a: DemoAdvert, canonical: string): Record<string, unknown> {
  const posting: Record<string, unknown> = {
    '@type': 'JobPosting',
    title: a.title,
    description: descriptionHtml(a.description, 'lists'),
    datePosted: a.postedAt,
    validThrough: a.validThrough,
    employmentType: a.employmentType,
  };
  if (a.employer !== undefined) {
    posting.hiringOrganization = {
      '@type': 'Organization',
      name: a.employer,
      ...(a.employerUrl ? { sameAs: a.employerUrl } : {}),
    };
  }
  if (a.country !== undefined) {
    posting.jobLocation = {
      '@type': 'Place',
      address: {
        '@type': 'PostalAddress',
        ...(a.city !== undefined ? { addressLocality: a.city } : {}),
        ...(a.region !== undefined ? { addressRegion: a.region } : {}),
        addressCountry: a.country,
      },
    };
  }
  if (a.salary) {
    const value: Record<string, unknown> = { '@type': 'QuantitativeValue', unitText: UNIT[a.salary.period] };
    if (a.salary.min !== undefined && a.salary.max === a.salary.min) value.value = a.salary.min;
    else {
      if (a.salary.min !== undefined) value.minValue = a.salary.min;
      if (a.salary.max !== undefined) value.maxValue = a.salary.max;
    }
    posting.baseSalary = { '@type': 'MonetaryAmount', currency: a.salary.currency, value };
  }
  posting.identifier = { '@type': 'PropertyValue', name: 'Jobhafen', value: a.id };
  posting.url = canonical;
  return posting;
}

function jsonLdBlock(a: DemoAdvert, format: JobboardFormat, base: string, canonical: string): string {
  const posting = jobPosting(a, canonical);
  let json: string;
  switch (format) {
    case 'jsonld':
      json = jsonForScript({ '@context': 'https://schema.org', ...posting }, 2);
      break;
    case 'jsonld-type-array':
      json = jsonForScript(
        { '@context': 'https://schema.org', ...posting, '@type': ['JobPosting', 'Thing'] },
        2,
      );
      break;
    case 'jsonld-graph':
      json = jsonForScript(
        {
          '@context': 'https://schema.org',
          '@graph': [
            { '@type': 'WebSite', '@id': `${base}/#website`, name: 'Jobhafen', url: `${base}/` },
            {
              '@type': 'Organization',
              '@id': `${base}/#organization`,
              name: 'Jobhafen Demo GmbH',
              url: `${base}/`,
            },
            { ...posting, '@id': `${canonical}#job`, publisher: { '@id': `${base}/#organization` } },
          ],
        },
        2,
      );
      break;
    case 'jsonld-malformed': {
      // As careless templates produce it: the description's line breaks are written raw inside the
      // string, and the last property keeps a trailing comma. A tolerant parser (jsonrepair) recovers it.
      const valid = JSON.stringify({ '@context': 'https://schema.org', ...posting }, null, 2);
      const broken = valid.replace(/"description": "((?:[^"\\]|\\.)*)"/, (_, body: string) => {
        return `"description": "${body.replace(/\\n/g, '\n')}"`;
      });
      json = escapeJsonForScript(broken.replace(/\n}$/, ',\n}'));
      break;
    }
    case 'microdata':
      return '';
  }
  return `<script type="application/ld+json">\n${json}\n</script>\n`;
}

const STYLE = `<style>
body.jh{font-family:system-ui,sans-serif;margin:0;color:#1c2733;background:#f4f6f8}
.jh-header{background:#0b3d5c;color:#fff;padding:12px 24px;display:flex;gap:24px}
.jh-header a{color:#fff;text-decoration:none}.jh-logo{font-weight:700}
.jh-main{max-width:860px;margin:24px auto;background:#fff;padding:24px;border-radius:6px}
.job-facts{list-style:none;padding:0;color:#4a5a6a}.job-facts li{display:inline-block;margin-right:16px}
.job-results{padding-left:20px}.job-result{margin:8px 0}.job-result-meta{color:#6a7a8a;font-size:90%}
.pagination{margin-top:24px;display:flex;gap:16px}.jh-footer{text-align:center;color:#6a7a8a;font-size:85%;padding:16px}
</style>`;

function page(lang: string, title: string, head: string, main: string): string {
  return `<!DOCTYPE html>
<html lang="${escapeHtml(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} – Jobhafen</title>
${head}${STYLE}
</head>
<body class="jh">
<header class="jh-header"><a class="jh-logo" href="/">Jobhafen</a><nav><a href="/jobs?page=1">Stellenangebote</a></nav></header>
<main class="jh-main">
${main}
</main>
<footer class="jh-footer">${escapeHtml(DEMO_NOTICE)}</footer>
</body>
</html>
`;
}

function advertPage(a: DemoAdvert, format: JobboardFormat, base: string): string {
  const canonical = base + a.path;
  const md = format === 'microdata';
  const prop = (name: string) => (md ? ` itemprop="${name}"` : '');
  const scope = (type: string) => (md ? ` itemscope itemtype="https://schema.org/${type}"` : '');
  const facts: string[] = [];
  if (a.employer !== undefined) {
    const sameAs = md && a.employerUrl ? `<link itemprop="sameAs" href="${escapeHtml(a.employerUrl)}">` : '';
    facts.push(
      md
        ? `<li class="job-company"${prop('hiringOrganization')}${scope('Organization')}><span itemprop="name">${escapeHtml(a.employer)}</span>${sameAs}</li>`
        : `<li class="job-company">${escapeHtml(a.employer)}</li>`,
    );
  }
  if (md && a.country !== undefined) {
    const locality =
      a.city !== undefined && a.locationText.startsWith(a.city)
        ? `<span itemprop="addressLocality">${escapeHtml(a.city)}</span>${escapeHtml(a.locationText.slice(a.city.length))}`
        : escapeHtml(a.locationText);
    const region =
      a.region !== undefined ? `<meta itemprop="addressRegion" content="${escapeHtml(a.region)}">` : '';
    facts.push(
      `<li class="job-location"${prop('jobLocation')}${scope('Place')}><span${prop('address')}${scope('PostalAddress')}>${locality}${region}<meta itemprop="addressCountry" content="${escapeHtml(a.country)}"></span></li>`,
    );
  } else {
    facts.push(`<li class="job-location">${escapeHtml(a.locationText)}</li>`);
  }
  if (a.salary) {
    if (md) {
      const s = a.salary;
      const values =
        s.min !== undefined && s.max === s.min
          ? `<meta itemprop="value" content="${s.min}">`
          : `${s.min !== undefined ? `<meta itemprop="minValue" content="${s.min}">` : ''}${s.max !== undefined ? `<meta itemprop="maxValue" content="${s.max}">` : ''}`;
      facts.push(
        `<li class="job-salary"${prop('baseSalary')}${scope('MonetaryAmount')}><meta itemprop="currency" content="${escapeHtml(s.currency)}"><span itemprop="value"${scope('QuantitativeValue')}>${values}<meta itemprop="unitText" content="${UNIT[s.period]}">${escapeHtml(s.text)}</span></li>`,
      );
    } else {
      facts.push(`<li class="job-salary">${escapeHtml(a.salary.text)}</li>`);
    }
  }
  facts.push(
    `<li class="job-type">${md ? `<meta itemprop="employmentType" content="${a.employmentType}">` : ''}${EMPLOYMENT_LABEL[a.employmentType] ?? ''}</li>`,
  );
  facts.push(
    `<li>Veröffentlicht: <time class="job-date"${prop('datePosted')} datetime="${a.postedAt}">${dottedDate(a.postedAt)}</time>${md ? `<meta itemprop="validThrough" content="${a.validThrough}">` : ''}</li>`,
  );
  const apply: string[] = [];
  if (a.contact?.email)
    apply.push(
      `<a class="apply-email" href="mailto:${escapeHtml(a.contact.email)}">${escapeHtml(a.contact.email)}</a>`,
    );
  if (a.contact?.phone)
    apply.push(
      `<a class="apply-phone" href="tel:${escapeHtml(a.contact.phone.replace(/[^\d+]/g, ''))}">${escapeHtml(a.contact.phone)}</a>`,
    );
  if (a.employerUrl)
    apply.push(
      `<a class="apply-web" href="${escapeHtml(a.employerUrl)}" rel="nofollow">${escapeHtml(a.employerUrl)}</a>`,
    );
  const main = `<article class="job-posting" data-job-id="${a.id}"${scope('JobPosting')}>
<h1 class="job-title"${prop('title')}>${escapeHtml(a.title)}</h1>
<ul class="job-facts">
${facts.join('\n')}
</ul>
<section class="job-description"${prop('description')}>
${descriptionHtml(a.description, 'lists')}
</section>
${apply.length > 0 ? `<section class="job-apply"><h2>Bewerbung</h2><p>${apply.join(' · ')}</p></section>\n` : ''}</article>`;
  const head = `<link rel="canonical" href="${escapeHtml(canonical)}">\n${jsonLdBlock(a, format, base, canonical)}`;
  return page(a.language, a.title, head, main);
}

function listingPage(adverts: readonly DemoAdvert[], pageNo: number, pages: number): string {
  const items = adverts
    .map((a, i) => {
      // Half the links carry a tracking parameter, as real listings do: the crawler must canonicalise.
      const href = i % 2 === 0 ? `${a.path}?utm_source=listing` : a.path;
      const meta = [a.employer, a.locationText].filter((x) => x !== undefined).join(' · ');
      return `<li class="job-result"><a class="job-link" href="${escapeHtml(href)}">${escapeHtml(a.title)}</a> <span class="job-result-meta">${escapeHtml(meta)}</span></li>`;
    })
    .join('\n');
  const nav: string[] = [];
  if (pageNo > 1) nav.push(`<a rel="prev" href="/jobs?page=${pageNo - 1}">Zurück</a>`);
  nav.push(`<span class="page-of">Seite ${pageNo} von ${pages}</span>`);
  if (pageNo < pages) nav.push(`<a rel="next" href="/jobs?page=${pageNo + 1}">Weiter</a>`);
  const staff =
    pageNo === 1
      ? `<aside class="jh-staff"><a class="job-link" href="${JOBBOARD_TRAP_PATH}">Interne Vorschau (nur Redaktion)</a></aside>\n`
      : '';
  const main = `<h1>Stellenangebote</h1>
${staff}<ol class="job-results" start="${(pageNo - 1) * PAGE_SIZE + 1}">
${items}
</ol>
<nav class="pagination">${nav.join(' ')}</nav>`;
  return page('de', `Stellenangebote – Seite ${pageNo}`, '', main);
}

function sitemap(adverts: readonly DemoAdvert[], base: string): string {
  const urls = [...adverts]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map(
      (a) => `<url><loc>${escapeXml(base + a.path)}</loc><lastmod>${a.postedAt.slice(0, 10)}</lastmod></url>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${urls}
</urlset>
`;
}

export function createJobboard(all: readonly DemoAdvert[], base: string): BoardHandler {
  const adverts = all.filter((a) => a.board === 'jobboard');
  const byPath = new Map(adverts.map((a) => [a.path, a]));
  const formats = jobboardFormats(adverts);
  const listed = newestFirst(adverts);
  const pages = Math.max(1, Math.ceil(listed.length / PAGE_SIZE));

  return (url: URL): BoardResponse => {
    const path = url.pathname;
    if (path === '/robots.txt') {
      return {
        status: 200,
        contentType: 'text/plain; charset=utf-8',
        body: `User-agent: *\nDisallow: /internal/\n\nSitemap: ${base}/sitemap.xml\n`,
      };
    }
    if (path === '/sitemap.xml') {
      return { status: 200, contentType: 'application/xml; charset=utf-8', body: sitemap(adverts, base) };
    }
    if (path === '/') {
      const main = `<h1>Jobhafen</h1>\n<p>${listed.length} Stellenangebote aus Deutschland und Europa.</p>\n<p><a href="/jobs?page=1">Alle Stellenangebote</a></p>`;
      return { status: 200, contentType: HTML, body: page('de', 'Start', '', main) };
    }
    if (path === '/jobs') {
      const n = pageParam(url);
      if (n === undefined || n > pages) return notFound('Diese Seite gibt es nicht.');
      return {
        status: 200,
        contentType: HTML,
        body: listingPage(listed.slice((n - 1) * PAGE_SIZE, n * PAGE_SIZE), n, pages),
      };
    }
    if (path.startsWith('/internal/')) {
      const main = `<h1>Interne Vorschau</h1>\n<p>Nur für die Redaktion. Diese Seite ist in robots.txt gesperrt.</p>`;
      return {
        status: 200,
        contentType: HTML,
        body: page('de', 'Intern', '<meta name="robots" content="noindex">\n', main),
      };
    }
    const advert = byPath.get(path);
    if (advert)
      return {
        status: 200,
        contentType: HTML,
        body: advertPage(advert, formats.get(advert.id) ?? 'jsonld', base),
      };
    return notFound('Dieses Stellenangebot gibt es nicht (mehr).');
  };
}
