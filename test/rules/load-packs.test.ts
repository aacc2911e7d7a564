import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createRuleEngine, loadRulePacks, rulePackHash, type RulePack } from '../../rules/engine.ts';
import { RulePackError } from '../../rules/pack-schema.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function packDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'rw-packs-'));
  dirs.push(dir);
  for (const [name, body] of Object.entries(files)) writeFileSync(join(dir, name), body);
  return dir;
}

const VALID_RULE = `
  - id: en.fee.recruitment.1
    indicator: fee.recruitment
    patterns:
      - "registration fee*"
    contradictions:
      - "no fees"
    examples:
      - "A registration fee is due."
    counterExamples:
      - "We pay well."
    contradictionExamples:
      - "There are no fees."
`;

function pack(rules: string, header = 'language: en\nversion: 1.0.0\n'): string {
  return `${header}rules:${rules}`;
}

/** Loads `files` and returns the RulePackError it must throw. */
function loadError(files: Record<string, string>): RulePackError {
  const dir = packDir(files);
  try {
    loadRulePacks(dir);
  } catch (err) {
    if (err instanceof RulePackError) return err;
    throw err;
  }
  throw new Error('expected loadRulePacks to fail');
}

describe('loadRulePacks', () => {
  it('loads the bundled packs, sorted by language, each with a semantic version', () => {
    const packs = loadRulePacks();
    const languages = packs.map((p) => p.language);
    expect(languages).toEqual([...languages].sort());
    expect(languages).toEqual(expect.arrayContaining(['de', 'en', 'pl', 'ro']));
    for (const p of packs) {
      expect(p.version).toMatch(/^\d+\.\d+\.\d+/);
      expect(p.rules.length).toBeGreaterThanOrEqual(15);
    }
    expect(createRuleEngine(packs).version).toBe(
      packs.map((p) => `${p.language}@${p.version}+${rulePackHash(p)}`).join(','),
    );
  });

  it('loads a valid pack from another folder and fills in defaults', () => {
    const [loaded] = loadRulePacks(packDir({ 'en.yaml': pack(VALID_RULE) }));
    expect(loaded!.rules[0]!.near).toEqual([]);
    const engine = createRuleEngine([loaded!]);
    expect(engine.version).toMatch(/^en@1\.0\.0\+[0-9a-f]{8}$/);
    expect(engine.match({ title: 'Registration fees apply', text: '' })[0]?.ruleId).toBe(
      'en.fee.recruitment.1',
    );
  });

  it('names file, rule, field and fix for an indicator id that is not in the catalogue', () => {
    const err = loadError({
      'en.yaml': pack(VALID_RULE.replace('indicator: fee.recruitment', 'indicator: fee.recruiting')),
    });
    expect(err.file).toMatch(/en\.yaml$/);
    expect(err.issues).toContainEqual(
      expect.objectContaining({ ruleId: 'en.fee.recruitment.1', field: 'indicator' }),
    );
    expect(err.message).toContain('en.yaml');
    expect(err.message).toContain('rule en.fee.recruitment.1');
    expect(err.message).toContain('"fee.recruiting" is not in the indicator catalogue');
    expect(err.message).toContain('Fix: use a catalogue id');
  });

  it('rejects rules for computed or entity indicators', () => {
    const rules = VALID_RULE.replaceAll('fee.recruitment', 'network.template');
    const err = loadError({ 'en.yaml': pack(rules) });
    expect(err.issues[0]).toMatchObject({ ruleId: 'en.network.template.1', field: 'indicator' });
    expect(err.issues[0]!.problem).toContain('computed');
  });

  it('points at the pattern that does not compile', () => {
    const rules = VALID_RULE.replace(
      '- "registration fee*"',
      '- "registration fee*"\n      - "(placement|agency fee"',
    );
    const err = loadError({ 'en.yaml': pack(rules) });
    expect(err.issues).toEqual([
      expect.objectContaining({ ruleId: 'en.fee.recruitment.1', field: 'patterns[1]' }),
    ]);
    expect(err.issues[0]!.problem).toContain("missing ')'");
    expect(err.issues[0]!.fix).toContain("close every '('");
  });

  it('names misspelled keys and lists the allowed ones', () => {
    const err = loadError({ 'en.yaml': pack(VALID_RULE.replace('counterExamples:', 'counterexamples:')) });
    const issue = err.issues.find((i) => i.problem.includes('counterexamples'));
    expect(issue).toMatchObject({ ruleId: 'en.fee.recruitment.1' });
    expect(issue!.fix).toContain('counterExamples');
  });

  it('requires examples and counter-examples for rules that detect something', () => {
    const rules = VALID_RULE.replace('    examples:\n      - "A registration fee is due."\n', '');
    const err = loadError({ 'en.yaml': pack(rules) });
    expect(err.issues).toContainEqual(
      expect.objectContaining({ ruleId: 'en.fee.recruitment.1', field: 'examples' }),
    );
  });

  it('checks the pack header', () => {
    const err = loadError({ 'en.yaml': pack(VALID_RULE, 'language: en\nversion: one\n') });
    expect(err.issues).toEqual([expect.objectContaining({ field: 'version' })]);
    expect(err.issues[0]!.fix).toContain('1.0.0');
  });

  it('reports invalid YAML with the file name', () => {
    const err = loadError({ 'en.yaml': 'language: en\nrules: [unclosed\n' });
    expect(err.message).toContain('en.yaml');
    expect(err.issues[0]!.problem).toContain('not valid YAML');
  });

  it('requires the file name to match the language', () => {
    const err = loadError({ 'english.yaml': pack(VALID_RULE) });
    expect(err.issues[0]).toMatchObject({ field: 'language' });
    expect(err.issues[0]!.fix).toContain('en.yaml');
  });

  it('rejects duplicate and misshapen rule ids', () => {
    const err = loadError({
      'en.yaml': pack(VALID_RULE + VALID_RULE.replace('id: en.fee.recruitment.1', 'id: en.fee.1')),
    });
    expect(err.issues).toContainEqual(expect.objectContaining({ ruleId: 'en.fee.1', field: 'id' }));
    const dup = loadError({ 'en.yaml': pack(VALID_RULE + VALID_RULE) });
    expect(dup.issues).toContainEqual(
      expect.objectContaining({
        ruleId: 'en.fee.recruitment.1',
        problem: 'the id is used by an earlier rule',
      }),
    );
  });

  it('rejects regular expressions that are not written in folded form', () => {
    const rules = VALID_RULE.replace('- "registration fee*"', `- { regex: 'Registration' }`);
    const err = loadError({ 'en.yaml': pack(rules) });
    expect(err.issues[0]).toMatchObject({ ruleId: 'en.fee.recruitment.1', field: 'patterns[0]' });
    expect(err.issues[0]!.fix).toContain('lower case');
    expect(err.issues[0]!.problem).toContain('R → r');
    const cyrillic = VALID_RULE.replace('- "registration fee*"', `- { regex: 'случай' }`);
    expect(loadError({ 'en.yaml': pack(cyrillic) }).issues[0]!.problem).toContain('й → и');
  });

  it('fails clearly on a folder without packs', () => {
    expect(() => loadRulePacks(packDir({ 'notes.txt': 'x' }))).toThrow(/No rule packs/);
    expect(() => loadRulePacks(join(tmpdir(), 'rw-no-such-folder-for-packs'))).toThrow(
      /Cannot read rule packs/,
    );
  });
});

