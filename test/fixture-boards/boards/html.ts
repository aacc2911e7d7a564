// Escaping and formatting shared by the three fixture boards. Advert text is hostile input: every
// value goes through one of these before it reaches a page.
//
// Hand-written because the rules are five characters (HTML/XML) and a handful of code points (JSON in
// a <script> block); no direct dependency offers exactly these.

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text for HTML element content or a quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] as string);
}

/** Text for XML element content or attributes (RSS, sitemap). */
export const escapeXml = escapeHtml;

/**
 * JSON that is safe inside `<script type="application/ld+json">`: `<`, `>` and `&` become \u escapes,
 * so a `</script>` in advert text cannot end the block.
 */
export function jsonForScript(value: unknown, indent = 0): string {
  return escapeJsonForScript(JSON.stringify(value, null, indent));
}

export function escapeJsonForScript(json: string): string {
  return json
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** Paragraph text (lines separated by \n) → escaped HTML lines joined by <br>. */
function linesHtml(paragraph: string): string {
  return paragraph.split('\n').map(escapeHtml).join('<br>');
}

/**
 * Plain advert text → HTML. `lists`: a heading line followed by "• " lines becomes a <ul>, as job
 * boards render them; `breaks`: every paragraph is a <p> with <br> line breaks, as classifieds do.
 */
export function descriptionHtml(text: string, style: 'lists' | 'breaks'): string {
  return text
    .split('\n\n')
    .map((paragraph) => {
      const lines = paragraph.split('\n');
      const items = lines.slice(1);
      if (style === 'lists' && items.length > 0 && items.every((l) => l.startsWith('• '))) {
        const list = items.map((l) => `<li>${escapeHtml(l.slice(2))}</li>`).join('');
        return `<p><strong>${escapeHtml(lines[0] as string)}</strong></p><ul>${list}</ul>`;
      }
      return `<p>${linesHtml(paragraph)}</p>`;
    })
    .join('\n');
}

/** '2025-05-03T08:15:00Z' → '03.05.2025' (German and Polish style). */
export function dottedDate(iso: string): string {
  const [date = ''] = iso.split('T');
  const [y, m, d] = date.split('-');
  return `${d}.${m}.${y}`;
}

/** '2025-05-03T08:15:00Z' → '08:15'. */
export function clockTime(iso: string): string {
  return iso.slice(11, 16);
}

export interface BoardResponse {
  status: number;
  contentType: string;
  body: string;
  headers?: Record<string, string>;
}

export type BoardHandler = (url: URL) => BoardResponse;

export const HTML = 'text/html; charset=utf-8';

export function notFound(message = 'Not found'): BoardResponse {
  return {
    status: 404,
    contentType: HTML,
    body: `<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>404</title></head><body><h1>404</h1><p>${escapeHtml(message)}</p></body></html>\n`,
  };
}

/** Listing page number from `?page=N`: 1 when absent, undefined when not a positive integer. */
export function pageParam(url: URL): number | undefined {
  const raw = url.searchParams.get('page');
  if (raw === null) return 1;
  return /^[1-9]\d{0,4}$/.test(raw) ? Number(raw) : undefined;
}

/** Newest first; ties broken by id so the order never varies. */
export function newestFirst<T extends { postedAt: string; id: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => b.postedAt.localeCompare(a.postedAt) || b.id.localeCompare(a.id));
}

export const PAGE_SIZE = 20;

export const DEMO_NOTICE =
  'Demo board of recruitwatch: every advert, company and contact on it is fictional.';
