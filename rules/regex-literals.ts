// Literal text that every match of an analyst's regular expression must contain, so the engine can
// skip the expression on adverts that lack it (a substring search costs far less than running a
// regular expression that starts with a lookbehind and a letter class at every position).
//
// Conservative by construction: whatever this reader does not understand (flags groups, unknown
// escapes) yields no requirement, which only costs speed. Pure: no I/O.

/** Alternatives: every match contains at least one of these substrings. */
type AnyOf = string[];

class Unsupported extends Error {}

/** Character classes, shorthand escapes and assertions: they break a run of literal text. */
const BREAK = { kind: 'break' } as const;
type Atom = typeof BREAK | { kind: 'char'; text: string } | { kind: 'group'; sets: AnyOf[] };

class Reader {
  private p = 0;
  constructor(
    private readonly s: string,
    private readonly minLength: number,
  ) {}

  all(): AnyOf[] {
    const sets = this.alternation();
    if (this.p < this.s.length) throw new Unsupported();
    return sets;
  }

  /** Branches separated by '|', up to a ')' or the end. */
  private alternation(): AnyOf[] {
    const branches = [this.branch()];
    while (this.s[this.p] === '|') {
      this.p++;
      branches.push(this.branch());
    }
    if (branches.length === 1) return branches[0]!;
    // One set per branch; any branch without a requirement leaves none for the whole.
    const best = branches.map(bestSet);
    if (best.some((b) => b === undefined)) return [];
    return [[...new Set(best.flat() as string[])]];
  }

  private branch(): AnyOf[] {
    const sets: AnyOf[] = [];
    let run = '';
    const flush = (): void => {
      if (run.length >= this.minLength) sets.push([run]);
      run = '';
    };
    while (this.p < this.s.length && this.s[this.p] !== '|' && this.s[this.p] !== ')') {
      const atom = this.atom();
      const min = this.quantifier();
      if (atom.kind === 'char') {
        if (min === 0) flush();
        else if (min === 1) run += atom.text;
        else {
          // Repeated ("a+", "a{2}"): the text holds it at least once, then the run is broken.
          run += atom.text;
          flush();
        }
      } else {
        flush();
        if (atom.kind === 'group' && min > 0) sets.push(...atom.sets);
      }
    }
    flush();
    return sets;
  }

  /** The minimum count of the quantifier after an atom (1 when there is none). */
  private quantifier(): number {
    const ch = this.s[this.p];
    let min: number;
    if (ch === '*' || ch === '?') {
      min = 0;
      this.p++;
    } else if (ch === '+') {
      min = 2; // at least once, then any number: treated as a repeat
      this.p++;
    } else if (ch === '{') {
      const m = /^\{(\d+)(,\d*)?\}/.exec(this.s.slice(this.p));
      if (!m) throw new Unsupported();
      const n = Number(m[1]);
      min = n === 0 ? 0 : n === 1 && m[2] === undefined ? 1 : 2;
      this.p += m[0].length;
    } else {
      return 1;
    }
    if (this.s[this.p] === '?') this.p++; // lazy
    return min;
  }

  private atom(): Atom {
    const ch = this.s[this.p]!;
    switch (ch) {
      case '(':
        return this.group();
      case '[':
        this.skipClass();
        return BREAK;
      case '\\':
        return this.escape();
      case '.':
      case '^':
      case '$':
        this.p++;
        return BREAK;
      case '*':
      case '+':
      case '?':
      case '{':
      case '}':
      case ']':
        throw new Unsupported();
      default: {
        const text = String.fromCodePoint(this.s.codePointAt(this.p)!);
        this.p += text.length;
        return { kind: 'char', text };
      }
    }
  }

  private group(): Atom {
    this.p++; // (
    let lookaround = false;
    if (this.s.startsWith('?:', this.p)) this.p += 2;
    else if (this.s.startsWith('?=', this.p) || this.s.startsWith('?!', this.p)) {
      lookaround = true;
      this.p += 2;
    } else if (this.s.startsWith('?<=', this.p) || this.s.startsWith('?<!', this.p)) {
      lookaround = true;
      this.p += 3;
    } else if (this.s.startsWith('?<', this.p)) {
      const close = this.s.indexOf('>', this.p);
      if (close < 0) throw new Unsupported();
      this.p = close + 1;
    } else if (this.s[this.p] === '?') {
      throw new Unsupported();
    }
    const sets = this.alternation();
    if (this.s[this.p] !== ')') throw new Unsupported();
    this.p++;
    // A lookaround consumes nothing: what it requires may lie outside the match.
    return lookaround ? BREAK : { kind: 'group', sets };
  }

  private skipClass(): void {
    this.p++; // [
    while (this.p < this.s.length && this.s[this.p] !== ']') this.p += this.s[this.p] === '\\' ? 2 : 1;
    if (this.p >= this.s.length) throw new Unsupported();
    this.p++;
  }

  private escape(): Atom {
    const next = this.s[this.p + 1];
    if (next === undefined) throw new Unsupported();
    this.p += 2;
    if (next === 'p' || next === 'P' || next === 'k' || (next === 'u' && this.s[this.p] === '{')) {
      // \p{…}, \k<…>, \u{…}
      const close = this.s.indexOf(next === 'k' ? '>' : '}', this.p);
      if (close < 0) throw new Unsupported();
      this.p = close + 1;
      return BREAK;
    }
    if (next === 'u') this.p += 4;
    else if (next === 'x') this.p += 2;
    else if (next === 'c') this.p += 1;
    else if (/[1-9]/.test(next)) while (/[0-9]/.test(this.s[this.p] ?? '')) this.p++;
    // Only syntax characters and '/' (or '-') are literal when escaped; \d, \s, \b, \n … are not.
    if (/[\^$\\.*+?()[\]{}|/-]/.test(next)) return { kind: 'char', text: next };
    return BREAK;
  }
}

