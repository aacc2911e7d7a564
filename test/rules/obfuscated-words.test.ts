// Words written with symbols or digits for letters: which are read back, how, and what the rule
// packs then find in them.
import { describe, expect, it } from 'vitest';
import { deobfuscateWords, isMessengerName } from '../../rules/obfuscated-words.ts';
import { createAssessor } from '../../classifiers/assess.ts';
import { createRuleEngine, loadRulePacks } from '../../rules/engine.ts';

const reads = (text: string, skip: Array<{ start: number; end: number }> = []): string[] =>
  (deobfuscateWords(text, skip)?.words ?? []).map((w) => `${text.slice(w.start, w.end)}=${w.reads}`);

describe('deobfuscateWords', () => {
  it('reads substitutes between letters, keeping case and script', () => {
    expect(reads('Sl00pwerkers, betaling in ca$h, P@SSPORT, Angl1joje')).toEqual([
      'Sl00pwerkers=Sloopwerkers',
      'ca$h=cash',
      'P@SSPORT=PASSPORT',
      'Angl1joje=Anglijoje',
    ]);
    expect(reads('Р@БОТА В АНГЛИЯ, КВ@РТИР@, 3апл@та')).toEqual(['Р@БОТА=РАБОТА', 'КВ@РТИР@=КВАРТИРА']);
  });

  it('keeps offsets: the read-back text has the same length and the same text around the words', () => {
    const text = 'Start now! Cash only: ca$h, housing 5€ a day, Wh@tsapp +31 6 1234 5678';
    const result = deobfuscateWords(text);
    expect(result?.text).toBe('Start now! Cash only: cash, housing 5€ a day, Whatsapp +31 6 1234 5678');
    expect(result?.text.length).toBe(text.length);
  });

  it('leaves numbers, codes, e-mails, handles and skipped ranges alone', () => {
    expect(
      deobfuscateWords(
        'B2B, mp3, COVID-19, 4x4, 24h, A4, 2000 EUR, Win10, @work_abroad, jan.kowalski@gmail.com, x@y',
      ),
    ).toBeUndefined();
    const text = 'write to praca@agencja then';
    expect(reads(text)).toEqual(['praca@agencja=pracaaagencja']);
    expect(reads(text, [{ start: 9, end: 22 }])).toEqual([]);
  });

  it('returns undefined for plain text', () => {
    expect(deobfuscateWords('Praca w Niemczech, zakwaterowanie zapewnione, 2 500 € netto.')).toBeUndefined();
    expect(deobfuscateWords('')).toBeUndefined();
  });

  it('knows messenger names', () => {
    expect(isMessengerName('Whatsapp')).toBe(true);
    expect(isMessengerName('VIBER')).toBe(true);
    expect(isMessengerName('Sloopwerkers')).toBe(false);
  });
});

describe('obfuscated words in the assess stage', () => {
  const assessor = createAssessor({ engine: createRuleEngine(loadRulePacks()) });

  it('lets the rules read a flagged word written with symbols, with the evidence as written', () => {
    const text =
      'Warehouse work in Germany. To apply send a copy of your p@ssp0rt and ID card today. ' +
      'Write on Wh@tsapp.';
    const out = assessor.assess({ title: 'Warehouse work', text, languageHints: ['en'] });
    const passport = out.hits.find((h) => h.indicatorId === 'docs.passport_upfront');
    expect(passport?.state).toBe('present');
    expect(passport?.evidence.map((e) => e.text).join(' ')).toContain('p@ssp0rt');
    const obfuscated = out.hits.find((h) => h.indicatorId === 'language.obfuscated');
    expect(obfuscated?.evidence.map((e) => e.text)).toEqual(['p@ssp0rt', 'Wh@tsapp']);
    expect(obfuscated?.note).toBe(
      'words written to slip past filters: "p@ssp0rt" reads "passport", "Wh@tsapp" reads "Whatsapp"',
    );
  });

  it('reports words written one letter at a time that a rule reads or that name a messenger', () => {
    const text = 'Farm work. Paid in c a s h every week. Write on V.i.b.e.r. The b e s t team.';
    const out = assessor.assess({ title: 'Farm work', text, languageHints: ['en'] });
    expect(out.hits.find((h) => h.indicatorId === 'pay.unusual_method')?.state).toBe('present');
    const obfuscated = out.hits.find((h) => h.indicatorId === 'language.obfuscated');
    expect(obfuscated?.evidence.map((e) => e.text)).toEqual(['c a s h', 'V.i.b.e.r']);
    expect(obfuscated?.note).toBe(
      'words written to slip past filters: "c a s h" reads "cash", "V.i.b.e.r" reads "Viber"',
    );
  });

  it('raises nothing for a read-back word no rule uses', () => {
    const out = assessor.assess({
      title: 'Office work',
      text: 'Our team in Sl0vakia needs a clerk. Apply through our website.',
      languageHints: ['en'],
    });
    expect(out.hits.map((h) => h.indicatorId)).not.toContain('language.obfuscated');
  });
});
