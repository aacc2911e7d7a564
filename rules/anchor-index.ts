// Finds, in one pass over a folded text, which pattern anchors (see pattern.ts `Anchor`) occur and on
// which lines. Whole-word and word-prefix anchors share one trie walked from each word's first
// letter, word-suffix anchors a trie walked back from each word's last letter; both tries are flat
// arrays, so the pass costs a few array reads per character whatever the number of anchors, and
// an engine builds them only for the anchors of the packs an advert is matched with. Substring
// (infix) anchors, which may start anywhere in a word, are found in a second pass by an Aho–Corasick
// automaton over every character: a substring search for each one a pattern asked for (a few dozen
// per advert) made the engine 1.11–1.19× slower than this pass does.
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

/**
 * A trie over anchor texts in flat arrays. The root's children are a table by symbol (every word
 * starts there); other nodes, which mostly have one child, list theirs (childSym/childNode from
 * childStart[node] to childStart[node + 1]), which keeps the trie small enough to stay in the
 * processor's caches.
 */
class Trie {
  rootNext = new Int32Array(0);
  childStart = new Int32Array(0);
  childSym = new Int32Array(0);
  childNode = new Int32Array(0);
  /**
   * Anchor ids ending at each node: ids[start[node]] … ids[middle[node]] count wherever the node is
   * reached, ids[middle[node]] … ids[start[node + 1]] only when the word ends there.
   */
  start = new Int32Array(0);
  middle = new Int32Array(0);
  ids = new Int32Array(0);
  private children: Map<number, number>[] = [new Map()];
  private anywhere: number[][] = [[]];
  private atEnd: number[][] = [[]];

  constructor(private readonly symbols: number) {}

  add(path: readonly number[], id: number, onlyAtEnd: boolean): void {
    let node = 0;
    for (const sym of path) {
      let child = this.children[node]!.get(sym);
      if (child === undefined) {
        child = this.children.length;
        this.children.push(new Map());
        this.anywhere.push([]);
        this.atEnd.push([]);
        this.children[node]!.set(sym, child);
      }
      node = child;
    }
    (onlyAtEnd ? this.atEnd : this.anywhere)[node]!.push(id);
  }

  /** Packs the trie once every anchor is added. */
  seal(): this {
    const nodes = this.children.length;
    this.rootNext = new Int32Array(this.symbols);
    for (const [sym, child] of this.children[0]!) this.rootNext[sym] = child;
    this.childStart = new Int32Array(nodes + 1);
    const syms: number[] = [];
    const next: number[] = [];
    this.children.forEach((map, node) => {
      this.childStart[node] = syms.length;
      if (node === 0) return;
      for (const [sym, child] of map) {
        syms.push(sym);
        next.push(child);
      }
    });
    this.childStart[nodes] = syms.length;
    this.childSym = Int32Array.from(syms);
    this.childNode = Int32Array.from(next);

    this.start = new Int32Array(nodes + 1);
    this.middle = new Int32Array(nodes);
    const ids: number[] = [];
    for (let node = 0; node < nodes; node++) {
      this.start[node] = ids.length;
      ids.push(...this.anywhere[node]!);
      this.middle[node] = ids.length;
      ids.push(...this.atEnd[node]!);
    }
    this.start[nodes] = ids.length;
    this.ids = Int32Array.from(ids);
    this.children = [];
    this.anywhere = [];
    this.atEnd = [];
    return this;
  }

  /** The child of `node` by symbol `sym` (not 0), or 0. */
  step(node: number, sym: number): number {
    if (node === 0) return this.rootNext[sym]!;
    for (let k = this.childStart[node]!, end = this.childStart[node + 1]!; k < end; k++)
      if (this.childSym[k] === sym) return this.childNode[k]!;
    return 0;
  }
}

/**
 * An Aho–Corasick automaton over the infix anchors, with every transition precomputed (a table of
 * states by symbol), so each character of a text costs one table read. Symbols are those of the
 * infix anchors' characters; 0 stands for a character none of them has, which leads to the root.
 */
