// Compiles the analyst-facing phrase syntax of the rule packs to regular expressions over folded
// text (see normalise.ts). The syntax is documented for analysts in rules/packs/README.md:
//
//   words separated by spaces   any run of spaces/punctuation between them (not . ! ? ; or a line break)
//   stem*  *suffix  a*b         `*` stands for any letters (inflections, German compounds)
//   (a|b c|d)                   alternatives, each a word or phrase; may be glued to letters: opłat(a|y)
//   [the] / [a|an]              optional word(s)
//   ~ / ~N                      up to N (default 3) arbitrary words in between
//   #                           a number (1, 18, 1.200, 3 000)
//   \x                          the character x literally
//
// Hand-written rather than taken from a library: the syntax has to stay small enough for analysts,
// fold case and diacritics like the text it runs on, and treat letters of any script as word
// letters, which general glob or phrase-search libraries do not do. Pure: no I/O.
import { foldChar, foldString, NON_WORD_CLASS } from './normalise.ts';
import { requiredLiterals, regexStartLiterals } from './regex-literals.ts';

/** A pattern in a rule pack: a phrase in the syntax above, or a regular expression over folded text. */
export type Pattern = string | { regex: string };

/** A pattern compiled once at engine creation. */
export interface CompiledPattern {
  /** The pattern as written in the pack, for error messages and coverage checks. */
  readonly source: string;
  /** Global regular expression over folded text (analysts' own expressions also get the u flag). */
  readonly regex: RegExp;
  /**
   * Quick rejection: every inner list must have one entry that occurs in the folded text, or the
   * pattern cannot match. Lets the engine skip most regular expressions on most adverts.
   */
  readonly anchors: readonly (readonly Anchor[])[];
  /** Matches must start at a word start (phrases); checked per match, see findMatches. */
  readonly wordStart: boolean;
  /**
   * No match crosses a line break, and each set of `anchors` has an entry inside every match
   * (phrases): the engine then runs the expression only on the lines that hold the anchors.
   */
  readonly lineBound: boolean;
  /**
   * Every match begins with one of these literals at a word start (phrases, and expressions that
   * begin with the word-start check, which also allows a start right after `_`): the engine tries
   * the expression only at the starts of the words that begin with one of them.
   */
  readonly starts?: readonly string[];
}

/** A pattern that cannot be compiled; `fix` says what to change. */
export class PatternError extends Error {
  constructor(
    message: string,
    readonly fix: string,
  ) {
    super(message);
    this.name = 'PatternError';
  }
}

// Folded text has only letters, digits and the ASCII separators of NON_WORD_CLASS (see normalise.ts),
// so word edges are plain ASCII classes.
const WORD = `[^${NON_WORD_CLASS}]`;
const NOT_AFTER = `(?!${WORD})`;
// Between words: spaces and in-sentence punctuation, never a sentence end or a line break.
const SEP = "[ ,:'\\-/+%]+";
// Between a number and a word the separator may be absent ("12h", "€200").
const SEP_OPT = "[ ,:'\\-/+%]*";
const NUMBER = "[0-9]+(?:[.,' ][0-9]{3})*(?:[.,][0-9]{1,2})?";
const ANY_WORD = `${WORD}+`;
// `*` stands for letters only, so "fee*" does not run into "fee2".
const STAR = `[^${NON_WORD_CLASS}0-9]*`;
const MAX_GAP = 10;
/**
 * Anchors of this length or more select well. Shorter ones ("go" of "go-go", "zi" of "pe zi", the
 * "2" of "2#") are kept too: the engine finds any anchor in the same single pass, and without them
 * a whole pattern would have no anchor and run on every advert.
 */
const STRONG_ANCHOR = 3;
/** Literal text a regular expression must contain is found anywhere in a text: a short one filters nothing. */
const MIN_REGEX_LITERAL = 3;
const SYNTAX = new Set(['(', ')', '[', ']', '|', '*', '#', '~', '\\']);

/** Whitespace, or a character that folding turns into a space (quotes, symbols): a word break. */
function isSpace(ch: string): boolean {
  return /\s/u.test(ch) || (!SYNTAX.has(ch) && foldChar(ch) === ' ');
}

type Seq = Item[];
type Item = { kind: 'gap'; max: number } | { kind: 'word'; pieces: Piece[] };
type Piece =
  | { kind: 'lit'; text: string }
  | { kind: 'punct'; text: string }
  | { kind: 'star' }
  | { kind: 'num' }
  | { kind: 'group'; alts: Seq[]; optional: boolean };

class Parser {
  private p = 0;
  constructor(private readonly s: string) {}

