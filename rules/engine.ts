// The rule engine: matches the language packs against an advert's title and text and returns one
// hit per indicator, each with evidence spans into the original strings. No I/O here: packs are
// loaded by load-packs.ts (which reads only the bundled pack files) and passed in as values.
//
// Cost per advert is kept to a few passes over the text, whatever the number of patterns: each
// field is folded once, then two passes (anchor-index.ts: word tries, and an automaton for anchors
// inside words) find which pattern anchors (literals every match must contain) occur and on which
// lines. A pattern runs only when every set of its anchors has one on a common line, and then
// only there: at the word starts where its match can begin, or on those lines. The hits are those
// of running every pattern over the whole text.
import { createHash } from 'node:crypto';
import type { AdvertField, EvidenceSpan, IndicatorHit } from '../storage/records.ts';
import { CATALOGUE, getIndicator } from './catalogue.ts';
import { FoldBuffers, foldWithOffsets, NON_WORD_CLASS, type FoldedText } from './normalise.ts';
import { parseRulePack, type RulePack } from './pack-schema.ts';
import { ALL_LINES, AnchorIndex, LINE_BITS, type AnchorFinder, type AnchorScan } from './anchor-index.ts';
import { compilePattern, findMatchesIn, type Anchor, type CompiledPattern, type Pattern } from './pattern.ts';
import { deobfuscateWords, lettersOf, type ReadBackWord } from './obfuscated-words.ts';
import { LanguageNames } from './language-names.ts';

export { loadRulePacks } from './load-packs.ts';
export type { RulePack, Rule, NearCondition, Pattern } from './pack-schema.ts';
export type { ReadBackWord } from './obfuscated-words.ts';

export interface MatchOptions {
  /**
   * Which packs to apply, by language code, in this order (the first matching rule names the hit).
   * Default: all loaded packs, sorted by language. Codes without a pack are ignored.
   */
  languages?: readonly string[];
  /**
   * Ranges of each field read exactly as written: the read-back of symbols for letters
   * (obfuscated-words.ts) leaves them alone. Pass the contacts found in the field (an e-mail's
   * '@', a handle, a link). Default: none; e-mail addresses are recognised anyway.
   */
  asWritten?: Partial<Record<AdvertField, ReadonlyArray<{ start: number; end: number }>>>;
  /**
   * Told, for each field that has any, the words written to slip past filters that the rules read
   * otherwise: symbols or digits for letters ("ca$h" reads "cash"; obfuscated-words.ts), then words
   * written one letter at a time ("c a s h"; normalise.ts), with their ranges in the field as
   * written, so the caller can report them as obfuscation.
   */
  onReadBack?(field: AdvertField, words: readonly ReadBackWord[]): void;
  /**
   * Languages of the workplace (ISO 639-1). When given, a contradiction of an indicator about the
   * local language (catalogue `aboutLocalLanguage`) counts only when it names one of them, or no
   * language (packs' `languageNames`): "No Dutch needed, English required" stays `present` for
   * work in the Netherlands. Default: unknown, every such contradiction counts.
   */
  localLanguages?: readonly string[];
  /**
   * Whether `localLanguages` are those of a workplace the advert states (its location) rather than
   * of the site's country standing in for it. Default: false. See `advertLanguage`.
   */
  workplaceStated?: boolean;
  /**
   * The language the advert is written in (ISO 639-1). With it, for indicators about the local
   * language (LanguageNames.aboutLocal): a statement that names another language only ("Kein
   * Englisch nötig") is no sign when the advert is written in a language of a stated workplace;
   * and where the workplace is not stated, "no German needed, Polish required" in a Polish advert
   * keeps the statement (Polish speakers for work elsewhere). Default: unknown, neither applies.
   */
  advertLanguage?: string;
}

export interface RuleEngine {
  /**
   * The packs it was built from, sorted by language: `<language>@<version>+<hash>` joined by
   * commas, e.g. `de@1.1.0+3f2a9c1d,en@1.1.0+0b7e44a2`. `<hash>` is `rulePackHash` of the pack, so
   * a pack edited without a version bump still changes the engine version and stored assessments
   * made with the old pack are not taken as current; reformatting or commenting a pack file does
   * not change it.
   */
  readonly version: string;
  /** Languages that have a pack, sorted. */
  readonly languages: readonly string[];
  /** Matches the advert's fields. One hit per indicator id, in catalogue order. */
  match(fields: { title: string; text: string }, options?: MatchOptions): IndicatorHit[];
}