class InfixAutomaton {
  /**
   * Transitions by `state * symbols + symbol`, each giving the next state times `symbols` (the
   * index of its row), or that index's complement (`~`) when anchors end at the next state.
   */
  readonly next: Int32Array;
  /** Anchor ids ending at each state (its own and those of its suffix states): outStart[s] … outStart[s + 1]. */
  readonly outStart: Int32Array;
  readonly outIds: Int32Array;

  constructor(
    readonly symbols: number,
    paths: ReadonlyArray<{ path: readonly number[]; id: number }>,
  ) {
    // Goto function as a trie.
    const children: Map<number, number>[] = [new Map()];
    const own: number[][] = [[]];
    for (const { path, id } of paths) {
      let node = 0;
      for (const sym of path) {
        let child = children[node]!.get(sym);
        if (child === undefined) {
          child = children.length;
          children.push(new Map());
          own.push([]);
          children[node]!.set(sym, child);
        }
        node = child;
      }
      own[node]!.push(id);
    }
    const states = children.length;
    const next = new Int32Array(states * symbols);
    const fail = new Int32Array(states);
    const out: number[][] = own.map((ids) => [...ids]);
    // Breadth first, so a state's failure state is complete before its children are filled in.
    const queue: number[] = [];
    for (const [sym, child] of children[0]!) {
      next[sym] = child;
      queue.push(child);
    }
    for (let q = 0; q < queue.length; q++) {
      const state = queue[q]!;
      out[state]!.push(...out[fail[state]!]!);
      for (let sym = 1; sym < symbols; sym++) {
        const child = children[state]!.get(sym);
        if (child === undefined) next[state * symbols + sym] = next[fail[state]! * symbols + sym]!;
        else {
          next[state * symbols + sym] = child;
          fail[child] = next[fail[state]! * symbols + sym]!;
          queue.push(child);
        }
      }
    }
    for (let k = 0; k < next.length; k++) {
      const to = next[k]!;
      next[k] = out[to]!.length > 0 ? ~(to * symbols) : to * symbols;
    }
    this.next = next;
    this.outStart = new Int32Array(states + 1);
    const ids: number[] = [];
    for (let state = 0; state < states; state++) {
      this.outStart[state] = ids.length;
      ids.push(...out[state]!);
    }
    this.outStart[states] = ids.length;
    this.outIds = Int32Array.from(ids);
  }
}

/** Tries for a subset of the anchors (those of the rule packs one advert is matched with). */
export interface AnchorFinder {
  readonly forward: Trie;
  readonly backward: Trie;
  /** The subset's infix anchors; undefined when it has none. */
  readonly infix?: InfixAutomaton;
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
  /** The line bit of each occurrence. */
  bits = new Int32Array(256);
  next = new Int32Array(256);
  occurrences = 0;
  /** The anchors found by the last scan, each once: found[0] … found[foundCount - 1]. */
  found = new Int32Array(256);
  foundCount = 0;

  constructor(anchors: number) {
    this.masks = new Int32Array(anchors);
    this.stamps = new Int32Array(anchors);
    this.first = new Int32Array(anchors);
    this.last = new Int32Array(anchors);
  }

  /** Notes anchor `id` on the line of bit `bit`; true when it is the anchor's first in this text. */
  note(id: number, bit: number): boolean {
    if (this.stamps[id] === this.stamp) {
      this.masks[id]! |= bit;
      return false;
    }
    this.stamps[id] = this.stamp;
    this.masks[id] = bit;
    if (this.foundCount === this.found.length) this.found = grow(this.found);
    this.found[this.foundCount++] = id;
    return true;
  }

  /** The line mask of anchor `id` in the scanned text: 0 when it does not occur (or was not looked for). */
  lines(id: number): number {
    return this.stamps[id] === this.stamp ? this.masks[id]! : 0;
  }