/** The most selective set: the fewest alternatives, then the longest shortest one. */
function bestSet(sets: AnyOf[]): AnyOf | undefined {
  const shortest = (set: AnyOf): number => Math.min(...set.map((t) => t.length));
  let best: AnyOf | undefined;
  for (const set of sets) {
    if (!best || set.length < best.length || (set.length === best.length && shortest(set) > shortest(best)))
      best = set;
  }
  return best;
}

/**
 * Substrings a match of `source` (a JavaScript regular expression with the u flag and no i flag)
 * must contain: each inner list needs one of its entries in the text. Entries are at least
 * `minLength` code units long. Returns [] when nothing is certain.
 */
export function requiredLiterals(source: string, minLength: number): AnyOf[] {
  try {
    return new Reader(source, minLength).all();
  } catch (err) {
    if (err instanceof Unsupported) return [];
    throw err;
  }
}

/** A look-behind that refuses a letter or digit before the match (it may refuse more). */
const WORD_START_CHECK = /^\(\?<!\[\\p\{L\}\\p\{N\}[^\]]*\]\)/;
const LOOKAROUND = /^\(\?(?:<[!=]|[!=])/;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const DIGITS = '0123456789';

/**
 * Literals one of which every match of `source` begins with, at a word start: for expressions that
 * begin with look-arounds among which the word-start check `(?<![\p{L}\p{N}])`, then literal text
 * or groups of alternatives that begin with literal text ("(?:nur )?(?:ein|1) tag" gives nur, ein,
 * 1), or the look-ahead `(?=\d)` (the ten digits). The engine then tries the expression only where
 * a word begins with one of them: a leading look-behind stops the regular-expression engine's own
 * quick scan for a first character, so it would otherwise be tried at every position of every
 * advert. Undefined for any other shape.
 */
export function regexStartLiterals(source: string): string[] | undefined {
  if (splitAlternatives(source).length > 1) return undefined;
  let p = 0;
  let wordStart = false;
  let digit = false;
  // Look-arounds check the text around the start, not what the match begins with.
  for (;;) {
    const rest = source.slice(p);
    if (WORD_START_CHECK.test(rest)) wordStart = true;
    else if (rest.startsWith('(?=\\d)')) digit = true;
    else if (!LOOKAROUND.test(rest)) break;
    p = groupEnd(source, p);
    if (p < 0) return undefined;
  }
  if (!wordStart) return undefined;
  if (digit) return [...DIGITS];
  const literals = sequenceStart(source, p);
  return literals && [...new Set(literals)];
}

/** Literals one of which the part of `s` from `p` on begins with, or undefined. */
function sequenceStart(s: string, p: number): string[] | undefined {
  if (s.startsWith('\\d', p) && !'?*{'.includes(s[p + 2] ?? 'x')) return [...DIGITS];
  if (!s.startsWith('(?:', p)) {
    const literal = leadingLiteral(s.slice(p));
    return literal ? [literal] : undefined;
  }
  const end = groupEnd(s, p);
  if (end < 0) return undefined;
  const own: string[] = [];
  for (const branch of splitAlternatives(s.slice(p + 3, end - 1))) {
    const literals = sequenceStart(branch, 0);
    if (!literals) return undefined;
    own.push(...literals);
  }
  const quantifier = s[end];
  if (quantifier === '{') return undefined;
  if (quantifier !== '?' && quantifier !== '*') return own;
  // An optional group: the match may begin with what follows it instead.
  const after = sequenceStart(s, end + (s[end + 1] === '?' ? 2 : 1));
  return after && [...own, ...after];
}

/** Offset just past the group that opens at `open`, or -1 when it is not closed. */
function groupEnd(s: string, open: number): number {
  let depth = 0;
  for (let p = open; p < s.length; p++) {
    const c = s[p];
    if (c === '\\') p++;
    else if (c === '[') p = classEnd(s, p);
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return p + 1;
  }
  return -1;
}

/** Offset of the ']' that closes the character class opening at `open` (or the end of `s`). */
function classEnd(s: string, open: number): number {
  let p = open + 1;
  while (p < s.length && s[p] !== ']') p += s[p] === '\\' ? 2 : 1;
  return p;
}

/** The branches of `s` separated by top-level '|'. */
function splitAlternatives(s: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (let p = 0; p < s.length; p++) {
    const c = s[p];
    if (c === '\\') p++;
    else if (c === '(') p = groupEnd(s, p) - 1;
    else if (c === '[') p = classEnd(s, p);
    else if (c === '|') {
      out.push(s.slice(from, p));
      from = p + 1;
    }
    if (p < 0) return [s]; // unclosed group: leave it to the caller's other checks
  }
  out.push(s.slice(from));
  return out;
}

/** The letters and digits a branch begins with, without a last one a quantifier may drop. */
function leadingLiteral(branch: string): string {
  let n = 0;
  while (n < branch.length && LETTER_OR_DIGIT.test(branch[n]!)) n++;
  if (n > 0 && '?*{'.includes(branch[n] ?? 'x')) n--;
  return branch.slice(0, n);
}