  parse(): Seq {
    const seq = this.seq();
    if (this.p < this.s.length) {
      const ch = this.s[this.p]!;
      throw new PatternError(
        `unexpected '${ch}' at position ${this.p + 1}`,
        ch === '|'
          ? 'put alternatives inside parentheses: (a|b)'
          : `remove the '${ch}' or add the matching opening bracket`,
      );
    }
    return seq;
  }

  /** Words up to the end, a '|' or a closing bracket (the caller decides whether that is valid). */
  private seq(): Seq {
    const items: Seq = [];
    for (;;) {
      while (this.p < this.s.length && isSpace(this.s[this.p]!)) this.p++;
      if (this.p >= this.s.length) return items;
      const ch = this.s[this.p]!;
      if (ch === '|' || ch === ')' || ch === ']') return items;
      if (ch === '~') items.push(this.gap());
      else items.push({ kind: 'word', pieces: this.word() });
    }
  }

  private gap(): Item {
    const start = this.p;
    this.p++;
    let digits = '';
    while (this.p < this.s.length && /[0-9]/.test(this.s[this.p]!)) digits += this.s[this.p++];
    if (this.p < this.s.length && !isSpace(this.s[this.p]!) && !'|)]'.includes(this.s[this.p]!)) {
      throw new PatternError(
        `'~' at position ${start + 1} must stand alone as a word`,
        "write a gap as a separate word: 'deducted ~3 salary'",
      );
    }
    const max = digits === '' ? 3 : Number(digits);
    if (max < 1 || max > MAX_GAP) {
      throw new PatternError(`gap '~${digits}' is out of range`, `use a gap between ~1 and ~${MAX_GAP}`);
    }
    return { kind: 'gap', max };
  }

  private word(): Piece[] {
    const pieces: Piece[] = [];
    const pushLit = (text: string): void => {
      const last = pieces[pieces.length - 1];
      if (last?.kind === 'lit') last.text += text;
      else pieces.push({ kind: 'lit', text });
    };
    while (this.p < this.s.length) {
      const ch = this.s[this.p]!;
      if (isSpace(ch) || ch === '|' || ch === ')' || ch === ']') break;
      if (ch === '(' || ch === '[') {
        const open = this.p++;
        const close = ch === '(' ? ')' : ']';
        const alts: Seq[] = [];
        for (;;) {
          const alt = this.seq();
          if (alt.length === 0) {
            throw new PatternError(
              `empty alternative in the group opened at position ${open + 1}`,
              'remove the empty alternative; mark optional words with [word] instead',
            );
          }
          alts.push(alt);
          const next = this.s[this.p];
          if (next === '|') {
            this.p++;
            continue;
          }
          if (next === close) {
            this.p++;
            break;
          }
          if (next === ')' || next === ']') {
            throw new PatternError(
              `'${next}' at position ${this.p + 1} does not match the '${ch}' opened at position ${open + 1}`,
              `close the '${ch}' with '${close}'`,
            );
          }
          throw new PatternError(
            `missing '${close}' for the '${ch}' opened at position ${open + 1}`,
            `close every '${ch}' with '${close}'`,
          );
        }
        pieces.push({ kind: 'group', alts, optional: ch === '[' });
      } else if (ch === '*') {
        this.p++;
        if (pieces[pieces.length - 1]?.kind !== 'star') pieces.push({ kind: 'star' });
      } else if (ch === '#') {
        this.p++;
        pieces.push({ kind: 'num' });
      } else if (ch === '~') {
        throw new PatternError(
          `'~' at position ${this.p + 1} must stand alone as a word`,
          "write a gap as a separate word: 'deducted ~3 salary'",
        );
      } else if (ch === '\\') {
        const next = this.s[this.p + 1];
        if (next === undefined) throw new PatternError('pattern ends with a lone backslash', 'remove it');
        this.p += 2;
        if (/[\p{L}\p{N}]/u.test(next)) pushLit(foldChar(next));
        else pieces.push({ kind: 'punct', text: next });
      } else {
        const cp = this.s.codePointAt(this.p)!;
        const c = String.fromCodePoint(cp);
        this.p += c.length;
        if (/[\p{L}\p{N}]/u.test(c)) pushLit(foldChar(c));
        else if (/\p{M}/u.test(c)) continue;
        else pieces.push({ kind: 'punct', text: foldString(c) });
      }
    }
    return pieces;
  }
}

// Only syntax characters: escaping anything else (e.g. '-') is an error under the u flag.
const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

type Group = Extract<Piece, { kind: 'group' }>;