  /**
   * Word starts where anchor `id` (tracked) occurs on the lines of line mask `lines`, appended to
   * `out` in text order.
   */
  starts(id: number, lines: number, out: number[]): void {
    if (this.stamps[id] !== this.stamp) return;
    for (let k = this.first[id]!; k >= 0; k = this.next[k]!)
      if ((this.bits[k]! & lines) !== 0) out.push(this.at[k]!);
  }

  /** Appends an occurrence of anchor `id`; `fresh` when it is the anchor's first in this text. */
  record(id: number, position: number, bit: number, fresh: boolean): void {
    const k = this.occurrences++;
    if (k === this.at.length) {
      this.at = grow(this.at);
      this.bits = grow(this.bits);
      this.next = grow(this.next);
    }
    this.at[k] = position;
    this.bits[k] = bit;
    this.next[k] = -1;
    if (fresh) this.first[id] = k;
    else this.next[this.last[id]!] = k;
    this.last[id] = k;
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
  private readonly symbolOf = new Int32Array(0x10000);
  private symbols = 1; // 0: a word character no anchor uses
  /** Symbols of the infix anchors' characters, any character (separators too); 0: none has it. */
  private readonly infixSymbolOf = new Int32Array(0x10000);
  private infixSymbols = 1;
  /** Line breaks inside each anchor's text: an infix occurrence found at its end began that many lines up. */
  private breaks = new Int32Array(0);
  private sealed = false;
  /** Anchors whose word starts are recorded (see AnchorScan.starts). */
  private tracked = new Uint8Array(0);
  private readonly toTrack = new Set<number>();

  /** The id of an anchor, numbering it on first sight (before `seal`). */
  id(anchor: Anchor): number {
    const key = `${anchor.kind}:${anchor.text}`;
    let id = this.ids.get(key);
    if (id === undefined) {
      if (this.sealed) throw new Error('AnchorIndex: anchors cannot be added after seal()');
      id = this.anchors.length;
      this.anchors.push(anchor);
      this.ids.set(key, id);
    }
    return id;
  }

  /** Records where anchor `id` occurs (word starts), not only on which lines. Before `seal`. */
  track(id: number): void {
    this.toTrack.add(id);
  }

  get size(): number {
    return this.anchors.length;
  }

  /** Fixes the anchors; call once every anchor has an id, before `finder` and `scan`. */
  seal(): void {
    for (const a of this.anchors) {
      const infix = a.kind === 'infix';
      const symbolOf = infix ? this.infixSymbolOf : this.symbolOf;
      for (let i = 0; i < a.text.length; i++) {
        const code = a.text.charCodeAt(i);
        if (symbolOf[code] === 0) symbolOf[code] = infix ? this.infixSymbols++ : this.symbols++;
      }
    }
    // Not a final one: the scan counts a line break after it has reported what ends there.
    this.breaks = Int32Array.from(this.anchors, (a) => a.text.slice(0, -1).split('\n').length - 1);
    this.tracked = new Uint8Array(this.anchors.length);
    for (const id of this.toTrack) this.tracked[id] = 1;
    this.sealed = true;
  }

  /** Tries and the infix automaton that find the anchors `ids`. */
  finder(ids: Iterable<number>): AnchorFinder {
    if (!this.sealed) throw new Error('AnchorIndex: call seal() before finder()');
    const forward = new Trie(this.symbols);
    const backward = new Trie(this.symbols);
    const infix: { path: number[]; id: number }[] = [];
    for (const id of new Set(ids)) {
      const a = this.anchors[id]!;
      const symbolOf = a.kind === 'infix' ? this.infixSymbolOf : this.symbolOf;
      const path = Array.from(a.text, (_, i) => symbolOf[a.text.charCodeAt(i)]!);
      if (a.kind === 'word' || a.kind === 'prefix') forward.add(path, id, a.kind === 'word');
      else if (a.kind === 'suffix') backward.add(path.reverse(), id, false);
      else if (path.length > 0) infix.push({ path, id });
    }
    return {
      forward: forward.seal(),
      backward: backward.seal(),
      ...(infix.length > 0 ? { infix: new InfixAutomaton(this.infixSymbols, infix) } : {}),
    };
  }

