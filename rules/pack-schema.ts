// The rule-pack format (one YAML file per language, see rules/packs/README.md) and its validation.
// Validation names the file, the rule id, the field and the fix, because the people who edit packs
// are analysts, not programmers. Pure: parses values, does no I/O.
import { z } from 'zod';
import { getIndicator } from './catalogue.ts';
import { foldString } from './normalise.ts';
import { checkPattern as checkPatternSyntax, PatternError, type Pattern } from './pattern.ts';

export type { Pattern } from './pattern.ts';

/** Pattern `a` within `within` words of pattern `b` (either order, same sentence). */
export interface NearCondition {
  a: Pattern[];
  b: Pattern[];
  within: number;
}

export interface Rule {
  /** `<language>.<indicator>.<n>`, e.g. `en.fee.recruitment.1`. */
  id: string;
  /** A catalogue id of kind `textual`. */
  indicator: string;
  /** What the rule catches, for other analysts. */
  note?: string;
  /** Any one matching makes the indicator present. */
  patterns: Pattern[];
  /** Any one satisfied makes the indicator present. */
  near: NearCondition[];
  /** Any one matching means the advert says the opposite: the indicator is `contradicted`. */
  contradictions: Pattern[];
  /** Sentences the rule must match (state present). */
  examples: string[];
  /** Sentences the rule must not match as present. */
  counterExamples: string[];
  /** Sentences that must yield state contradicted. */
  contradictionExamples: string[];
}

export interface RulePack {
  /** ISO 639-1 code, lower case. */
  language: string;
  /** Semantic version; bump it whenever a rule changes, so assessments can be reproduced. */
  version: string;
  /**
   * How the pack's language names languages: ISO 639-1 code → folded beginnings of the words that
   * name it ("englez" for "engleză", "englezei"). A contradiction of an indicator about the local
   * language (catalogue `aboutLocalLanguage`) counts only when it names a language of the workplace
   * or none (RuleEngine.match option `localLanguages`).
   */
  languageNames?: Record<string, string[]>;
  rules: Rule[];
}

/** One problem in a pack. `field` is relative to the rule when `ruleId` is set. */
export interface RulePackIssue {
  ruleId?: string;
  field: string;
  problem: string;
  fix: string;
}

/** A pack that cannot be used, with every problem found in it. */
export class RulePackError extends Error {
  constructor(
    readonly file: string,
    readonly issues: readonly RulePackIssue[],
  ) {
    super(
      `Invalid rule pack ${file}:\n` +
        issues
          .map(
            (i) =>
              `  - ${i.ruleId ? `rule ${i.ruleId}, ` : ''}field "${i.field}": ${i.problem}. Fix: ${i.fix}.`,
          )
          .join('\n'),
    );
    this.name = 'RulePackError';
  }
}

const SEMVER = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/;
const LANGUAGE = /^[a-z]{2,3}$/;

const PatternSchema = z.union([z.string().trim().min(1), z.strictObject({ regex: z.string().min(1) })], {
  error: 'a pattern must be a phrase (text) or { regex: "..." }',
});
// Analysts may write a single pattern where a list is expected.
const PatternList = z.preprocess(
  (v) => (v === undefined || Array.isArray(v) ? v : [v]),
  z.array(PatternSchema).min(1),
);
const Texts = z.array(z.string().trim().min(1)).default([]);

const NearSchema = z.strictObject({
  a: PatternList,
  b: PatternList,
  within: z.number().int().min(1).max(30),
});

const RuleSchema = z.strictObject({
  id: z.string().min(1),
  indicator: z.string().min(1),
  note: z.string().optional(),
  patterns: z.array(PatternSchema).default([]),
  near: z.array(NearSchema).default([]),
  contradictions: z.array(PatternSchema).default([]),
  examples: Texts,
  counterExamples: Texts,
  contradictionExamples: Texts,
});

