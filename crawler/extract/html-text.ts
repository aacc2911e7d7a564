// HTML → readable plain text, shared by every extraction path.
//
// Hand-written rather than a library because no HTML-to-text package is a dependency and the rules
// are few and ours to pin: block elements end lines, paragraphs are separated by one blank line,
// markup never survives, and text the page escaped (`&lt;script&gt;`) survives as literal text —
// it is evidence, so it must read exactly as a visitor saw it.
import { load } from 'cheerio';

/** The parts of a parsed node the walker reads (structurally matches cheerio's nodes). */
export interface HtmlNode {
  type: string;
  name?: string;
  data?: string;
  children?: HtmlNode[];
}

/** Contents that are code or chrome, never advert text. */
const SKIPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'head',
  'iframe',
  'object',
  'embed',
  'svg',
  'math',
  'canvas',
  'audio',
  'video',
  'select',
]);

/** Elements set off by a blank line. */
const PARAGRAPH = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'dl',
  'table',
  'blockquote',
  'pre',
  'figure',
  'hr',
]);

/** Elements that start and end a line. */
const LINE = new Set([
  'div',
  'li',
  'tr',
  'dt',
  'dd',
  'section',
  'article',
  'header',
  'footer',
  'main',
  'nav',
  'aside',
  'address',
  'form',
  'fieldset',
  'legend',
  'details',
  'summary',
  'figcaption',
  'caption',
  'center',
  'option',
  'body',
  'html',
]);

const CELL = new Set(['td', 'th']);

/**
 * Characters that render as nothing. Removed because they only split words — and splitting words
 * (`what\u200Bsapp`) is a known way to slip past keyword filters.
 */
const INVISIBLE = /[\u00AD\u200B\u2060\uFEFF]/g;

/** Any run of white space, including no-break and other Unicode spaces. */
const SPACES = /\s+/g;

/** Accumulates text, turning requested breaks into at most one blank line. */
class TextBuilder {
  private out = '';
  private breaks = 0;
  private prefix = '';

  private atLineStart(): boolean {
    return this.out === '' || this.out.endsWith('\n');
  }

  /** Text already collapsed to single spaces (or raw, inside `<pre>`). */
  text(s: string): void {
    if (s === '') return;
    if (s.trim() === '') {
      // Inter-element white space: a single space between inline runs, nothing at a break.
      if (this.breaks > 0 || this.atLineStart() || this.out.endsWith(' ')) return;
      this.out += ' ';
      return;
    }
    if (this.breaks > 0 && this.out !== '') {
      this.out = this.out.replace(/ +$/, '') + '\n'.repeat(Math.min(this.breaks, 2));
    }
    this.breaks = 0;
    if (this.prefix !== '') {
      this.out += this.prefix;
      this.prefix = '';
      s = s.trimStart();
    } else if (this.atLineStart()) {
      s = s.trimStart();
    } else if (this.out.endsWith(' ') && s.startsWith(' ')) {
      s = s.slice(1);
    }
    this.out += s;
  }

  /** A block boundary needing `lines` line breaks (1: new line, 2: blank line). */
  block(lines: number): void {
    // A paragraph opening a list item stays on the item's line.
    if (this.prefix !== '') return;
    this.breaks = Math.max(this.breaks, lines);
  }

  /** `<br>`: breaks add up, so `<br><br>` is a blank line. */
  lineBreak(): void {
    this.breaks += 1;
  }

  /** A separator between table cells. */
  space(): void {
    if (!this.atLineStart() && !this.out.endsWith(' ') && this.breaks === 0) this.out += ' ';
  }

  setPrefix(prefix: string): void {
    this.prefix = prefix;
  }

  clearPrefix(): void {
    this.prefix = '';
  }

  result(): string {
    return tidyText(this.out);
  }
}

interface ListCounter {
  n: number;
}

/** A step of the walk: visit a node, or close an element once its children are done. */
type Step =
  { node: HtmlNode; inPre: boolean; list: ListCounter | undefined } | { close: string; lines: number };