  /** A reusable result buffer for `scan`. */
  newScan(): AnchorScan {
    return new AnchorScan(this.anchors.length);
  }

  /**
   * Records in `into` the lines of every anchor of `finder` that occurs in `text` (as a word, a
   * word's prefix or suffix, or anywhere for infix anchors), and the word starts of the tracked ones.
   */
  scan(text: string, finder: AnchorFinder, into: AnchorScan, stamp: number): void {
    const { forward: fwd, backward: bwd } = finder;
    const symbolOf = this.symbolOf;
    const fwdStart = fwd.start;
    const fwdMiddle = fwd.middle;
    const bwdStart = bwd.start;
    into.text = text;
    into.stamp = stamp;
    into.occurrences = 0;
    into.foundCount = 0;
    let lineStarts = into.lineStarts;
    lineStarts[0] = 0;
    let line = 0;
    let bit = 1;
    const n = text.length;

    let i = 0;
    while (i < n) {
      let code = text.charCodeAt(i);
      if (code < 128 && SEPARATOR[code] === 1) {
        if (code === NEWLINE) {
          line++;
          bit = lineBit(line);
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
          node = sym === 0 ? -1 : fwd.step(node, sym) || -1;
          if (node > 0) {
            const from = fwdStart[node]!;
            const to = fwdStart[node + 1]!;
            if (from !== to) {
              const wordEnd = i + 1 === n || isSeparator(text.charCodeAt(i + 1));
              this.mark(fwd.ids, from, wordEnd ? to : fwdMiddle[node]!, into, bit, wordStart);
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
        node = sym === 0 ? 0 : bwd.step(node, sym);
        if (node === 0) break;
        const from = bwdStart[node]!;
        const to = bwdStart[node + 1]!;
        if (from !== to) this.mark(bwd.ids, from, to, into, bit, wordStart);
      }
    }
    into.lineCount = line + 1;
    if (finder.infix) this.scanInfix(text, finder.infix, into);
  }

  /** Records the lines of the automaton's anchors that occur in `text`, anywhere. */
  private scanInfix(text: string, automaton: InfixAutomaton, into: AnchorScan): void {
    const { next, outStart, outIds, symbols } = automaton;
    const symbolOf = this.infixSymbolOf;
    let line = 0;
    let row = 0;
    for (let i = 0, n = text.length; i < n; i++) {
      const code = text.charCodeAt(i);
      row = next[row + symbolOf[code]!]!;
      if (row >= 0) {
        if (code === NEWLINE) line++;
        continue;
      }
      row = ~row;
      const state = row / symbols;
      for (let k = outStart[state]!, end = outStart[state + 1]!; k < end; k++) {
        const id = outIds[k]!;
        into.note(id, lineBit(line - this.breaks[id]!));
      }
      if (code === NEWLINE) line++;
    }
  }

  /** Records anchors ids[from] … ids[to] as found on line `bit`, in the word starting at `wordStart`. */
  private mark(
    ids: Int32Array,
    from: number,
    to: number,
    into: AnchorScan,
    bit: number,
    wordStart: number,
  ): void {
    for (let k = from; k < to; k++) {
      const id = ids[k]!;
      const fresh = into.note(id, bit);
      if (this.tracked[id] === 1) into.record(id, wordStart, bit, fresh);
    }
  }
}

function grow(from: Int32Array): Int32Array<ArrayBuffer> {
  const to = new Int32Array(from.length * 2);
  to.set(from);
  return to;
}

function isSeparator(code: number): boolean {
  return code < 128 && SEPARATOR[code] === 1;
}