/** A word made of one optional group: `[a|b]`. */
function isOptionalItem(item: Item): item is Extract<Item, { kind: 'word' }> & { pieces: [Group] } {
  return (
    item.kind === 'word' &&
    item.pieces.length === 1 &&
    item.pieces[0]!.kind === 'group' &&
    item.pieces[0]!.optional
  );
}

function mayStartWithDigit(pieces: Piece[]): boolean {
  const first = pieces[0];
  if (!first) return false;
  if (first.kind === 'num') return true;
  if (first.kind === 'lit') return /^[0-9]/.test(first.text);
  if (first.kind === 'group') {
    return first.alts.some((alt) => alt[0]?.kind === 'word' && mayStartWithDigit(alt[0].pieces));
  }
  return false;
}

function mayEndWithDigit(pieces: Piece[]): boolean {
  const last = pieces[pieces.length - 1];
  if (!last) return false;
  if (last.kind === 'num') return true;
  if (last.kind === 'lit') return /[0-9]$/.test(last.text);
  if (last.kind === 'group') {
    return last.alts.some((alt) => {
      const end = alt[alt.length - 1];
      return end?.kind === 'word' && mayEndWithDigit(end.pieces);
    });
  }
  return false;
}

function wordRe(pieces: Piece[]): string {
  return pieces
    .map((piece, i) => {
      switch (piece.kind) {
        case 'lit':
          return escapeRe(piece.text);
        case 'punct': {
          // In-word punctuation is optional ("e-mail" ~ "email", "24/7" ~ "247"); at a word edge it is required.
          const inner = i > 0 && i < pieces.length - 1;
          return inner ? `(?:${escapeRe(piece.text)})?` : escapeRe(piece.text);
        }
        case 'star':
          return STAR;
        case 'num':
          return NUMBER;
        case 'group': {
          const body = groupRe(piece);
          return piece.optional ? `${body}?` : body;
        }
      }
    })
    .join('');
}

function groupRe(group: Group): string {
  return `(?:${group.alts.map(seqRe).join('|')})`;
}

/** Where the items of a phrase sit: the first required item and the separator regex before each item. */
function layout(seq: Seq): { firstRequired: number; sep: string[] } {
  const firstRequired = seq.findIndex((item) => item.kind === 'word' && !isOptionalItem(item));
  if (firstRequired < 0) {
    throw new PatternError('every word in this phrase is optional', 'make at least one word required');
  }
  if (seq[0]!.kind === 'gap' || seq[seq.length - 1]!.kind === 'gap') {
    throw new PatternError('a gap (~N) cannot start or end a phrase', 'put words on both sides of the gap');
  }
  // sep[i]: between item i and its neighbour (the next one before the first required item, else the previous one).
  const sep = seq.map((item, i) => {
    if (item.kind === 'gap' || i === firstRequired) return '';
    const other = i < firstRequired ? seq[i + 1] : seq[i - 1];
    const digit =
      (i < firstRequired ? mayEndWithDigit(item.pieces) : mayStartWithDigit(item.pieces)) ||
      (other?.kind === 'word' &&
        (i < firstRequired ? mayStartWithDigit(other.pieces) : mayEndWithDigit(other.pieces)));
    return digit ? SEP_OPT : SEP;
  });
  return { firstRequired, sep };
}

function seqRe(seq: Seq): string {
  const { firstRequired, sep } = layout(seq);
  let out = '';
  seq.forEach((item, i) => {
    if (item.kind === 'gap') {
      out += `(?:${SEP}${ANY_WORD}){0,${item.max}}`;
      return;
    }
    if (!isOptionalItem(item)) {
      out += `${sep[i]}${wordRe(item.pieces)}`;
      return;
    }
    // An optional word goes with its separator, both or neither: a separator alone would end up at
    // the edge of a match ("limba olandeză," for "limba olandeză [engleze]").
    const body = groupRe(item.pieces[0]);
    // Optional words before the first required one carry the separator after them.
    out += i < firstRequired ? `(?:${body}${sep[i]})?` : `(?:${sep[i]}${body})?`;
  });
  return out;
}

/**
 * A literal that every match contains, and where: `word` is a whole word of the text, `prefix` starts
 * a word, `suffix` ends one, `infix` is anywhere. Whole-word and prefix checks use the word index
 * instead of scanning the text, which is what keeps a pack of a few hundred patterns cheap per advert.
 */
export interface Anchor {
  readonly text: string;
  readonly kind: 'word' | 'prefix' | 'suffix' | 'infix';
}

/**
 * Sets of anchors (one of each set must occur) that any match of `seq` needs. `left`/`right`: whether
 * the sequence is bounded by a word edge on that side where it sits.
 */
