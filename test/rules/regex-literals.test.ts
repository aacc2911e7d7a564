import { describe, expect, it } from 'vitest';
import { loadRulePacks } from '../../rules/load-packs.ts';
import { foldWithOffsets } from '../../rules/normalise.ts';
import { regexStartLiterals, requiredLiterals } from '../../rules/regex-literals.ts';

describe('requiredLiterals', () => {
  it('takes the literal runs every match must contain', () => {
    expect(requiredLiterals('no (?:prior |previous )?experience\\s*\\?\\s*no problem', 3)).toEqual([
      ['no '],
      ['experience'],
      ['no problem'],
    ]);
  });

  it('turns alternatives into one set and leaves out lookarounds, classes and optional parts', () => {
    expect(
      requiredLiterals('(?<![\\p{L}\\p{N}])(?:\\p{L}*massage\\p{L}*|masseu[rs]\\p{L}*)(?![\\p{L}\\p{N}])', 3),
    ).toEqual([['massage', 'masseu']]);
    expect(requiredLiterals('(?:colou?r) chart', 3)).toEqual([['colo'], [' chart']]);
    expect(requiredLiterals('(?:abc)?defg', 3)).toEqual([['defg']]);
  });

  it('gives nothing when one alternative has no literal long enough', () => {
    expect(requiredLiterals('(?:massage|\\d+ h)', 3)).toEqual([]);
    expect(requiredLiterals('ab|cdef', 3)).toEqual([]);
  });

  it('keeps escaped syntax characters as literals and breaks runs at shorthand escapes', () => {
    expect(requiredLiterals('7\\/7 days', 3)).toEqual([['7/7 days']]);
    expect(requiredLiterals('pay\\s+cash', 3)).toEqual([['pay'], ['cash']]);
  });

  it('counts a repeated character once and keeps what every repetition needs', () => {
    expect(requiredLiterals('goo+gle', 3)).toEqual([['goo'], ['gle']]);
    expect(requiredLiterals('ab{2}cde', 3)).toEqual([['cde']]);
  });

  it('gives nothing rather than guessing on syntax it does not read', () => {
    expect(requiredLiterals('(?i:abc)def', 3)).toEqual([]);
  });

  it('holds for every match: the literals occur in what the expression matches', () => {
    const cases: Array<[string, string[]]> = [
      ['(?<![\\p{L}])(?:spesno|spesna) (?:oferta|oferte)', ['spesno oferta', 'x spesna oferte']],
      ['bez (?:doswiadczenia|kursu)[^\\n]{0,20}?masaz', ['bez kursu, masaz', 'bez doswiadczenia masaz']],
    ];
    for (const [source, texts] of cases) {
      const sets = requiredLiterals(source, 3);
      expect(sets.length).toBeGreaterThan(0);
      for (const text of texts) {
        const m = new RegExp(source, 'u').exec(text);
        expect(m).not.toBeNull();
        for (const set of sets) expect(set.some((lit) => m![0].includes(lit))).toBe(true);
      }
    }
  });
});

describe('regexStartLiterals', () => {
  const WS = '(?<![\\p{L}\\p{N}])';

  it('reads the literals a match begins with after the word-start check and other look-arounds', () => {
    expect(regexStartLiterals(`${WS}(?<!fortei de )(?:munca|locuri de munca|job) in strainatate`)).toEqual([
      'munca',
      'locuri',
      'job',
    ]);
    expect(regexStartLiterals(`${WS}(?:nur |lediglich )?(?:ein|einen|1) (?:freier )?tag`)).toEqual([
      'nur',
      'lediglich',
      'ein',
      'einen',
      '1',
    ]);
    expect(regexStartLiterals(`${WS}colou?r chart`)).toEqual(['colo']);
    expect(regexStartLiterals('(?<![\\p{L}\\p{N}/])7/7(?![\\p{N}/])')).toEqual(['7']);
    expect(regexStartLiterals(`(?=\\d)(?<![\\p{L}\\p{N}:.])(?:[5-7]) ?am`)).toEqual([...'0123456789']);
    expect(regexStartLiterals(`${WS}\\d+ ?h`)).toEqual([...'0123456789']);
  });

  it('gives nothing when a match may begin anywhere or with an unknown character', () => {
    expect(regexStartLiterals('munca in strainatate')).toBeUndefined();
    expect(regexStartLiterals(`${WS}munca|job`)).toBeUndefined();
    expect(regexStartLiterals(`${WS}\\p{L}*massage`)).toBeUndefined();
    expect(regexStartLiterals(`${WS}(?:ab){0,2}c`)).toBeUndefined();
    expect(regexStartLiterals(`${WS}(?:ab)?`)).toBeUndefined();
    expect(regexStartLiterals(`${WS}(?:ab|[cd]e)`)).toBeUndefined();
  });

  it("every match of the bundled packs' expressions in their own examples begins with one of their literals", () => {
    // A start missed here would be a hit the engine no longer finds.
    let checked = 0;
    for (const pack of loadRulePacks()) {
      for (const rule of pack.rules) {
        const sentences = [...rule.examples, ...rule.counterExamples, ...(rule.contradictionExamples ?? [])];
        const expressions = [...rule.patterns, ...(rule.contradictions ?? [])].flatMap((p) =>
          typeof p === 'string' ? [] : [p.regex],
        );
        for (const source of expressions) {
          const starts = regexStartLiterals(source);
          if (!starts) continue;
          const regex = new RegExp(source, 'gu');
          for (const sentence of sentences) {
            const text = foldWithOffsets(sentence).text;
            for (const m of text.matchAll(regex)) {
              expect(
                starts.some((s) => text.startsWith(s, m.index)),
                `${source} in ${text}`,
              ).toBe(true);
              checked++;
            }
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(40);
  });
});
