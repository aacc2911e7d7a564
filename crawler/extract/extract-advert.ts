// An advert page (HTML) → AdvertDraft. Pure: the page is parsed, never run; nothing is fetched.
//
// Order in `auto` mode: schema.org JobPosting in JSON-LD, then in microdata, then the source's selector
// map. A JobPosting without a title is not an advert and falls through to the next method. When
// structured data leaves fields empty and a selector map is given, the map fills them.
import { load, type CheerioAPI } from 'cheerio';
import type { AdvertDraft } from '../../storage/records.ts';
import type { SelectorMap } from '../source-config.ts';
import { canonicalUrlFromPage } from './canonical-url.ts';
import { mapJobPosting, type JobPostingFields, type JsonObject } from './jobposting-fields.ts';
import { findJsonLdJobPostings } from './jsonld-jobposting.ts';
import { findMicrodataJobPostings } from './microdata-jobposting.ts';
import { applySelectorMap, type SelectorFields } from './selector-map.ts';

export interface ExtractOptions {
  /** 'auto' (default): JSON-LD JobPosting, then microdata, then selectors if given. 'selectors': selector map only. */
  mode?: 'auto' | 'selectors';
  /** From the source YAML. Values are CSS selectors, optionally 'selector@attr'. */
  selectors?: SelectorMap;
}

export type ExtractResult =
  | {
      ok: true;
      advert: AdvertDraft;
      /** The posting's own id on the source site, when structured data gives one (`identifier`). */
      identifier?: string;
    }
  | { ok: false; reason: string };

type Fields = JobPostingFields | SelectorFields;
type Method = AdvertDraft['extractedBy'];

const METHOD_NAME: Record<Method, string> = {
  jsonld: 'JSON-LD',
  microdata: 'microdata',
  selectors: 'selector map',
};

/** First posting with a title, mapped; or why none qualified. */
function firstWithTitle(
  postings: JsonObject[],
  markup: boolean,
  baseUrl: string,
): { fields: JobPostingFields } | { missing: string } {
  for (const posting of postings) {
    const fields = mapJobPosting(posting, { markup, baseUrl });
    if (fields.title !== undefined) return { fields };
  }
  return {
    missing: postings.length === 0 ? 'no JobPosting' : `${postings.length} JobPosting(s) without a title`,
  };
}

/** Fills what structured data left empty from the selector map; says which fields it filled. */
function fillGaps(
  $: CheerioAPI,
  fields: JobPostingFields,
  selectors: SelectorMap,
  url: string,
  method: Method,
): void {
  const gaps =
    fields.text === undefined ||
    (fields.employer === undefined && selectors.employer !== undefined) ||
    (fields.location.raw === undefined && selectors.location !== undefined) ||
    (fields.salary === undefined && selectors.salary !== undefined) ||
    (fields.postedAt === undefined && selectors.postedAt !== undefined) ||
    (fields.contactHints === undefined && selectors.contact !== undefined);
  if (!gaps) return;
  const result = applySelectorMap($, selectors, { baseUrl: url, requireTitleAndText: false });
  if (!result.ok) {
    fields.warnings.push(`could not fill gaps from the selector map: ${result.reason}`);
    return;
  }
  const from = result.fields;
  const filled: string[] = [];
  if (fields.text === undefined && from.text !== undefined) {
    fields.text = from.text;
    filled.push('text');
  }
  if (fields.employer === undefined && from.employer !== undefined) {
    fields.employer = from.employer;
    filled.push('employer');
  }
  if (fields.location.raw === undefined && from.location.raw !== undefined) {
    fields.location = from.location;
    filled.push('location');
  }
  if (fields.salary === undefined && from.salary !== undefined) {
    fields.salary = from.salary;
    filled.push('salary');
  }
  if (fields.postedAt === undefined && from.postedAt !== undefined) {
    fields.postedAt = from.postedAt;
    filled.push('postedAt');
  }
  if (fields.contactHints === undefined && from.contactHints !== undefined) {
    fields.contactHints = from.contactHints;
    filled.push('contact');
  }
  fields.warnings.push(...from.warnings);
  if (filled.length > 0) {
    fields.warnings.push(
      `${METHOD_NAME[method]} JobPosting lacked ${filled.join(', ')}: filled from the selector map`,
    );
  }
}

function toDraft(
  fields: Fields,
  method: Method,
  url: string,
  canonical: string,
  warnings: string[],
): AdvertDraft {
  const draft: AdvertDraft = {
    url,
    canonicalUrl: canonical,
    title: fields.title ?? '',
    text: fields.text ?? '',
    location: fields.location,
    extractedBy: method,
  };
  if (fields.employer !== undefined) draft.employer = fields.employer;
  if (fields.salary !== undefined) draft.salary = fields.salary;
  if (fields.postedAt !== undefined) draft.postedAt = fields.postedAt;
  if (fields.contactHints !== undefined) draft.contactHints = fields.contactHints;
  if ('validThrough' in fields && fields.validThrough !== undefined) draft.validThrough = fields.validThrough;
  if ('employmentType' in fields && fields.employmentType !== undefined)
    draft.employmentType = fields.employmentType;
  if ('sector' in fields && fields.sector !== undefined) draft.sector = fields.sector;
  const all = [...warnings, ...fields.warnings];
  if (draft.text === '') all.push('no description found: text is empty');
  if (all.length > 0) draft.warnings = [...new Set(all)];
  return draft;
}

/**
 * Extracts an advert from its page. `url` is the page's (final) URL: it resolves relative links and is
 * the fallback canonical URL. Throws only on a `url` that is not absolute (a caller bug); a page that
 * yields no advert is `{ ok: false, reason }`.
 */
export function extractAdvert(html: string, url: string, options: ExtractOptions = {}): ExtractResult {
  const mode = options.mode ?? 'auto';
  const { selectors } = options;
  const $ = load(html);
  const canonical = canonicalUrlFromPage($, url);
  const warnings: string[] = [];
  const tried: string[] = [];

  if (mode === 'auto') {
    const jsonld = findJsonLdJobPostings($);
    warnings.push(...jsonld.warnings);
    const structured: [Method, JsonObject[], boolean][] = [
      ['jsonld', jsonld.postings, true],
      ['microdata', findMicrodataJobPostings($), false],
    ];
    for (const [method, postings, markup] of structured) {
      const found = firstWithTitle(postings, markup, url);
      if ('fields' in found) {
        if (selectors !== undefined) fillGaps($, found.fields, selectors, url, method);
        return {
          ok: true,
          advert: toDraft(found.fields, method, url, canonical, warnings),
          ...(found.fields.identifier !== undefined && { identifier: found.fields.identifier }),
        };
      }
      if (method === 'jsonld' && jsonld.blocks === 0) tried.push('no JSON-LD');
      else if (method === 'jsonld' && jsonld.unreadable > 0) {
        tried.push(
          `${found.missing} in JSON-LD (${jsonld.unreadable} of ${jsonld.blocks} blocks unreadable)`,
        );
      } else tried.push(`${found.missing} in ${METHOD_NAME[method]}`);
    }
  }

  if (selectors === undefined) {
    const reason =
      mode === 'selectors'
        ? 'extraction mode "selectors" needs a selector map (extraction.selectors in the source YAML)'
        : `${tried.join(', ')}, and no selector map`;
    return { ok: false, reason };
  }
  const result = applySelectorMap($, selectors, { baseUrl: url });
  if (!result.ok) return { ok: false, reason: [...tried, result.reason].join(', ') };
  return { ok: true, advert: toDraft(result.fields, 'selectors', url, canonical, warnings) };
}
