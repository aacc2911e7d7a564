// schema.org JobPosting microdata (`itemscope itemtype=".../JobPosting"`) → the same object shape as
// JSON-LD, so one mapping serves both. Values follow the HTML microdata rules: nested itemscopes are
// objects, `content`/`datetime`/`href`/`src` attributes win over text, text keeps its line breaks.
import type { CheerioAPI } from 'cheerio';
import { hasType, type JsonObject } from './jobposting-fields.ts';
import { nodesToText } from './html-text.ts';

/** Items nested deeper than this are not part of a job posting; the limit guards against hostile markup. */
const MAX_DEPTH = 16;

const URL_ATTRIBUTE: Record<string, string> = {
  a: 'href',
  area: 'href',
  link: 'href',
  img: 'src',
  audio: 'src',
  video: 'src',
  source: 'src',
  track: 'src',
  iframe: 'src',
  embed: 'src',
  object: 'data',
};

type Selection = ReturnType<CheerioAPI>;

function itemTypes($el: Selection): string[] {
  return ($el.attr('itemtype') ?? '').split(/\s+/).filter((t) => t !== '');
}

function propertyValue($: CheerioAPI, $el: Selection, depth: number): unknown {
  if ($el.attr('itemscope') !== undefined) return depth < MAX_DEPTH ? readItem($, $el, depth + 1) : {};
  const content = $el.attr('content');
  if (content !== undefined) return content;
  const tag = ($el.prop('tagName') ?? '').toLowerCase();
  if (tag === 'meta') return '';
  const urlAttribute = URL_ATTRIBUTE[tag];
  if (urlAttribute !== undefined) return $el.attr(urlAttribute) ?? '';
  if (tag === 'data' || tag === 'meter') return $el.attr('value') ?? '';
  if (tag === 'time') return $el.attr('datetime') ?? nodesToText($el.get());
  return nodesToText($el.get());
}

/** One item: its properties are the itemprop elements below it that are not inside a nested item. */
function readItem($: CheerioAPI, $item: Selection, depth: number): JsonObject {
  const item: JsonObject = { '@type': itemTypes($item) };
  // Iterative walk: deep hostile markup must not exhaust the stack.
  const stack = $item.children().get().reverse();
  for (let el = stack.pop(); el !== undefined; el = stack.pop()) {
    const $el = $(el);
    const names = ($el.attr('itemprop') ?? '').split(/\s+/).filter((n) => n !== '');
    if (names.length > 0) {
      const value = propertyValue($, $el, depth);
      for (const name of names) {
        const existing = item[name];
        item[name] =
          existing === undefined ? value : Array.isArray(existing) ? [...existing, value] : [existing, value];
      }
    }
    if ($el.attr('itemscope') === undefined) stack.push(...$el.children().get().reverse());
  }
  return item;
}

/** Every JobPosting item on the page, in document order, as JSON-LD-shaped objects. */
export function findMicrodataJobPostings($: CheerioAPI): JsonObject[] {
  const postings: JsonObject[] = [];
  $('[itemscope][itemtype]').each((_, el) => {
    const $el = $(el);
    const item: JsonObject = { '@type': itemTypes($el) };
    if (hasType(item, 'JobPosting')) postings.push(readItem($, $el, 0));
  });
  return postings;
}
