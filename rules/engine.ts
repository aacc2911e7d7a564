// The rule engine: matches the language packs against an advert's title and text and returns one
// hit per indicator, each with evidence spans into the original strings. No I/O here: packs are
// loaded by load-packs.ts (which reads only the bundled pack files) and passed in as values.
import { createHash } from 'node:crypto';
import type { AdvertField, EvidenceSpan, IndicatorHit } from '../storage/records.ts';
import { CATALOGUE, getIndicator } from './catalogue.ts';
import { foldWithOffsets, NON_WORD_CLASS, type FoldedText } from './normalise.ts';
import { parseRulePack, type RulePack } from './pack-schema.ts';
import { compilePattern, findMatches, TextIndex, type CompiledPattern, type Pattern } from './pattern.ts';

export { loadRulePacks } from './load-packs.ts';
export type { RulePack, Rule, NearCondition, Pattern } from './pack-schema.ts';

export interface MatchOptions {
  /**
   * Which packs to apply, by language code, in this order (the first matching rule names the hit).
   * Default: all loaded packs, sorted by language. Codes without a pack are ignored.
   */
  languages?: readonly string[];
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
  a: CompiledPattern[];
  b: CompiledPattern[];
  within: number;
}

interface CompiledRule {
  id: string;
  indicator: string;
  patterns: CompiledPattern[];
  near: CompiledNear[];
  contradictions: CompiledPattern[];
}

interface CompiledPack {
  language: string;
  version: string;
  hash: string;
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

/** One advert field prepared for matching; pattern results are memoised (packs share patterns). */
interface PreparedField {
  folded: FoldedText;
  index: TextIndex;
  memo: Map<CompiledPattern, Range[]>;
}

function matchAll(patterns: readonly CompiledPattern[], field: PreparedField): Range[] {
  const out: Range[] = [];
  for (const p of patterns) {
    let ranges = field.memo.get(p);
    if (!ranges) {
      ranges = findMatches(p, field.index);
      field.memo.set(p, ranges);
    }
    out.push(...ranges);
  }
  return out;
}

function countWords(s: string): number {
  let n = 0;
  WORD.lastIndex = 0;
  while (WORD.exec(s) !== null) n++;
  return n;
}

/** Ranges covering an `a` match and a `b` match at most `within` words apart in one sentence. */
function matchNear(near: CompiledNear, field: PreparedField): Range[] {
  const as = matchAll(near.a, field);
  if (as.length === 0) return [];
  const bs = matchAll(near.b, field);
  const text = field.folded.text;
  const out: Range[] = [];
  for (const a of as) {
    for (const b of bs) {
      const [first, second] = a[0] <= b[0] ? [a, b] : [b, a];
      if (first[1] > second[0]) continue; // overlapping: the same words cannot be both sides
      const gap = text.slice(first[1], second[0]);
      if (SENTENCE_BREAK.test(gap) || countWords(gap) > near.within) continue;
      out.push([first[0], second[1]]);
    }
  }
  return out;
}

function compileRule(
  rule: RulePack['rules'][number],
  compile: (p: Pattern) => CompiledPattern,
): CompiledRule {
  return {
    id: rule.id,
    indicator: rule.indicator,
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
  // The same pattern text (e.g. a list of roles used by several near conditions) compiles and runs once.
  const cache = new Map<string, CompiledPattern>();
  const compile = (p: Pattern): CompiledPattern => {
    const key = typeof p === 'string' ? `p:${p}` : `r:${p.regex}`;
    let c = cache.get(key);
    if (!c) {
      c = compilePattern(p);
      cache.set(key, c);
    }
    return c;
  };
  for (const pack of [...packs].sort((a, b) => a.language.localeCompare(b.language))) {
    const valid = parseRulePack(pack, `rule pack "${pack.language}"`);
    if (seen.has(valid.language)) {
      throw new Error(`Two rule packs for language "${valid.language}". Fix: pass one pack per language.`);
    }
    seen.add(valid.language);
    compiled.push({
      language: valid.language,
      version: valid.version,
      hash: rulePackHash(valid),
      rules: valid.rules.map((r) => compileRule(r, compile)),
    });
  }
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
      const prepare = (s: string): PreparedField => {
        const folded = foldWithOffsets(s);
        return { folded, index: new TextIndex(folded.text), memo: new Map() };
      };
      const prepared = { title: prepare(fields.title), text: prepare(fields.text) };
      const found = new Map<string, Found>();

      for (const pack of selected) {
        for (const rule of pack.rules) {
          for (const field of FIELDS) {
            const f = prepared[field];
            if (f.folded.text.length === 0) continue;
            const present = matchAll(rule.patterns, f);
            for (const near of rule.near) present.push(...matchNear(near, f));
            const contradicted = matchAll(rule.contradictions, f);
            if (present.length === 0 && contradicted.length === 0) continue;

            let entry = found.get(rule.indicator);
            if (!entry) {
              entry = { present: [], contradictions: [] };
              found.set(rule.indicator, entry);
            }
            if (present.length > 0) {
              entry.presentRule ??= rule.id;
              entry.present.push(...toSpans(field, fields[field], f.folded, present));
            }
            if (contradicted.length > 0) {
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
