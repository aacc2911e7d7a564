// Turns advert text plus evidence spans into HTML with <mark> elements. Advert text is hostile
// input: every piece of text and every attribute value is escaped here, so the result can be
// output raw by a template. Hand-written because highlighters in the ecosystem either match
// search terms (not given offsets) or nest overlapping ranges non-deterministically.
import { escapeHtml } from './escape-html.ts';
import { cssToken } from './format.ts';

export interface HighlightSpan {
  /** UTF-16 code unit offset, inclusive. */
  start: number;
  /** UTF-16 code unit offset, exclusive. */
  end: number;
  indicatorId: string;
  /** Indicator group (the part of the id before the first dot); used as a CSS class. */
  group: string;
  /** The advert says the opposite of the indicator; styled differently. Default false. */
  contradicted?: boolean;
}

interface OpenSpan extends HighlightSpan {
  order: number;
}

/**
 * Returns `text` as safe HTML with each span wrapped in
 * `<mark class="ind ind-<group>" title="<indicator id>">`.
 *
 * - Spans out of range (negative, past the end, empty, not integers) are ignored.
 * - A boundary that falls inside a surrogate pair is widened to the whole character, so an
 *   emoji is never cut in half.
 * - Overlapping spans nest: of spans starting together the longer is the outer one; a span that
 *   starts earlier stays whole, and one that crosses its end is closed there and reopened, so the
 *   output is always well-formed.
 *   Ties are broken by start, indicator id and input order, so the output is deterministic.
 * - Line breaks are kept as they are; render the result in an element with
 *   `white-space: pre-wrap`.
 */
export function highlight(text: string, spans: readonly HighlightSpan[]): string {
  const valid = normaliseSpans(text, spans);
  if (valid.length === 0) return escapeHtml(text);

  const positions = [...new Set(valid.flatMap((s) => [s.start, s.end]))].sort((a, b) => a - b);
  const startingAt = new Map<number, OpenSpan[]>();
  for (const span of valid) {
    const list = startingAt.get(span.start) ?? [];
    list.push(span);
    startingAt.set(span.start, list);
  }

  const stack: OpenSpan[] = [];
  let html = '';
  let cursor = 0;
  for (const position of positions) {
    html += escapeHtml(text.slice(cursor, position));
    cursor = position;

    // Close every span ending here; spans opened above one of them are closed too and reopened.
    const lowest = stack.findIndex((s) => s.end === position);
    const toOpen: OpenSpan[] = [];
    if (lowest !== -1) {
      while (stack.length > lowest) {
        const closed = stack.pop() as OpenSpan;
        html += '</mark>';
        if (closed.end > position) toOpen.push(closed);
      }
    }
    toOpen.push(...(startingAt.get(position) ?? []));
    toOpen.sort(outerFirst);
    for (const span of toOpen) {
      html += openTag(span);
      stack.push(span);
    }
  }
  html += escapeHtml(text.slice(cursor));
  return html;
}

/** Later end first (the outer span), then earlier start, then id, then input order. */
function outerFirst(a: OpenSpan, b: OpenSpan): number {
  return (
    b.end - a.end ||
    a.start - b.start ||
    (a.indicatorId < b.indicatorId ? -1 : a.indicatorId > b.indicatorId ? 1 : 0) ||
    a.order - b.order
  );
}

function openTag(span: HighlightSpan): string {
  const classes = ['ind', `ind-${cssToken(span.group)}`];
  if (span.contradicted) classes.push('ind-contradicted');
  return `<mark class="${escapeHtml(classes.join(' '))}" title="${escapeHtml(span.indicatorId)}">`;
}

function normaliseSpans(text: string, spans: readonly HighlightSpan[]): OpenSpan[] {
  const seen = new Set<string>();
  const result: OpenSpan[] = [];
  spans.forEach((span, order) => {
    const { start, end } = span;
    if (!Number.isInteger(start) || !Number.isInteger(end)) return;
    if (start < 0 || end > text.length || start >= end) return;
    const widened = { start: widenStart(text, start), end: widenEnd(text, end) };
    const key = `${widened.start}:${widened.end}:${span.indicatorId}:${span.contradicted === true}`;
    if (seen.has(key)) return;
    seen.add(key);
    result.push({ ...span, ...widened, order });
  });
  return result;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

function widenStart(text: string, start: number): number {
  return start > 0 && isLowSurrogate(text.charCodeAt(start)) && isHighSurrogate(text.charCodeAt(start - 1))
    ? start - 1
    : start;
}

function widenEnd(text: string, end: number): number {
  return end < text.length &&
    isLowSurrogate(text.charCodeAt(end)) &&
    isHighSurrogate(text.charCodeAt(end - 1))
    ? end + 1
    : end;
}