const PackSchema = z.strictObject({
  language: z.string().regex(LANGUAGE, { error: 'must be a lower-case ISO 639-1 code' }),
  version: z.string().regex(SEMVER, { error: 'must be a semantic version' }),
  languageNames: z
    .record(
      z.string().regex(LANGUAGE, { error: 'must be a lower-case ISO 639-1 code' }),
      z.array(z.string().trim().min(3, { error: 'a language name needs at least 3 letters' })).min(1),
    )
    .optional(),
  rules: z.array(RuleSchema).min(1),
});

const ALLOWED_KEYS: Record<'pack' | 'rule' | 'near' | 'pattern', string> = {
  pack: 'language, version, languageNames, rules',
  rule: Object.keys(RuleSchema.shape).join(', '),
  near: 'a, b, within',
  pattern: 'regex',
};

type Path = readonly PropertyKey[];

function valueAt(root: unknown, path: Path): unknown {
  let v = root;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

function formatPath(path: Path): string {
  let out = '';
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : `${out ? '.' : ''}${String(key)}`;
  return out || '(top level)';
}

/** Splits a path into the rule it lies in (if any) and the field inside that rule. */
function locate(raw: unknown, path: Path): { ruleId?: string; field: string; inRule: Path } {
  if (path[0] === 'rules' && typeof path[1] === 'number') {
    const id = valueAt(raw, ['rules', path[1], 'id']);
    const inRule = path.slice(2);
    if (typeof id === 'string' && id) {
      return { ruleId: id, field: inRule.length > 0 ? formatPath(inRule) : '(the rule itself)', inRule };
    }
    return { field: formatPath(path), inRule };
  }
  return { field: formatPath(path), inRule: path };
}

function fixFor(issue: z.core.$ZodIssue, raw: unknown, inRule: Path, atRule: boolean): string {
  const value = valueAt(raw, issue.path);
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined) return `add "${String(issue.path[issue.path.length - 1])}"`;
      return issue.expected === 'array'
        ? 'make it a list (lines starting with "- ")'
        : issue.expected === 'string'
          ? 'make it a text (quote it if it starts with a special character)'
          : `make it a ${issue.expected}`;
    case 'unrecognized_keys': {
      let level: keyof typeof ALLOWED_KEYS = 'pattern';
      if (!atRule) level = 'pack';
      else if (inRule.length === 0) level = 'rule';
      else if (inRule[0] === 'near' && inRule.length === 2) level = 'near';
      return `remove or correct ${issue.keys.map((k) => `"${k}"`).join(', ')}; allowed here: ${ALLOWED_KEYS[level]}`;
    }
    case 'too_small':
      return issue.origin === 'array'
        ? `add at least ${String(issue.minimum)} entr${issue.minimum === 1 ? 'y' : 'ies'}`
        : issue.origin === 'string'
          ? 'write some text, or remove the entry'
          : `use a number of at least ${String(issue.minimum)}`;
    case 'too_big':
      return `use a number of at most ${String(issue.maximum)}`;
    case 'invalid_union':
      return 'write a phrase such as "registration fee*", or { regex: "..." } for a regular expression';
    case 'invalid_format':
      return issue.path[issue.path.length - 1] === 'version'
        ? 'write it as MAJOR.MINOR.PATCH, e.g. "1.0.0"'
        : 'use the two-letter language code, e.g. "en"';
    default:
      return 'correct the value';
  }
}

function checkPattern(pattern: Pattern, field: string, ruleId: string, issues: RulePackIssue[]): void {
  try {
    checkPatternSyntax(pattern);
  } catch (err) {
    if (!(err instanceof PatternError)) throw err;
    issues.push({ ruleId, field, problem: `${err.message} in ${JSON.stringify(pattern)}`, fix: err.fix });
  }
}

/** Language names must be written as the engine reads text: folded, one word each. */
function checkLanguageNames(pack: RulePack, issues: RulePackIssue[]): void {
  for (const [code, names] of Object.entries(pack.languageNames ?? {}))
    names.forEach((name, i) => {
      if (foldString(name) !== name || /[^\p{L}]/u.test(name))
        issues.push({
          field: `languageNames.${code}[${i}]`,
          problem: `"${name}" is not one folded word`,
          fix: `write the beginning of one word, lower case and without diacritics, e.g. "${foldString(name).replace(/[^\p{L}].*$/u, '')}"`,
        });
    });
}