// Iterative, not recursive: hostile pages nest elements thousands deep, which would exhaust the stack.
function walk(roots: readonly HtmlNode[], b: TextBuilder): void {
  const steps: Step[] = roots.map((node) => ({ node, inPre: false, list: undefined })).reverse();
  for (let step = steps.pop(); step !== undefined; step = steps.pop()) {
    if ('close' in step) {
      if (step.close === 'li') b.clearPrefix();
      if (CELL.has(step.close)) b.space();
      if (step.lines > 0) b.block(step.lines);
      continue;
    }
    const { node, inPre, list } = step;
    if (node.type === 'text') {
      const data = (node.data ?? '').replace(INVISIBLE, '');
      b.text(inPre ? data.replace(/\r\n?/g, '\n') : data.replace(SPACES, ' '));
      continue;
    }
    let name = '';
    let lines = 0;
    if (node.type !== 'cdata' && node.type !== 'root') {
      if (node.name === undefined) continue; // comments, doctypes, processing instructions
      name = node.name.toLowerCase();
      if (SKIPPED.has(name)) continue;
      if (name === 'br') {
        b.lineBreak();
        continue;
      }
      lines = PARAGRAPH.has(name) ? 2 : LINE.has(name) ? 1 : 0;
      if (lines > 0) b.block(lines);
      if (CELL.has(name)) b.space();
      if (name === 'li') {
        if (list !== undefined) list.n += 1;
        b.setPrefix(list !== undefined ? `${list.n}. ` : '- ');
      }
    }
    const childList = name === 'ol' ? { n: 0 } : name === 'ul' ? undefined : list;
    const childPre = inPre || name === 'pre';
    steps.push({ close: name, lines });
    const children = node.children ?? [];
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i];
      if (child !== undefined) steps.push({ node: child, inPre: childPre, list: childList });
    }
  }
}

/** Text of already-parsed nodes (e.g. a cheerio selection's `.get()`), block-aware. */
export function nodesToText(nodes: readonly HtmlNode[]): string {
  const b = new TextBuilder();
  walk(nodes, b);
  return b.result();
}

/** An HTML fragment → plain text: blocks and `<br>` become line breaks, paragraphs a blank line. */
export function htmlToText(html: string): string {
  const $ = load(html, null, false);
  return nodesToText($.root().get());
}

/** Decodes HTML character references (`&amp;`, `&#243;`, `&eacute;`) and nothing else. */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  // Escaping `<` makes the parser see one text node, so only references are interpreted.
  return load(s.replace(/</g, '&lt;'), null, false).root().text();
}

/** Normalises plain text: spaces collapsed within lines, at most one blank line, ends trimmed. */
export function tidyText(s: string): string {
  return s
    .replace(/\r\n?/g, '\n')
    .replace(INVISIBLE, '')
    .split('\n')
    .map((line) => line.replace(/[^\S\n]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Plain text that may carry character references (e.g. a JSON-LD string) → tidy text, line breaks kept. */
export function plainToText(s: string): string {
  return tidyText(decodeEntities(s));
}

/** Everything on one line: all white space collapsed to single spaces. */
export function toSingleLine(s: string): string {
  return s.replace(INVISIBLE, '').replace(SPACES, ' ').trim();
}

const TAG_NAMES =
  'p|br|div|span|ul|ol|li|b|strong|i|em|u|h[1-6]|a|table|tbody|thead|tr|td|th|section|article|blockquote|pre|hr|font|small|sup|sub|dl|dt|dd|img|center';

/**
 * Common formatting tags. `script` is deliberately absent: text with a `<script>` and no other markup
 * is more likely a poster's literal words than HTML, and must then survive as written.
 */
const MARKUP = new RegExp(`<\\/?(?:${TAG_NAMES})\\b[^<>]*>`, 'i');
const ESCAPED_MARKUP = new RegExp(`&lt;\\/?(?:${TAG_NAMES})\\b(?:(?!&gt;)[^<>])*&gt;`, 'i');

/** Does this string carry HTML formatting markup? */
export function looksLikeHtml(s: string): boolean {
  return MARKUP.test(s);
}

/**
 * A string of unknown kind — HTML, HTML escaped once more (common in JSON-LD descriptions), or plain
 * text with line breaks — → plain text.
 */
export function anyToText(s: string): string {
  if (looksLikeHtml(s)) return htmlToText(s);
  if (ESCAPED_MARKUP.test(s)) return htmlToText(decodeEntities(s));
  return plainToText(s);
}
