// Finds, in one pass over a folded text, which pattern anchors (see pattern.ts `Anchor`) occur and on
// which lines. Whole-word and word-prefix anchors share one trie walked from each word's first
// letter, word-suffix anchors a trie walked back from each word's last letter; both tries are flat
// transition tables, so the pass costs a few array reads per character whatever the number of
// anchors. Substring (infix) anchors are looked up only when a pattern asks for them.
//
// Lines matter because a phrase never matches across a line break: a phrase needs its anchors on
// one line, and the engine runs its regular expression only on such lines.
import { NON_WORD_CLASS } from './normalise.ts';
import type { Anchor } from './pattern.ts';

/** Bit i of a line mask stands for line i; the last bit for that line and every later one. */
export const LINE_BITS = 32;
/** Every line: what a pattern without anchors is run on. */
export const ALL_LINES = -1;

/** Characters that end a word in folded text (normalise.ts): `NON_WORD_CLASS` without escapes. */
const SEPARATOR = new Uint8Array(128);
for (const ch of NON_WORD_CLASS.replace(/\\n/g, '\n').replace(/\\/g, '')) SEPARATOR[ch.charCodeAt(0)] = 1;
const NEWLINE = 10;

const lineBit = (line: number): number => 1 << Math.min(line, LINE_BITS - 1);

/** A trie over the anchor texts as flat arrays: node × symbol → node (0: none; the root is 0). */
class Trie {
  next: Int32Array;
  /** For each node, the anchor ids that end there (CSR: ids[start[node]] … ids[start[node + 1]]). */
  start = new Int32Array(0);
  ids = new Int32Array(0);
  private nodes = 1;
  private pending: number[][] = [[]];

  constructor(private readonly symbols: number) {
    this.next = new Int32Array(64 * symbols);
  }

  add(path: readonly number[], id: number): void {
    let node = 0;
    for (const sym of path) {
      let child = this.next[node * this.symbols + sym]!;
      if (child === 0) {
        child = this.nodes++;
        if (this.nodes * this.symbols > this.next.length) {
          const grown = new Int32Array(this.next.length * 2);
          grown.set(this.next);
          this.next = grown;
        }
        this.next[node * this.symbols + sym] = child;
        this.pending.push([]);
      }
      node = child;
    }
    this.pending[node]!.push(id);
  }

  /** Packs the anchor lists once every anchor is added. */
  seal(): void {
    this.next = this.next.slice(0, this.nodes * this.symbols);
    this.start = new Int32Array(this.nodes + 1);
    const ids: number[] = [];
    this.pending.forEach((list, node) => {
      this.start[node] = ids.length;
      ids.push(...list);
    });
    this.start[this.nodes] = ids.length;
    this.ids = Int32Array.from(ids);
    this.pending = [];
  }
}

/** Where the anchors of one folded text are: filled by `AnchorIndex.scan`, reused between texts. */
export class AnchorScan {
  text = '';
  /** Start offset of each line. */
  lineStarts = new Int32Array(64);
  lineCount = 0;
  /** masks[id] is valid only when stamps[id] equals `stamp`, so nothing is cleared between texts. */
  readonly masks: Int32Array;
  readonly stamps: Int32Array;
  stamp = 0;
  /**
   * Word starts where each tracked anchor occurs, in text order: a linked list through `at` and
   * `next` from first[id] (valid with stamps[id]) to last[id]; -1 ends it.
   */
  readonly first: Int32Array;
  readonly last: Int32Array;
  at = new Int32Array(256);
  next = new Int32Array(256);
  occurrences = 0;

  constructor(anchors: number) {
    this.masks = new Int32Array(anchors);
    this.stamps = new Int32Array(anchors);
    this.first = new Int32Array(anchors);
    this.last = new Int32Array(anchors);
  }

  /** Word starts where anchor `id` (tracked) occurs, appended to `out` in text order. */
  starts(id: number, out: number[]): void {
    if (this.stamps[id] !== this.stamp) return;
    for (let k = this.first[id]!; k >= 0; k = this.next[k]!) out.push(this.at[k]!);
  }

  /** Appends an occurrence of anchor `id`; `fresh` when it is the anchor's first in this text. */
  record(id: number, position: number, fresh: boolean): void {
    const k = this.occurrences++;
    if (k === this.at.length) {
      const at = new Int32Array(k * 2);
      at.set(this.at);
      this.at = at;
      const next = new Int32Array(k * 2);
      next.set(this.next);
      this.next = next;
    }
    this.at[k] = position;
    this.next[k] = -1;
    if (fresh) this.first[id] = k;
    else this.next[this.last[id]!] = k;
    this.last[id] = k;
  }

  /** The line holding offset `at`. */
  lineOf(at: number): number {
    let lo = 0;
    let hi = this.lineCount - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (this.lineStarts[mid]! <= at) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** [start, end) of the text covered by the lines of bits `from`…`to` of a line mask. */
  span(from: number, to: number): [number, number] {
    const start = this.lineStarts[from]!;
    const last = to === LINE_BITS - 1 ? this.lineCount - 1 : to;
    return [start, last + 1 < this.lineCount ? this.lineStarts[last + 1]! - 1 : this.text.length];
  }
}

/** The anchors of every pattern of an engine, numbered, and the tries that find them. */
export class AnchorIndex {
  private readonly ids = new Map<string, number>();
  private readonly anchors: Anchor[] = [];
  private symbolOf = new Int32Array(0x10000);
  private symbols = 1; // 0: a word character no anchor uses
  private forward?: Trie;
  private backward?: Trie;
  /** Word anchors are found at the node where a word ends, prefix anchors at any node on the way. */
  private isWord = new Uint8Array(0);
  private isInfix = new Uint8Array(0);
  /** Anchors whose word starts are recorded (see AnchorScan.starts). */
  private tracked = new Uint8Array(0);
  private readonly toTrack = new Set<number>();

