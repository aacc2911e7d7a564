import { describe, expect, it } from 'vitest';
import { FoldBuffers, foldString, foldWithOffsets } from '../../rules/normalise.ts';

/** The original text behind folded range [start, end). */
function original(text: string, start: number, end: number): string {
  const f = foldWithOffsets(text);
  return text.slice(f.origStart[start], f.origEnd[end - 1]);
}

describe('folding', () => {
  it('lowers case and removes diacritics across the four pack languages', () => {
    expect(foldString('CAZARE ASIGURATĂ și transport')).toBe('cazare asigurata si transport');
    expect(foldString('Zakwaterowanie ZAPEWNIONE, opłata, Łódź')).toBe(
      'zakwaterowanie zapewnione, oplata, lodz',
    );
    expect(foldString('Unterkunft für Mitarbeiter, Gebühr')).toBe('unterkunft fur mitarbeiter, gebuhr');
    // Romanian s/t with cedilla and with comma below fold alike.
    expect(foldString('aşa ţară')).toBe(foldString('așa țară'));
  });

  it('expands letters that decomposition leaves alone, and compatibility forms', () => {
    expect(foldString('Straße')).toBe('strasse');
    expect(foldString('ÆØ œ')).toBe('aeo oe');
    expect(foldString('ﬁnd ＦＵＬＬ')).toBe('find full');
  });

  it('reduces symbols to spaces and keeps the separators patterns rely on', () => {
    expect(foldString('€200 • “fee” (deposit) don’t 24/7 – 12h; ok!\tA')).toBe(
      " 200    fee   deposit  don't 24/7 - 12h; ok! a",
    );
  });

  it('keeps underscores, which join the words of handles and identifiers', () => {
    expect(foldString('Telegram @Work_Abroad_Now')).toBe('telegram  work_abroad_now');
  });

  it('keeps the folded text the same length for plain text', () => {
    const text = 'Accommodation provided, 12-hour shifts.';
    const f = foldWithOffsets(text);
    expect(f.text).toBe(text.toLowerCase());
    expect([...f.origStart]).toEqual([...text].map((_, i) => i));
  });
});

describe('offsets back to the original', () => {
  it('maps ranges through ß → ss', () => {
    const text = 'Große Straße';
    const f = foldWithOffsets(text);
    expect(f.text).toBe('grosse strasse');
    const start = f.text.indexOf('strasse');
    expect(original(text, start, start + 'strasse'.length)).toBe('Straße');
    // A range ending inside the expansion still covers the whole original character.
    expect(original(text, 3, 4)).toBe('ß');
  });

  it('keeps combining marks of decomposed text inside the range', () => {
    const text = 'cazare asigurata\u0306'; // ă written as a + combining breve
    const f = foldWithOffsets(text);
    expect(f.text).toBe('cazare asigurata');
    expect(original(text, 0, f.text.length)).toBe(text);
  });

  it('counts UTF-16 code units for characters outside the basic plane', () => {
    const text = '🏠 Cazare asigurată 👍';
    const f = foldWithOffsets(text);
    const start = f.text.indexOf('cazare');
    const end = f.text.indexOf('asigurata') + 'asigurata'.length;
    expect(f.origStart[start]).toBe(3);
    expect(original(text, start, end)).toBe('Cazare asigurată');
  });
});

describe('folding long and repeated text', () => {
  it('folds a character the same the first time and every later time', () => {
    const text = 'Ąę Łódź ŞȘ ﬁ Ǆ ß İ';
    expect(foldWithOffsets(text).text).toBe(foldString(text));
    expect(foldWithOffsets(text).text).toBe(foldString(text));
    expect(foldString(text)).toBe('ae lodz ss fi dz ss i');
  });

  it('grows its buffers when expansions make the text longer, keeping every offset', () => {
    const text = 'ß'.repeat(5000) + ' Straße';
    const f = foldWithOffsets(text);
    expect(f.text).toBe(`${'ss'.repeat(5000)} strasse`);
    expect(f.origStart.length).toBe(f.text.length);
    const start = f.text.indexOf('strasse');
    expect(text.slice(f.origStart[start], f.origEnd[f.text.length - 1])).toBe('Straße');
  });

  it('gives the same result in reused buffers, whatever the texts folded into them before', () => {
    const buffers = new FoldBuffers();
    const texts = [
      'Łódź',
      'ß'.repeat(3000) + ' Straße c a s h',
      'Cazare asigurată',
      'x'.repeat(70),
      'Œuvre ǆ',
    ];
    for (const text of [...texts, ...texts.reverse()]) {
      const own = foldWithOffsets(text);
      const reused = foldWithOffsets(text, buffers);
      expect(reused.text).toBe(own.text);
      expect([...reused.origStart]).toEqual([...own.origStart]);
      expect([...reused.origEnd]).toEqual([...own.origEnd]);
      expect(reused.spaced).toEqual(own.spaced);
    }
    // The buffers grew to the longest text and are kept.
    expect(buffers.codes.length).toBeGreaterThanOrEqual(6000);
  });
});

describe('words written one letter at a time', () => {
  it('joins four or more single letters with one kind of separator, recording where they were', () => {
    const text = 'Paid in c a s h, write on V.i.b.e.r or w-h-a-t-s-a-p-p, c*a*s*h';
    const f = foldWithOffsets(text);
    expect(f.text).toBe('paid in cash, write on viber or whatsapp, cash');
    expect(f.spaced.map((r) => text.slice(r.start, r.end))).toEqual([
      'c a s h',
      'V.i.b.e.r',
      'w-h-a-t-s-a-p-p',
      'c*a*s*h',
    ]);
    // Every joined letter keeps its own offset.
    const at = f.text.indexOf('viber');
    expect(text.slice(f.origStart[at], f.origEnd[at + 4])).toBe('V.i.b.e.r');
    expect(f.origStart.length).toBe(f.text.length);
  });

  it('leaves short initialisms, mixed separators and letters inside words alone', () => {
    for (const text of ['U.S.A. and e.g. a b c', 'c a.s h', 'ca s h e', 'Plan A. B. C. D.', 'x1 c a s']) {
      const f = foldWithOffsets(text);
      expect(f.spaced).toEqual([]);
      expect(f.text).toBe(foldString(text));
    }
  });
});
