import { describe, expect, it } from 'vitest';
import { foldWithOffsets } from '../../rules/normalise.ts';
import { compilePattern, findMatches, PatternError, TextIndex, type Pattern } from '../../rules/pattern.ts';

/** The original-text slices that `pattern` matches in `text`. */
function matches(pattern: Pattern, text: string): string[] {
  const folded = foldWithOffsets(text);
  return findMatches(compilePattern(pattern), new TextIndex(folded.text)).map(([s, e]) =>
    text.slice(folded.origStart[s], folded.origEnd[e - 1]),
  );
}

describe('phrase patterns', () => {
  it('match whole words, ignoring case, diacritics and in-sentence punctuation', () => {
    expect(matches('cazare asigurată', 'CAZARE: asigurata. Cazare asigurată')).toEqual([
      'CAZARE: asigurata',
      'Cazare asigurată',
    ]);
    expect(matches('fee', 'coffee, fees, fee')).toEqual(['fee']);
    expect(matches('unterkunft', 'Die Unterkunft, unterkunftsnah')).toEqual(['Unterkunft']);
  });

  it('do not run across a sentence end or a line break', () => {
    expect(matches('accommodation provided', 'No accommodation. Provided tools.')).toEqual([]);
    expect(matches('accommodation provided', 'accommodation\nprovided')).toEqual([]);
  });

  it('expand stems, suffixes and glued alternatives', () => {
    expect(matches('zakwaterowani*', 'Zakwaterowanie i zakwaterowania, zakwaterować')).toEqual([
      'Zakwaterowanie',
      'zakwaterowania',
    ]);
    expect(matches('*gebühr*', 'Die Vermittlungsgebühren und Gebühr')).toEqual([
      'Vermittlungsgebühren',
      'Gebühr',
    ]);
    expect(matches('opłat(a|y) rekrutacyjn*', 'Opłaty rekrutacyjne, opłatę rekrutacyjną')).toEqual([
      'Opłaty rekrutacyjne',
    ]);
  });

  it('handle alternatives of several words, optional words and gaps', () => {
    expect(matches('(no|no prior) experience', 'no prior experience')).toEqual(['no prior experience']);
    expect(
      matches('deducted from [your|the] wages', 'deducted from wages; deducted from your wages'),
    ).toEqual(['deducted from wages', 'deducted from your wages']);
    expect(matches('send ~3 passport', 'send a copy of passport')).toEqual(['send a copy of passport']);
    expect(matches('send ~2 passport', 'send a copy of passport')).toEqual([]);
  });

  it('match numbers, also glued to words', () => {
    expect(matches('girls # [to] #', 'girls 18-25, girls 18 to 30')).toEqual([
      'girls 18-25',
      'girls 18 to 30',
    ]);
    expect(matches('(12|14) (hours|h) shifts', '12h shifts and 14 hours shifts')).toEqual([
      '12h shifts',
      '14 hours shifts',
    ]);
    expect(matches('fee of #', 'a fee of 1.200 or 3 000')).toEqual(['fee of 1.200']);
  });

  it('treat punctuation inside a word as optional but keep words apart', () => {
    expect(matches('live-in', 'live-in, livein, live in London')).toEqual(['live-in', 'livein']);
    expect(matches("don't", 'we don’t charge, we dont')).toEqual(['don’t', 'dont']);
  });

  it('run regular expressions on the folded text', () => {
    expect(matches({ regex: 'cazare (?:asigurata|gratuita)' }, 'CAZARE GRATUITĂ')).toEqual([
      'CAZARE GRATUITĂ',
    ]);
  });
});

describe('pattern errors', () => {
  const error = (pattern: Pattern): PatternError => {
    try {
      compilePattern(pattern);
    } catch (err) {
      if (err instanceof PatternError) return err;
      throw err;
    }
    throw new Error(`expected ${JSON.stringify(pattern)} to be rejected`);
  };

  it.each([
    ['(a|b', "missing ')'"],
    ['a)', "unexpected ')'"],
    ['(a|)', 'empty alternative'],
    ['(a]', 'does not match'],
    ['~2 a', 'cannot start or end'],
    ['a ~11 b', 'out of range'],
    ['a~2', 'must stand alone'],
    ['[a] [b]', 'every word in this phrase is optional'],
  ])('rejects %s', (pattern, message) => {
    const err = error(pattern);
    expect(err.message).toContain(message);
    expect(err.fix.length).toBeGreaterThan(5);
  });

  it('rejects regular expressions that are invalid, unfolded or match empty text', () => {
    expect(error({ regex: '(a' }).message).toContain('invalid regular expression');
    expect(error({ regex: 'Cazare' }).fix).toContain('lower case');
    expect(error({ regex: 'a*' }).message).toContain('empty text');
  });
});
