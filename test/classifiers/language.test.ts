import { describe, expect, it } from 'vitest';
import { detectLanguage, SUPPORTED_LANGUAGES } from '../../classifiers/language.ts';

// Realistic advert sentences, one per language the rule packs cover.
const SENTENCES: Record<string, string> = {
  en: 'We are looking for warehouse workers to start immediately, accommodation is provided by the employer.',
  de: 'Wir suchen ab sofort Lagerhelfer für unser Team, die Unterkunft wird gestellt und der Lohn ist gut.',
  pl: 'Poszukujemy pracowników magazynu od zaraz, zakwaterowanie zapewnione przez pracodawcę, umowa o pracę.',
  ro: 'Căutăm muncitori pentru depozit în Germania, cazare asigurată și transport gratuit, salariu bun.',
  fr: 'Nous recherchons des ouvriers pour un entrepôt, le logement est fourni et le transport est payé.',
  es: 'Buscamos trabajadores para almacén con alojamiento incluido y transporte pagado por la empresa.',
  it: 'Cerchiamo operai per magazzino, alloggio fornito e viaggio pagato dal datore di lavoro.',
  nl: 'Wij zoeken magazijnmedewerkers, huisvesting wordt geregeld en reiskosten worden betaald.',
  pt: 'Procuramos trabalhadores para armazém, alojamento garantido e viagem paga pela empresa.',
  bg: 'Търсим работници за склад в Германия, осигурена квартира и безплатен транспорт до мястото.',
  lt: 'Ieškome sandėlio darbuotojų Vokietijoje, suteikiamas apgyvendinimas ir nemokama kelionė.',
};

describe('detectLanguage', () => {
  for (const [code, sentence] of Object.entries(SENTENCES)) {
    it(`recognises ${code}`, () => {
      const r = detectLanguage(sentence);
      expect(r.language).toBe(code);
      expect(r.confidence).toBeGreaterThan(0.3);
    });
  }

  it('ignores phone numbers, URLs and e-mails when deciding', () => {
    const r = detectLanguage(
      'Praca w Niemczech od zaraz, zakwaterowanie zapewnione. Tel +48 600 123 456, https://example.com/job?id=1, biuro@example.com',
    );
    expect(r.language).toBe('pl');
  });

  it('prefers the hint for short text', () => {
    expect(detectLanguage('Praca od zaraz', { hints: ['pl'] }).language).toBe('pl');
    expect(detectLanguage('Lucru în Germania', { hints: ['ro'] }).language).toBe('ro');
  });

  it('does not let a hint override clear, long text', () => {
    expect(detectLanguage(SENTENCES.de!, { hints: ['pl'] }).language).toBe('de');
  });

  it("returns 'und' with zero confidence for text with no words and no hint", () => {
    expect(detectLanguage('')).toEqual({ language: 'und', confidence: 0 });
    expect(detectLanguage('+48 600 123 456 — 3000 €')).toEqual({ language: 'und', confidence: 0 });
  });

  it('falls back to the hint when there are no words at all', () => {
    expect(detectLanguage('+48 600 123 456', { hints: ['pl'] }).language).toBe('pl');
  });
});

describe('detectLanguage: languages without a rule pack', () => {
  const MORE: Record<string, string> = {
    cs: 'Hledáme pracovníky do skladu v Německu, ubytování zajištěno a doprava zdarma.',
    sk: 'Hľadáme pracovníkov do skladu v Nemecku, ubytovanie je zabezpečené a doprava zadarmo.',
    hu: 'Raktári dolgozókat keresünk Németországba, a szállás biztosított, az utazás ingyenes.',
    lv: 'Meklējam noliktavas darbiniekus Vācijā, dzīvesvieta nodrošināta un ceļš bez maksas.',
    et: 'Otsime laotöötajaid Saksamaale, majutus on tagatud ja transport on tasuta.',
    fi: 'Etsimme varastotyöntekijöitä Saksaan, majoitus järjestetään ja matka on ilmainen.',
    da: 'Vi søger lagermedarbejdere til Tyskland, bolig er sørget for og rejsen er gratis.',
    sv: 'Vi söker lagerarbetare till Tyskland, boende ordnas och resan är gratis.',
    el: 'Ζητούνται εργάτες αποθήκης στη Γερμανία, με δωρεάν διαμονή και μεταφορά.',
    mt: "Qed infittxu ħaddiema għal xogħol fil-Ġermanja, akkomodazzjoni ta' kwalità u l-vjaġġ b'xejn.",
    ga: 'Tá oibrithe stórais ag teastáil sa Ghearmáin, agus beidh lóistín ar fáil saor in aisce.',
  };
  for (const [code, sentence] of Object.entries(MORE)) {
    it(`recognises ${code}`, () => {
      expect(detectLanguage(sentence).language).toBe(code);
    });
  }

  it('returns only the languages it declares', () => {
    for (const sentence of Object.values(MORE))
      expect(SUPPORTED_LANGUAGES).toContain(detectLanguage(sentence).language);
    expect(SUPPORTED_LANGUAGES).toEqual(
      expect.arrayContaining(['lt', 'lv', 'et', 'fi', 'da', 'sk', 'sl', 'mt', 'ga']),
    );
  });

  it('reads Irish from its words and its initial mutations, and not from a stray "ag" or "dt"', () => {
    expect(
      detectLanguage('Post mar thiománaí i mBaile Átha Cliath: níl taithí ag teastáil, tuarastal maith.')
        .language,
    ).toBe('ga');
    expect(detectLanguage('Oibrithe feirme do na gcomhlachtaí i bhFrainc, obair láithreach.').language).toBe(
      'ga',
    );
    expect(
      detectLanguage('Warehouse jobs in the ag sector near Cork, start now, accommodation provided.')
        .language,
    ).toBe('en');
    expect(
      detectLanguage('Job im Agrarsektor bei der dt. Firma Müller GmbH, Unterkunft wird gestellt.').language,
    ).toBe('de');
    expect(
      detectLanguage('Oferta de trabajo: se busca camarero para bar de tapas en Sevilla, sin experiencia.')
        .language,
    ).toBe('es');
  });
});

describe('detectLanguage: long texts', () => {
  it('decides on the opening of the text', () => {
    const english = ' We are looking for warehouse workers, accommodation is provided.'.repeat(80);
    expect(detectLanguage(`${SENTENCES.de!}\n${SENTENCES.de!}${english}`).language).toBe('de');
    expect(detectLanguage(`${SENTENCES.pl!}${english}`, { hints: ['pl'] }).language).toBe('pl');
  });

  it('skips contact details at the start rather than reading them as words', () => {
    const text = `https://jobs.example.com/oferta?id=123 biuro@example.com +48 600 123 456 ${SENTENCES.pl!}`;
    expect(detectLanguage(text).language).toBe('pl');
  });
});