  /** Records where anchor `id` occurs (word starts), not only on which lines. Before `seal`. */
  track(id: number): void {
    this.toTrack.add(id);
  }

  /** The id of an anchor, numbering it on first sight (before `seal`). */
  id(anchor: Anchor): number {
    const key = `${anchor.kind}:${anchor.text}`;
    let id = this.ids.get(key);
    if (id === undefined) {
      if (this.forward) throw new Error('AnchorIndex: anchors cannot be added after seal()');
      id = this.anchors.length;
      this.anchors.push(anchor);
      this.ids.set(key, id);
    }
    return id;
  }

  get size(): number {
    return this.anchors.length;
  }

  /** Builds the tries; call once every anchor has an id. */
  seal(): void {
    for (const a of this.anchors) {
      if (a.kind === 'infix') continue;
      for (let i = 0; i < a.text.length; i++) {
        const code = a.text.charCodeAt(i);
        if (this.symbolOf[code] === 0) this.symbolOf[code] = this.symbols++;
      }
    }
    const forward = new Trie(this.symbols);
    const backward = new Trie(this.symbols);
    this.isWord = new Uint8Array(this.anchors.length);
    this.isInfix = new Uint8Array(this.anchors.length);
    this.tracked = new Uint8Array(this.anchors.length);
    for (const id of this.toTrack) this.tracked[id] = 1;
    this.anchors.forEach((a, id) => {
      const path = [...Array(a.text.length).keys()].map((i) => this.symbolOf[a.text.charCodeAt(i)]!);
      if (a.kind === 'word' || a.kind === 'prefix') forward.add(path, id);
      else if (a.kind === 'suffix') backward.add(path.reverse(), id);
      else this.isInfix[id] = 1;
      if (a.kind === 'word') this.isWord[id] = 1;
    });
    forward.seal();
    backward.seal();
    this.forward = forward;
    this.backward = backward;
  }

  /** A reusable result buffer for `scan`. */
  newScan(): AnchorScan {
    return new AnchorScan(this.anchors.length);
  }

  /** Records in `into` the lines of every word, prefix and suffix anchor that occurs in `text`. */
  scan(text: string, into: AnchorScan, stamp: number): void {
    const fwd = this.forward;
    const bwd = this.backward;
    if (!fwd || !bwd) throw new Error('AnchorIndex: call seal() before scan()');
    const symbolOf = this.symbolOf;
    const syms = this.symbols;
    const { masks, stamps } = into;
    into.text = text;
    into.stamp = stamp;
    into.occurrences = 0;
    const tracked = this.tracked;
    let lineStarts = into.lineStarts;
    lineStarts[0] = 0;
    let line = 0;
    const n = text.length;

    const mark = (trie: Trie, node: number, wordEnd: boolean, wordStart: number): void => {
      for (let k = trie.start[node]!, end = trie.start[node + 1]!; k < end; k++) {
        const id = trie.ids[k]!;
        if (this.isWord[id] === 1 && !wordEnd) continue;
        const bit = lineBit(line);
        const fresh = stamps[id] !== stamp;
        if (fresh) {
          stamps[id] = stamp;
          masks[id] = bit;
        } else masks[id]! |= bit;
        if (tracked[id] === 1) into.record(id, wordStart, fresh);
      }
    };

    let i = 0;
    while (i < n) {
      let code = text.charCodeAt(i);
      if (code < 128 && SEPARATOR[code] === 1) {
        if (code === NEWLINE) {
          line++;
          if (line === lineStarts.length) {
            const grown = new Int32Array(lineStarts.length * 2);
            grown.set(lineStarts);
            lineStarts = into.lineStarts = grown;
          }
          lineStarts[line] = i + 1;
        }
        i++;
        continue;
      }
      // A word: walk the forward trie while it has the letters.
      const wordStart = i;
      let node = 0;
      for (;;) {
        if (node >= 0) {
          const sym = symbolOf[code]!;
          const child = sym === 0 ? 0 : fwd.next[node * syms + sym]!;
          if (child === 0) node = -1;
          else {
            node = child;
            if (fwd.start[node] !== fwd.start[node + 1]) {
              const wordEnd = i + 1 === n || isSeparator(text.charCodeAt(i + 1));
              mark(fwd, node, wordEnd, wordStart);
            }
          }
        }
        i++;
        if (i === n) break;
        code = text.charCodeAt(i);
        if (code < 128 && SEPARATOR[code] === 1) break;
      }
      // And the backward trie from its last letter.
      node = 0;
      for (let k = i - 1; k >= wordStart; k--) {
        const sym = symbolOf[text.charCodeAt(k)]!;
        const child = sym === 0 ? 0 : bwd.next[node * syms + sym]!;
        if (child === 0) break;
        node = child;
        if (bwd.start[node] !== bwd.start[node + 1]) mark(bwd, node, false, wordStart);
      }
    }
    into.lineCount = line + 1;
  }

  /**
   * The line mask of anchor `id` in the scanned text (0: absent). Infix anchors are searched for
   * here, on first request.
   */
  lines(into: AnchorScan, id: number): number {
    if (into.stamps[id] === into.stamp) return into.masks[id]!;
    if (this.isInfix[id] !== 1) return 0;
    const needle = this.anchors[id]!.text;
    let mask = 0;
    for (let at = into.text.indexOf(needle); at >= 0; at = into.text.indexOf(needle, at + 1))
      mask |= lineBit(into.lineOf(at));
    into.stamps[id] = into.stamp;
    into.masks[id] = mask;
    return mask;
  }
}

function isSeparator(code: number): boolean {
  return code < 128 && SEPARATOR[code] === 1;
}
