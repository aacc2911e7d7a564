import { describe, expect, it } from 'vitest';
import { foldWithOffsets } from '../../rules/normalise.ts';
import {
  compilePattern,
  findMatches,
  findMatchesIn,
  PatternError,
  TextIndex,
  type Pattern,
} from '../../rules/pattern.ts';

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

  it('take an optional word with its separator or not at all: no punctuation at the edge of a match', () => {
    expect(matches('limba [engleză]', 'Limba, apoi limba engleză.')).toEqual(['Limba', 'limba engleză']);
    expect(matches('[the] language', 'A: language, the language')).toEqual(['language', 'the language']);
    expect(matches('[dear] german (is not|not) required', '• German is not required')).toEqual([
      'German is not required',
    ]);
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

describe('what a compiled phrase tells the engine', () => {
  it('takes a word glued to a number as a prefix, also when optional words could stand between', () => {
    // "models12": "models", then the numbers "1" and "2" with the optional words absent. Whether
    // the text also has "models" as a whole word elsewhere must not matter.
    const pattern = '(girls|models) [aged|between] # [to|and] #';
    expect(matches(pattern, 'Models12 for work in Dubai.')).toEqual(['Models12']);
    expect(matches(pattern, 'Models wanted. Models12 for work in Dubai.')).toEqual(['Models12']);
    const models = compilePattern(pattern)
      .anchors.flat()
      .find((a) => a.text === 'models');
    expect(models?.kind).toBe('prefix');
  });

  it('lists the literals every match starts with, when there are such', () => {
    expect(compilePattern('(no|without) [prior] experience').starts).toEqual(['no', 'without']);
    expect(compilePattern('[un]paid overtime').starts).toEqual(['un', 'paid']);
    // Leading optional words carry their separator, and a number or `*` may start with anything.
    expect(compilePattern('[the] fee').starts).toBeUndefined();
    expect(compilePattern('# hours').starts).toBeUndefined();
    expect(compilePattern('*gebühr').starts).toBeUndefined();
    expect(compilePattern({ regex: 'abc' }).starts).toBeUndefined();
  });

  it('marks phrases as bound to one line, and regular expressions not', () => {
    expect(compilePattern('cash ~3 daily').lineBound).toBe(true);
    expect(compilePattern({ regex: 'massage[^\\n]{0,200}?no experience' }).lineBound).toBe(false);
  });

  it('gives regular expressions the literals they need as anchors', () => {
    const compiled = compilePattern({ regex: '(?<![\\p{L}])(?:masaz\\p{L}*)[^\\n]{0,50}?bez kursu' });
    expect(compiled.anchors).toEqual([
      [{ text: 'masaz', kind: 'infix' }],
      [{ text: 'bez kursu', kind: 'infix' }],
    ]);
    expect(findMatches(compiled, new TextIndex('masaz tajski, bez kursu'))).toEqual([[0, 23]]);
    expect(findMatches(compiled, new TextIndex('masaz tajski'))).toEqual([]);
  });

  it('finds the matches inside a stretch of the text with offsets into the whole', () => {
    const compiled = compilePattern('cash daily');
    const text = 'paid cash daily\ncash daily, cash daily\nno';
    expect(findMatchesIn(compiled, text, 16, 38)).toEqual([
      [16, 26],
      [28, 38],
    ]);
  });
});