describe('createRuleEngine validation', () => {
  const valid = (): RulePack => loadRulePacks(packDir({ 'en.yaml': pack(VALID_RULE) }))[0]!;

  it('validates packs built in code like packs read from files', () => {
    const broken = valid();
    broken.rules[0]!.indicator = 'no.such.indicator';
    expect(() => createRuleEngine([broken])).toThrow(RulePackError);
  });

  it('refuses two packs for the same language', () => {
    expect(() => createRuleEngine([valid(), valid()])).toThrow(/Two rule packs for language "en"/);
  });
});

describe('engine version from loaded pack files', () => {
  const versionOf = (yaml: string): string =>
    createRuleEngine(loadRulePacks(packDir({ 'en.yaml': yaml }))).version;
  const base = pack(VALID_RULE);

  it('changes when a pattern changes, even with the same pack version', () => {
    const edited = pack(VALID_RULE.replace('"registration fee*"', '"registration charge*"'));
    expect(versionOf(edited)).not.toBe(versionOf(base));
    expect(versionOf(edited)).toMatch(/^en@1\.0\.0\+[0-9a-f]{8}$/);
    expect(versionOf(pack(VALID_RULE.replace('"no fees"', '"no fees at all"')))).not.toBe(versionOf(base));
  });

  it('does not change for comments, quoting, layout, key order or defaults written out', () => {
    const rewritten = `# English pack, rewritten by hand
version: "1.0.0"   # same version
rules:
  - indicator: fee.recruitment
    id: 'en.fee.recruitment.1'
    contradictionExamples: ["There are no fees."]
    counterExamples:
      - We pay well.
    examples:
      - A registration fee is due.
    # the fee itself
    contradictions: ['no fees']
    near: []
    patterns: ['registration fee*']
language: en
`;
    expect(versionOf(rewritten)).toBe(versionOf(base));
  });

  it('gives a pack built in code the same version as the same pack loaded from a file', () => {
    const [loaded] = loadRulePacks(packDir({ 'en.yaml': base }));
    const inCode: RulePack = {
      language: 'en',
      version: '1.0.0',
      rules: [
        {
          id: 'en.fee.recruitment.1',
          indicator: 'fee.recruitment',
          patterns: ['registration fee*'],
          near: [],
          contradictions: ['no fees'],
          examples: ['A registration fee is due.'],
          counterExamples: ['We pay well.'],
          contradictionExamples: ['There are no fees.'],
        },
      ],
    };
    expect(rulePackHash(inCode)).toBe(rulePackHash(loaded!));
    expect(createRuleEngine([inCode]).version).toBe(versionOf(base));
  });
});