/** Checks what the schema cannot: ids, catalogue references, pattern syntax, examples present. */
function checkRules(pack: RulePack, issues: RulePackIssue[]): void {
  const seen = new Set<string>();
  for (const rule of pack.rules) {
    const add = (field: string, problem: string, fix: string): void => {
      issues.push({ ruleId: rule.id, field, problem, fix });
    };
    if (seen.has(rule.id)) add('id', 'the id is used by an earlier rule', 'give every rule its own number');
    seen.add(rule.id);

    const def = getIndicator(rule.indicator);
    if (!def) {
      const family = rule.indicator.split('.')[0] ?? '';
      add(
        'indicator',
        `"${rule.indicator}" is not in the indicator catalogue`,
        `use a catalogue id from rules/catalogue.ts${family ? ` (ids starting "${family}.")` : ''}`,
      );
    } else if (def.kind !== 'textual') {
      add(
        'indicator',
        `"${rule.indicator}" is a ${def.kind} indicator, derived outside the rule packs`,
        'remove the rule; packs implement only textual indicators',
      );
    }

    const idShape = new RegExp(`^${pack.language}\\.${rule.indicator.replace(/\./g, '\\.')}\\.\\d+$`);
    if (!idShape.test(rule.id)) {
      add(
        'id',
        'the id does not follow <language>.<indicator>.<number>',
        `rename it, e.g. "${pack.language}.${rule.indicator}.1"`,
      );
    }

    rule.patterns.forEach((p, i) => checkPattern(p, `patterns[${i}]`, rule.id, issues));
    rule.contradictions.forEach((p, i) => checkPattern(p, `contradictions[${i}]`, rule.id, issues));
    rule.near.forEach((n, i) => {
      n.a.forEach((p, j) => checkPattern(p, `near[${i}].a[${j}]`, rule.id, issues));
      n.b.forEach((p, j) => checkPattern(p, `near[${i}].b[${j}]`, rule.id, issues));
    });

    const detects = rule.patterns.length > 0 || rule.near.length > 0;
    if (!detects && rule.contradictions.length === 0) {
      add(
        'patterns',
        'the rule has no patterns, near conditions or contradictions',
        'add at least one of them',
      );
    }
    if (detects && rule.examples.length === 0) {
      add('examples', 'no example sentences', 'add a sentence the rule should match, so tests can check it');
    }
    if (detects && rule.counterExamples.length === 0) {
      add(
        'counterExamples',
        'no counter-example sentences',
        'add a similar-looking sentence the rule must not match (an ordinary advert)',
      );
    }
    if (rule.contradictions.length > 0 && rule.contradictionExamples.length === 0) {
      add(
        'contradictionExamples',
        'contradictions without example sentences',
        'add a sentence that each contradiction pattern should match',
      );
    }
  }
}

/**
 * Validates a parsed pack (e.g. YAML already read into values). `file` names it in errors.
 * Throws RulePackError listing every problem found.
 */
export function parseRulePack(raw: unknown, file: string): RulePack {
  const result = PackSchema.safeParse(raw);
  if (!result.success) {
    throw new RulePackError(
      file,
      result.error.issues.map((issue) => {
        const where = locate(raw, issue.path);
        const atRule = issue.path[0] === 'rules' && typeof issue.path[1] === 'number';
        return {
          ...(where.ruleId ? { ruleId: where.ruleId } : {}),
          field: where.field,
          problem: issue.message,
          fix: fixFor(issue, raw, where.inRule, atRule),
        };
      }),
    );
  }
  const pack: RulePack = result.data;
  const issues: RulePackIssue[] = [];
  checkLanguageNames(pack, issues);
  checkRules(pack, issues);
  if (issues.length > 0) throw new RulePackError(file, issues);
  return pack;
}