function requiredAnchors(seq: Seq, left: boolean, right: boolean): Anchor[][] {
  const { firstRequired, sep } = layout(seq);
  const strict = (i: number): boolean => sep[i] === SEP;
  // Whether every separator that may follow the words before item j is a strict one: item j's own,
  // and when j is optional or a gap (absent), whatever may follow it in turn.
  const strictAfter = (j: number): boolean => {
    const item = seq[j];
    if (!item) return right;
    if (item.kind === 'gap') return strictAfter(j + 1); // a gap, when present, starts with SEP
    return strict(j) && (!isOptionalItem(item) || strictAfter(j + 1));
  };
  const sets: Anchor[][] = [];
  seq.forEach((item, i) => {
    if (item.kind === 'gap' || isOptionalItem(item)) return;
    // Leading optional words, when present, sit before the first required one behind their separators.
    const itemLeft = i === firstRequired ? left && seq.slice(0, i).every((_, k) => strict(k)) : strict(i);
    const itemRight = strictAfter(i + 1);
    const last = item.pieces.length - 1;
    item.pieces.forEach((piece, k) => {
      const l = k === 0 && itemLeft;
      const r = k === last && itemRight;
      if (piece.kind === 'lit') {
        const kind = l ? (r ? 'word' : 'prefix') : r ? 'suffix' : 'infix';
        sets.push([{ text: piece.text, kind }]);
      } else if (piece.kind === 'group' && !piece.optional) {
        const perAlt = piece.alts.map((alt) => bestSet(requiredAnchors(alt, l, r)));
        if (perAlt.every((set): set is Anchor[] => set !== undefined)) sets.push(perAlt.flat());
      }
    });
  });
  return sets;
}

/**
 * Literals one of which begins every match of `seq` (at a word start), or undefined when a match
 * may begin otherwise: with a number, a `*` or punctuation, or with leading optional words (they
 * carry their separator, so a match may begin with the separator alone).
 */
function startLiterals(seq: Seq): string[] | undefined {
  const first = seq[0];
  if (first?.kind !== 'word' || isOptionalItem(first)) return undefined;
  return wordStartLiterals(first.pieces, 0);
}

function wordStartLiterals(pieces: readonly Piece[], k: number): string[] | undefined {
  const piece = pieces[k];
  if (piece?.kind === 'lit') return [piece.text];
  if (piece?.kind !== 'group') return undefined;
  const starts = groupStartLiterals(piece);
  if (!starts || !piece.optional) return starts;
  const rest = wordStartLiterals(pieces, k + 1);
  return rest && [...starts, ...rest];
}

function groupStartLiterals(piece: Piece & { kind: 'group' }): string[] | undefined {
  const out: string[] = [];
  for (const alt of piece.alts) {
    const starts = startLiterals(alt);
    if (!starts) return undefined;
    out.push(...starts);
  }
  return out;
}

/**
 * The most selective requirement: one whose anchors are all strong, then the smallest set, then the
 * one with the longest shortest anchor.
 */
function bestSet(sets: Anchor[][]): Anchor[] | undefined {
  const shortest = (set: Anchor[]): number => Math.min(...set.map((a) => a.text.length));
  const weak = (set: Anchor[]): boolean => shortest(set) < STRONG_ANCHOR;
  let best: Anchor[] | undefined;
  for (const set of sets) {
    if (
      !best ||
      (weak(best) && !weak(set)) ||
      (weak(best) === weak(set) &&
        (set.length < best.length || (set.length === best.length && shortest(set) > shortest(best))))
    ) {
      best = set;
    }
  }
  return best;
}

/** Folded text with its words indexed, built once per advert field and shared by every pattern. */
export class TextIndex {
  readonly words: ReadonlySet<string>;
  private sorted?: string[];
  private reversed?: string[];

  constructor(readonly text: string) {
    this.words = new Set(text.match(WORDS) ?? []);
  }

  has(anchor: Anchor): boolean {
    switch (anchor.kind) {
      case 'word':
        return this.words.has(anchor.text);
      case 'infix':
        return this.text.includes(anchor.text);
      case 'prefix':
        this.sorted ??= [...this.words].sort();
        return startsWithAny(this.sorted, anchor.text);
      case 'suffix':
        this.reversed ??= [...this.words].map(reverse).sort();
        return startsWithAny(this.reversed, reverse(anchor.text));
    }
  }
}

const WORDS = new RegExp(ANY_WORD, 'g');
const reverse = (s: string): string => [...s].reverse().join('');

/** Whether some entry of the sorted list starts with `prefix` (binary search for the first entry ≥ prefix). */
function startsWithAny(sorted: readonly string[], prefix: string): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < prefix) lo = mid + 1;
    else hi = mid;
  }
  return lo < sorted.length && sorted[lo]!.startsWith(prefix);
}

