// schema.org JobPosting nodes in a page's JSON-LD blocks, wherever they sit: a top-level object, an
// array, `@graph`, or nested in another node (e.g. a WebPage's `mainEntity`).
import type { CheerioAPI } from 'cheerio';
import { jsonrepair } from 'jsonrepair';
import { hasType, isObject, type JsonObject } from './jobposting-fields.ts';

export const REPAIRED_WARNING = 'malformed JSON-LD repaired';

export interface JsonLdScan {
  /** JobPosting nodes in document order. */
  postings: JsonObject[];
  /** How many JSON-LD blocks the page has. */
  blocks: number;
  /** How many of them could not be parsed even after repair. */
  unreadable: number;
  /** Blocks repaired or skipped. */
  warnings: string[];
}

export type JsonLdParse = { ok: true; value: unknown; repaired: boolean } | { ok: false; error: string };

/** Nesting deeper than this is not a job posting; the limit keeps hostile input from exhausting the stack. */
const MAX_DEPTH = 64;

/** Wrappers pages put around JSON-LD for old browsers: HTML comments and (commented) CDATA sections. */
function stripWrappers(text: string): string {
  return text
    .replace(/^\s*(?:\/\/|\/\*)?\s*<!--/, '')
    .replace(/-->\s*(?:\*\/)?\s*$/, '')
    .replace(/^\s*(?:\/\/|\/\*)?\s*<!\[CDATA\[(?:\s*\*\/)?/, '')
    .replace(/(?:\/\/|\/\*)?\s*\]\]>\s*(?:\*\/)?\s*$/, '')
    .trim();
}

/**
 * Parses one JSON-LD block. Invalid JSON is repaired with jsonrepair (trailing commas, raw newlines and
 * control characters in strings, single quotes, unquoted keys, several objects in a row) after the
 * wrappers jsonrepair does not know are removed.
 */
export function parseJsonLd(text: string): JsonLdParse {
  try {
    return { ok: true, value: JSON.parse(text), repaired: false };
  } catch {
    // not valid JSON as written: try to recover below
  }
  // Control characters other than tab and line breaks are invalid in JSON strings and jsonrepair rejects them.
  // eslint-disable-next-line no-control-regex
  const cleaned = stripWrappers(text).replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, ' ');
  const attempts = [
    cleaned,
    // Objects written back to back with nothing between them: jsonrepair only joins them when separated.
    cleaned.replace(/}\s*{/g, '},{'),
    // A block cut short inside a string, as an unescaped `</script>` in a description does.
    `${cleaned}"`,
  ];
  let error = 'empty block';
  for (const attempt of attempts) {
    if (attempt === '') break;
    try {
      return { ok: true, value: JSON.parse(jsonrepair(attempt)), repaired: true };
    } catch (err) {
      error = err instanceof Error ? err.message : String(err);
    }
  }
  return { ok: false, error };
}

function collect(value: unknown, out: JsonObject[], depth: number): void {
  if (depth > MAX_DEPTH) return;
  if (Array.isArray(value)) {
    for (const v of value) collect(v, out, depth + 1);
    return;
  }
  if (!isObject(value)) return;
  if (hasType(value, 'JobPosting')) out.push(value);
  for (const [key, v] of Object.entries(value)) {
    if (key !== '@context') collect(v, out, depth + 1);
  }
}

/** Every JobPosting node in the page's `<script type="application/ld+json">` blocks. */
export function findJsonLdJobPostings($: CheerioAPI): JsonLdScan {
  const scan: JsonLdScan = { postings: [], blocks: 0, unreadable: 0, warnings: [] };
  $('script[type]').each((_, el) => {
    const type = ($(el).attr('type') ?? '').trim().toLowerCase();
    if (!type.startsWith('application/ld+json')) return;
    scan.blocks += 1;
    const parsed = parseJsonLd($(el).text().trim());
    if (!parsed.ok) {
      scan.unreadable += 1;
      scan.warnings.push(`malformed JSON-LD skipped (block ${scan.blocks}): ${parsed.error.slice(0, 120)}`);
      return;
    }
    if (parsed.repaired) scan.warnings.push(REPAIRED_WARNING);
    collect(parsed.value, scan.postings, 0);
  });
  return scan;
}