interface CompiledNear {
  a: Slot[];
  b: Slot[];
  within: number;
}

interface CompiledRule {
  /** Number of the rule in the engine, for PreparedField.mayMatch. */
  n: number;
  id: string;
  indicator: string;
  /** The indicator is about the local language (catalogue `aboutLocalLanguage`). */
  aboutLocalLanguage: boolean;
  patterns: Slot[];
  near: CompiledNear[];
  contradictions: Slot[];
}

interface CompiledPack {
  language: string;
  version: string;
  hash: string;
  /** Every pattern of its rules. */
  slots: Slot[];
  rules: CompiledRule[];
}

/** Hex digits of the SHA-256 kept in the engine version: 32 bits tell pack edits apart. */
const HASH_LENGTH = 8;

/**
 * JSON with object keys sorted at every level (undefined members left out, as JSON.stringify
 * does), so the same pack gives the same text whatever order its file wrote the keys in.
 * Hand-written: a dozen lines, and no canonical-JSON package is among the dependencies.
 */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v ?? null)).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const members = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`);
    return `{${members.join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * Short content hash of a validated pack: the first 8 hex digits of the SHA-256 of its canonical
 * JSON (keys sorted, defaults filled in by validation). Any change to a rule, pattern, example or
 * note changes it, as does reordering rules or patterns (order decides which rule names a hit);
 * YAML comments, quoting, layout and key order do not, since they do not reach the parsed pack.
 */
export function rulePackHash(pack: RulePack): string {
  return createHash('sha256').update(canonicalJson(pack)).digest('hex').slice(0, HASH_LENGTH);
}

type Range = [number, number];

interface Found {
  presentRule?: string;
  present: EvidenceSpan[];
  contradictionRule?: string;
  contradictions: EvidenceSpan[];
}

const FIELDS: readonly AdvertField[] = ['title', 'text'];
// Folded text (normalise.ts) has only spaces, line breaks and a few ASCII marks between words.
const SENTENCE_BREAK = /[.!?;](?: |$)|\n/;
const WORD = new RegExp(`[^${NON_WORD_CLASS}]+`, 'g');
const CATALOGUE_ORDER = new Map(CATALOGUE.map((def, i) => [def.id, i]));
const NO_RANGES: readonly Range[] = Object.freeze([]);
const NO_OFFSETS: readonly number[] = Object.freeze([]);
/** Language combinations whose Selection is kept (each takes well under a megabyte). */
const MAX_SELECTIONS = 64;

/**
 * Anchors this short occur in most texts. Sets with only longer ones come first in Slot.sets: the
 * first set is the one the selection's postings index, and a pattern seldom passes it.
 */
const isWeak = (a: Anchor): boolean => a.text.length < 3 || a.kind === 'infix';

/** A compiled pattern with its anchors numbered in the engine's AnchorIndex. */
interface Slot {
  /** Index into the per-field result memo. */
  readonly n: number;
  readonly pattern: CompiledPattern;
  /** pattern.anchors as anchor ids, strong sets first, then small ones: every set needs an anchor. */
  readonly sets: readonly Int32Array[];
  /** pattern.starts as (tracked, prefix) anchor ids, with the pattern's expression made sticky. */
  readonly starts?: Int32Array;
  readonly sticky?: RegExp;
  /**
   * An expression with its own word-start check and start literals (see regexStartLiterals): its
   * start literals are its first anchor set, except in a text with `_` (see PreparedField.joined).
   */
  readonly ownWordStart: boolean;
}

/**
 * What matching with one combination of packs needs: the tries that find their anchors, and for
 * each anchor the patterns whose first set holds it (postings), so that after a scan only the
 * patterns one of whose first-set anchors was found are looked at.
 */
interface Selection {
  readonly finder: AnchorFinder;
  /** Slots of anchor id: postSlots[postStart[id]] … postSlots[postStart[id + 1]]. */
  readonly postStart: Int32Array;
  readonly postSlots: Int32Array;
  /** Slots to look at whatever is found: those with no anchors. */
  readonly always: Int32Array;
  /** Slots to look at too when the text has `_` (Slot.ownWordStart). */
  readonly underscore: Int32Array;
}

function createSelection(index: AnchorIndex, slots: Iterable<Slot>): Selection {
  const anchorIds = new Set<number>();
  const postings = new Map<number, number[]>();
  const always: number[] = [];
  const underscore: number[] = [];
  for (const slot of new Set(slots)) {
    if (slot.ownWordStart) underscore.push(slot.n);
    for (const set of slot.sets) set.forEach((id) => anchorIds.add(id));
    slot.starts?.forEach((id) => anchorIds.add(id));
    const first = slot.sets[0];
    if (!first) {
      always.push(slot.n);
      continue;
    }
    for (const id of new Set(first)) {
      let list = postings.get(id);
      if (!list) postings.set(id, (list = []));
      list.push(slot.n);
    }
  }
  const postStart = new Int32Array(index.size + 1);
  const postSlots: number[] = [];
  for (let id = 0; id < index.size; id++) {
    postStart[id] = postSlots.length;
    postSlots.push(...(postings.get(id) ?? []));
  }
  postStart[index.size] = postSlots.length;
  return {
    finder: index.finder(anchorIds),
    postStart,
    postSlots: Int32Array.from(postSlots),
    always: Int32Array.from(always),
    underscore: Int32Array.from(underscore),
  };
}

/** The rules each slot belongs to: rules[start[n]] … rules[start[n + 1]] for slot n. */
interface RulesOfSlot {
  readonly start: Int32Array;
  readonly rules: Int32Array;
  /** How many rules the engine has. */
  readonly count: number;
}

function rulesOfSlot(rules: readonly CompiledRule[], slots: number): RulesOfSlot {
  const lists = Array.from({ length: slots }, () => new Set<number>());
  for (const rule of rules)
    for (const slot of [
      ...rule.patterns,
      ...rule.contradictions,
      ...rule.near.flatMap((n) => [...n.a, ...n.b]),
    ])
      lists[slot.n]!.add(rule.n);
  const start = new Int32Array(slots + 1);
  const flat: number[] = [];
  lists.forEach((list, n) => {
    start[n] = flat.length;
    flat.push(...list);
  });
  start[slots] = flat.length;
  return { start, rules: Int32Array.from(flat), count: rules.length };
}

/**
 * One advert field prepared for matching: folded once, its anchors located once, and each
 * pattern's matches memoised (near conditions of one pack share their lists of roles and places).
 */
class PreparedField {
  folded: FoldedText = { text: '', origStart: new Int32Array(0), origEnd: new Int32Array(0), spaced: [] };
  /** Words written with symbols for letters that the rules read back (see obfuscated-words.ts). */
  readBack: readonly ReadBackWord[] = [];
  /**
   * Offsets just after each `_`. It joins words in folded text (handles), so the anchor index sees
   * no word start there, but an expression's own word-start check does: such expressions are tried
   * there too, whatever their start literals (sorted; empty when the text has no `_`).
   */
  private joined: readonly number[] = NO_OFFSETS;
  readonly scan: AnchorScan;
  /** Where `folded` keeps its offsets: they serve one advert at a time. */
  private readonly foldBuffers = new FoldBuffers();
  /** results[n] is valid when resultStamps[n] equals scan.stamp. */
  private readonly results: (readonly Range[])[];
  private readonly resultStamps: Int32Array;
  /** Slot n may match only when candidates[n] equals scan.stamp (see Selection). */
  private readonly candidates: Int32Array;
  /** Rule n may match (one of its slots may) only when ruleCandidates[n] equals scan.stamp. */
  private readonly ruleCandidates: Int32Array;

  constructor(
    private readonly index: AnchorIndex,
    slots: number,
    private readonly rulesOfSlot: RulesOfSlot,
  ) {
    this.scan = index.newScan();
    this.results = new Array<readonly Range[]>(slots).fill(NO_RANGES);
    this.resultStamps = new Int32Array(slots);
    this.candidates = new Int32Array(slots);
    this.ruleCandidates = new Int32Array(rulesOfSlot.count);
  }

  /** Whether any pattern of the rule can match this field: a rule none can match is skipped. */
  mayMatch(rule: CompiledRule): boolean {
    return this.ruleCandidates[rule.n] === this.scan.stamp;
  }

  private mark(slot: number, stamp: number): void {
    if (this.candidates[slot] === stamp) return;
    this.candidates[slot] = stamp;
    const { start, rules } = this.rulesOfSlot;
    for (let k = start[slot]!, end = start[slot + 1]!; k < end; k++) this.ruleCandidates[rules[k]!] = stamp;
  }

  prepare(
    original: string,
    asWritten: ReadonlyArray<{ start: number; end: number }> | undefined,
    selection: Selection,
    stamp: number,
  ): void {
    // Read back one character for one, so offsets into it are offsets into the field as written.
    const read = deobfuscateWords(original, asWritten);
    this.readBack = read?.words ?? [];
    this.folded = foldWithOffsets(read?.text ?? original, this.foldBuffers);
    this.joined = joinedStarts(this.folded.text);
    const scan = this.scan;
    this.index.scan(this.folded.text, selection.finder, scan, stamp);
    const { postStart, postSlots, always, underscore } = selection;
    for (let k = 0; k < always.length; k++) this.mark(always[k]!, stamp);
    if (this.joined.length > 0) for (let k = 0; k < underscore.length; k++) this.mark(underscore[k]!, stamp);
    for (let f = 0; f < scan.foundCount; f++) {
      const id = scan.found[f]!;
      for (let k = postStart[id]!, end = postStart[id + 1]!; k < end; k++) this.mark(postSlots[k]!, stamp);
    }
  }

  /** Every [start, end) match of the slot's pattern in the folded text. */
  find(slot: Slot): readonly Range[] {
    if (this.resultStamps[slot.n] === this.scan.stamp) return this.results[slot.n]!;
    // Its start literals may then be hidden after a `_`: only its other anchors can rule it out.
    const joined = slot.ownWordStart && this.joined.length > 0;
    const lines = this.candidates[slot.n] !== this.scan.stamp ? 0 : this.candidateLines(slot, joined ? 1 : 0);
    const ranges =
      lines === 0
        ? NO_RANGES
        : slot.starts && slot.sticky
          ? this.runAtStarts(slot.starts, slot.sticky, lines, joined ? this.joined : undefined)
          : this.run(slot.pattern, lines);
    this.resultStamps[slot.n] = this.scan.stamp;
    this.results[slot.n] = ranges;
    return ranges;
  }

  /**
   * Lines that hold an anchor of every set of the slot from `first` on (ALL_LINES when there is
   * none); for an expression that may span lines, ALL_LINES when each set has an anchor anywhere.
   */
  private candidateLines(slot: Slot, first: number): number {
    const scan = this.scan;
    const lineBound = slot.pattern.lineBound;
    let lines = ALL_LINES;
    for (let s = first; s < slot.sets.length; s++) {
      const set = slot.sets[s]!;
      let any = 0;
      for (let k = 0; k < set.length; k++) {
        any |= scan.lines(set[k]!);
        // Without lines to tell apart, one anchor of the set is enough.
        if (!lineBound && any !== 0) break;
      }
      if (any === 0) return 0;
      if (lineBound) lines &= any;
      if (lines === 0) return 0;
    }
    return lines;
  }

  /**
   * Tries a phrase only at the word starts where a match may begin (and at `extra` offsets),
   * leftmost first, as a global search would (a match found there is the one a search from an
   * earlier position reaches).
   */
  private runAtStarts(
    starts: Int32Array,
    sticky: RegExp,
    lines: number,
    extra?: readonly number[],
  ): readonly Range[] {
    const positions: number[] = extra ? [...extra] : [];
    for (let k = 0; k < starts.length; k++) this.scan.starts(starts[k]!, lines, positions);
    if (positions.length === 0) return NO_RANGES;
    if (starts.length > 1 || extra) positions.sort((a, b) => a - b);
    const text = this.folded.text;
    let out: Range[] | undefined;
    let from = 0;
    for (const at of positions) {
      if (at < from) continue; // inside the previous match, or tried already
      sticky.lastIndex = at;
      const m = sticky.exec(text);
      if (m === null || m[0].length === 0) {
        from = at + 1;
        continue;
      }
      (out ??= []).push([at, at + m[0].length]);
      from = at + m[0].length;
    }
    return out ?? NO_RANGES;
  }

  private run(pattern: CompiledPattern, lines: number): readonly Range[] {
    const text = this.folded.text;
    if (!pattern.lineBound || lines === ALL_LINES) return findMatchesIn(pattern, text, 0, text.length);
    // A phrase cannot cross a line break: run it on each stretch of consecutive candidate lines.
    let out: Range[] | undefined;
    for (let bit = 0; bit < LINE_BITS; bit++) {
      if ((lines & (1 << bit)) === 0) continue;
      let last = bit;
      while (last + 1 < LINE_BITS && (lines & (1 << (last + 1))) !== 0) last++;
      const [start, end] = this.scan.span(bit, last);
      const found = findMatchesIn(pattern, text, start, end);
      if (found.length > 0) (out ??= []).push(...found);
      bit = last;
    }
    return out ?? NO_RANGES;
  }
}

/** Appends the ranges of every pattern to `out` (created when the first range is found). */
function matchAll(patterns: readonly Slot[], field: PreparedField, out?: Range[]): Range[] | undefined {
  for (const p of patterns) {
    const ranges = field.find(p);
    if (ranges.length > 0) (out ??= []).push(...ranges);
  }
  return out;
}

/** Offsets just after each `_` of the text (see PreparedField.joined). */
function joinedStarts(text: string): readonly number[] {
  let at = text.indexOf('_');
  if (at === -1) return NO_OFFSETS;
  const out: number[] = [];
  for (; at !== -1; at = text.indexOf('_', at + 1)) out.push(at + 1);
  return out;
}

/** Whether text[from, to) holds more than `limit` words (a word cut at either end counts). */
function moreWordsThan(text: string, from: number, to: number, limit: number): boolean {
  let n = 0;
  WORD.lastIndex = from;
  for (let m = WORD.exec(text); m !== null && m.index < to; m = WORD.exec(text)) if (++n > limit) return true;
  return false;
}

/** The first index of `ranges` (sorted by `key`, ascending when `sign` is 1, descending when -1)
 *  whose key is at or past `value` in that order. */
function firstFrom(ranges: readonly Range[], key: 0 | 1, sign: 1 | -1, value: number): number {
  let lo = 0;
  let hi = ranges.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((ranges[mid]![key] - value) * sign < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Ranges covering an `a` match and a `b` match at most `within` words apart in one sentence. Each
 * `a` looks at the `b` matches outwards from it on each side and stops at the first too far away:
 * the words between only grow with distance, so the work stays near linear in the matches even on
 * a long text that never ends a sentence (every pair there was quadratic, seconds per advert).
 */
function matchNear(near: CompiledNear, field: PreparedField, out?: Range[]): Range[] | undefined {
  const as = matchAll(near.a, field);
  if (!as) return out;
  const bs = matchAll(near.b, field);
  if (!bs) return out;
  const text = field.folded.text;
  const within = near.within;
  const pair = (first: Range, second: Range): void => {
    if (!SENTENCE_BREAK.test(text.slice(first[1], second[0]))) (out ??= []).push([first[0], second[1]]);
  };
  const byStart = [...bs].sort((x, y) => x[0] - y[0]);
  const byEndDown = [...bs].sort((x, y) => y[1] - x[1]);
  for (const a of as) {
    // b starting with a or after it, nearest first; overlapping ones cannot be the other side.
    for (let k = firstFrom(byStart, 0, 1, a[0]); k < byStart.length; k++) {
      const b = byStart[k]!;
      if (a[1] > b[0]) continue;
      if (moreWordsThan(text, a[1], b[0], within)) break;
      pair(a, b);
    }
    // b ending where a starts or before, nearest first (any other b starts with a or after it).
    for (let k = firstFrom(byEndDown, 1, -1, a[0]); k < byEndDown.length; k++) {
      const b = byEndDown[k]!;
      if (moreWordsThan(text, b[1], a[0], within)) break;
      pair(b, a);
    }
  }
  return out;
}

function compileRule(
  rule: RulePack['rules'][number],
  n: number,
  compile: (p: Pattern) => Slot,
): CompiledRule {
  return {
    n,
    id: rule.id,
    indicator: rule.indicator,
    aboutLocalLanguage: getIndicator(rule.indicator)?.aboutLocalLanguage === true,
    patterns: rule.patterns.map(compile),
    near: rule.near.map((n) => ({ a: n.a.map(compile), b: n.b.map(compile), within: n.within })),
    contradictions: rule.contradictions.map(compile),
  };
}

function toSpans(field: AdvertField, original: string, folded: FoldedText, ranges: Range[]): EvidenceSpan[] {
  return ranges.map(([s, e]) => {
    const start = folded.origStart[s]!;
    const end = folded.origEnd[e - 1]!;
    return { field, start, end, text: original.slice(start, end) };
  });
}

/** Sorts spans and merges the overlapping ones, so each stretch of text is highlighted once. */
function mergeSpans(spans: EvidenceSpan[], fields: { title: string; text: string }): EvidenceSpan[] {
  const sorted = [...spans].sort((x, y) =>
    x.field !== y.field ? (x.field === 'title' ? -1 : 1) : x.start - y.start || y.end - x.end,
  );
  const out: EvidenceSpan[] = [];
  for (const span of sorted) {
    const last = out[out.length - 1];
    if (last && last.field === span.field && span.start < last.end) {
      if (span.end > last.end) {
        last.end = span.end;
        last.text = fields[span.field].slice(last.start, last.end);
      }
    } else {
      out.push({ ...span });
    }
  }
  return out;
}

/**
 * Compiles the packs (all patterns once, here) into an engine. Packs are validated again, so
 * packs built in code get the same errors as packs loaded from files.
 */
export function createRuleEngine(packs: readonly RulePack[]): RuleEngine {
  const compiled: CompiledPack[] = [];
  const seen = new Set<string>();
  const anchors = new AnchorIndex();
  // The same pattern text (e.g. a list of roles used by several near conditions) compiles and runs once.
  const cache = new Map<string, Slot>();
  const compile = (p: Pattern): Slot => {
    const key = typeof p === 'string' ? `p:${p}` : `r:${p.regex}`;
    let slot = cache.get(key);
    if (!slot) {
      const pattern = compilePattern(p);
      const starts = pattern.starts?.map((text) => anchors.id({ text, kind: 'prefix' }));
      starts?.forEach((id) => anchors.track(id));
      // An expression's own literals may occur anywhere in a word; the words its matches start
      // with are rarer, so they are checked first.
      const ownWordStart = starts !== undefined && !pattern.wordStart;
      slot = {
        n: cache.size,
        pattern,
        sets: [
          ...(ownWordStart ? [Int32Array.from(new Set(starts))] : []),
          ...pattern.anchors
            .map((set) => ({ ids: Int32Array.from(set, (a) => anchors.id(a)), weak: set.some(isWeak) }))
            .sort((x, y) => Number(x.weak) - Number(y.weak) || x.ids.length - y.ids.length)
            .map((set) => set.ids),
        ],
        ownWordStart,
        ...(starts
          ? {
              starts: Int32Array.from(starts),
              sticky: new RegExp(pattern.regex.source, `${pattern.regex.flags.replace('g', '')}y`),
            }
          : {}),
      };
      cache.set(key, slot);
    }
    return slot;
  };
  let ruleCount = 0;
  const valids: RulePack[] = [];
  for (const pack of [...packs].sort((a, b) => a.language.localeCompare(b.language))) {
    const valid = parseRulePack(pack, `rule pack "${pack.language}"`);
    valids.push(valid);
    if (seen.has(valid.language)) {
      throw new Error(`Two rule packs for language "${valid.language}". Fix: pass one pack per language.`);
    }
    seen.add(valid.language);
    const rules = valid.rules.map((r) => compileRule(r, ruleCount++, compile));
    compiled.push({
      language: valid.language,
      version: valid.version,
      hash: rulePackHash(valid),
      slots: rules.flatMap((r) => [
        ...r.patterns,
        ...r.contradictions,
        ...r.near.flatMap((n) => [...n.a, ...n.b]),
      ]),
      rules,
    });
  }
  anchors.seal();
  // Every pack's names, whichever packs an advert is matched with: an advert in Romanian may
  // require "English" in the English pack's words.
  const names = new LanguageNames(valids);
  const slotRules = rulesOfSlot(
    compiled.flatMap((p) => p.rules),
    cache.size,
  );
  // Both fields' buffers are reused from advert to advert; `stamp` tells this advert's entries apart.
  const prepared = {
    title: new PreparedField(anchors, cache.size, slotRules),
    text: new PreparedField(anchors, cache.size, slotRules),
  };
  let stamp = 0;
  // Tries and postings for the anchors of the packs an advert is matched with: a text is then
  // scanned only for what those packs can use. Adverts come in few language combinations (main
  // language, the source's languages, English); the cache is emptied should an unusual stream
  // exceed the bound.
  const selections = new Map<string, Selection>();
  const selectionFor = (selected: readonly CompiledPack[]): Selection => {
    const key = selected.map((p) => p.language).join(',');
    let selection = selections.get(key);
    if (!selection) {
      if (selections.size >= MAX_SELECTIONS) selections.clear();
      selection = createSelection(
        anchors,
        selected.flatMap((p) => p.slots),
      );
      selections.set(key, selection);
    }
    return selection;
  };
  const byLanguage = new Map(compiled.map((p) => [p.language, p]));

  return {
    version: compiled.map((p) => `${p.language}@${p.version}+${p.hash}`).join(','),
    languages: compiled.map((p) => p.language),
    match(fields, options = {}) {
      // Requested languages are applied in the order given, so the caller's main language names the rule.
      const selected = options.languages
        ? [...new Set(options.languages)].flatMap((lang) => byLanguage.get(lang) ?? [])
        : compiled;
      if (selected.length === 0) return [];
      const workplace = {
        local: options.localLanguages?.length ? options.localLanguages : undefined,
        stated: options.workplaceStated === true,
        advertLanguage: options.advertLanguage,
      };
      stamp++;
      const selection = selectionFor(selected);
      for (const field of FIELDS) {
        const f = prepared[field];
        f.prepare(fields[field], options.asWritten?.[field], selection, stamp);
        if (options.onReadBack && (f.readBack.length > 0 || f.folded.spaced.length > 0))
          options.onReadBack(field, [
            ...f.readBack,
            ...f.folded.spaced.map((r) => ({ ...r, reads: lettersOf(fields[field].slice(r.start, r.end)) })),
          ]);
      }
      const found = new Map<string, Found>();

      for (const pack of selected) {
        for (const rule of pack.rules) {
          for (const field of FIELDS) {
            const f = prepared[field];
            if (f.folded.text.length === 0 || !f.mayMatch(rule)) continue;
            let present = matchAll(rule.patterns, f);
            for (const near of rule.near) present = matchNear(near, f, present);
            let contradicted = matchAll(rule.contradictions, f);
            if (rule.aboutLocalLanguage)
              ({ present, contradicted } = names.aboutLocal(
                f.folded.text,
                { present, contradicted },
                workplace,
              ));
            if (!present?.length && !contradicted?.length) continue;

            let entry = found.get(rule.indicator);
            if (!entry) {
              entry = { present: [], contradictions: [] };
              found.set(rule.indicator, entry);
            }
            if (present?.length) {
              entry.presentRule ??= rule.id;
              entry.present.push(...toSpans(field, fields[field], f.folded, present));
            }
            if (contradicted?.length) {
              entry.contradictionRule ??= rule.id;
              entry.contradictions.push(...toSpans(field, fields[field], f.folded, contradicted));
            }
          }
        }
      }

      const hits: IndicatorHit[] = [];
      for (const [indicatorId, entry] of found) {
        // The advert saying the opposite anywhere outweighs a matching phrase: report the contradiction.
        const contradicted = entry.contradictions.length > 0;
        hits.push({
          indicatorId,
          state: contradicted ? 'contradicted' : 'present',
          weight: contradicted ? 0 : (getIndicator(indicatorId)?.defaultWeight ?? 0),
          ruleId: (contradicted ? entry.contradictionRule : entry.presentRule)!,
          evidence: mergeSpans(contradicted ? entry.contradictions : entry.present, fields),
        });
      }
      return hits.sort(
        (x, y) => (CATALOGUE_ORDER.get(x.indicatorId) ?? 0) - (CATALOGUE_ORDER.get(y.indicatorId) ?? 0),
      );
    },
  };
}