/**
 * Checks a pack pattern without building its regular expression (phrases) — for validating packs,
 * where building hundreds of regular expressions would dominate the load time. Throws PatternError.
 */
export function checkPattern(pattern: Pattern): void {
  if (typeof pattern !== 'string') {
    compilePattern(pattern);
    return;
  }
  const seq = new Parser(pattern).parse();
  if (seq.length === 0) throw new PatternError('the phrase is empty', 'write at least one word');
  seqRe(seq);
}

/** Compiles one pack pattern. Throws PatternError (with a fix) when the pattern is malformed. */
export function compilePattern(pattern: Pattern): CompiledPattern {
  if (typeof pattern === 'string') {
    const seq = new Parser(pattern).parse();
    if (seq.length === 0) throw new PatternError('the phrase is empty', 'write at least one word');
    // The word-start check is done on each candidate match (see findMatches), not as a leading
    // lookbehind: a lookbehind before the first word stops the regex engine's quick first-character scan.
    const body = seqRe(seq);
    const starts = startLiterals(seq);
    const regex = new RegExp(`(?:${body})${NOT_AFTER}`, 'g');
    return {
      source: pattern,
      regex,
      anchors: requiredAnchors(seq, true, true),
      wordStart: true,
      // Separators, gaps, numbers and `*` never match a line break (the classes name it as the
      // two characters \n); only an escaped line break in the pack would put one in the expression.
      lineBound: !body.includes('\n'),
      ...(starts ? { starts: [...new Set(starts)] } : {}),
    };
  }
  const source = pattern.regex;
  // Escapes such as \S, \P{L} or \B legitimately use capitals; the rest must already be folded.
  const literalPart = source.replace(/\\[pP]\{[^}]*\}/g, '').replace(/\\./g, '');
  const unfolded = [...literalPart].filter((c) => /\p{L}/u.test(c) && foldChar(c) !== c);
  if (unfolded.length > 0) {
    const hint = [...new Set(unfolded)].map((c) => `${c} → ${foldChar(c)}`).join(', ');
    throw new PatternError(
      `the regular expression contains letters the text it runs on no longer has after folding (${hint})`,
      "write it as folded: lower case, without diacritics, e.g. 'cazare asigurata' for 'cazare asigurată', 'случаи' for 'случай'",
    );
  }
  let regex: RegExp;
  try {
    regex = new RegExp(source, 'gu');
  } catch (err) {
    throw new PatternError(
      `invalid regular expression: ${(err as Error).message}`,
      'fix the syntax (JavaScript regular expression with the u flag), or use a phrase instead',
    );
  }
  if (new RegExp(source, 'u').test('')) {
    throw new PatternError('the regular expression can match empty text', 'make at least one part required');
  }
  const anchors = requiredLiterals(source, MIN_REGEX_LITERAL).map((set) =>
    set.map((text): Anchor => ({ text, kind: 'infix' })),
  );
  const starts = regexStartLiterals(source);
  return {
    source: `/${source}/`,
    regex,
    anchors,
    wordStart: false,
    lineBound: false,
    ...(starts ? { starts } : {}),
  };
}

const WORD_CHAR_BEFORE = new RegExp(`^${WORD}$`);

/** Every [start, end) match of `pattern` in the indexed folded text. */
export function findMatches(pattern: CompiledPattern, index: TextIndex): Array<[number, number]> {
  for (const set of pattern.anchors) {
    if (!set.some((anchor) => index.has(anchor))) return [];
  }
  return findMatchesIn(pattern, index.text, 0, index.text.length);
}

/**
 * Every match of `pattern` inside text[from, to), as [start, end) offsets into `text`. The stretch
 * is searched as a text of its own, so for phrases it must start and end at line breaks (or the
 * ends of the text): nothing before or after it can then change a match.
 */
export function findMatchesIn(
  pattern: CompiledPattern,
  text: string,
  from: number,
  to: number,
): Array<[number, number]> {
  const part = from === 0 && to === text.length ? text : text.slice(from, to);
  const out: Array<[number, number]> = [];
  const re = pattern.regex;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(part)) !== null) {
    const start = m.index;
    if (m[0].length === 0 || (pattern.wordStart && start > 0 && WORD_CHAR_BEFORE.test(part[start - 1]!))) {
      // Not at a word start (or empty): no match can start here, try from the next position.
      re.lastIndex = start + 1;
      continue;
    }
    out.push([from + start, from + start + m[0].length]);
  }
  return out;
}
