import { describe, expect, it } from 'vitest';
import {
  SECTORS,
  SECTOR_LANGUAGES,
  SECTOR_VERSION,
  detectSector,
  isSector,
} from '../../classifiers/sector.ts';
import type { Sector } from '../../classifiers/sector.ts';

// [sector, language, title] — job-board titles as written in each market.
const TITLES: Array<[Sector, string, string]> = [
  ['agriculture', 'en', 'Fruit picking in Kent – strawberry season'],
  ['agriculture', 'de', 'Erntehelfer (m/w/d) für die Spargelernte'],
  ['agriculture', 'es', 'Temporeros para la campaña de la fresa en Huelva'],
  ['agriculture', 'nl', 'Medewerker champignonkwekerij'],
  ['agriculture', 'pl', 'Praca przy zbiorach truskawek'],
  ['agriculture', 'ro', 'Culegători căpșuni în Spania'],
  ['agriculture', 'bg', 'Беритба на ягоди в Гърция'],
  ['agriculture', 'lt', 'Braškių skynimas Norvegijoje'],
  ['food-processing', 'en', 'Meat processing operative – poultry plant'],
  ['food-processing', 'de', 'Fleischzerleger für Schlachthof gesucht'],
  ['food-processing', 'fr', 'Désosseur en abattoir'],
  ['food-processing', 'pl', 'Pracownik ubojni drobiu'],
  ['food-processing', 'nl', 'Medewerker vleesverwerking'],
  ['construction', 'en', 'Bricklayers and labourers for building site'],
  ['construction', 'de', 'Bauhelfer / Maurer (m/w/d)'],
  ['construction', 'fr', 'Maçon coffreur sur chantier'],
  ['construction', 'es', 'Albañil y encofrador para obra nueva'],
  ['construction', 'it', 'Muratore per cantiere edile'],
  ['construction', 'pl', 'Pomocnik budowlany – Niemcy'],
  ['construction', 'ro', 'Zidar și fierar betonist pe șantier'],
  ['construction', 'bg', 'Строителни работници – зидари'],
  ['construction', 'lt', 'Statybininkas – mūrininkas'],
  ['hospitality', 'en', 'Kitchen porter and waiting staff for hotel'],
  ['hospitality', 'de', 'Küchenhilfe und Zimmermädchen'],
  ['hospitality', 'fr', 'Serveur / serveuse en brasserie'],
  ['hospitality', 'es', 'Camarero de sala para hostelería'],
  ['hospitality', 'it', 'Cameriere e aiuto cuoco per ristorante'],
  ['hospitality', 'nl', 'Afwasser in de horeca'],
  ['hospitality', 'pl', 'Kelnerka / pokojówka w hotelu'],
  ['hospitality', 'ro', 'Ospătar și ajutor de bucătar'],
  ['hospitality', 'bg', 'Сервитьор и готвач за ресторант'],
  ['hospitality', 'lt', 'Padavėja restorane'],
  ['cleaning', 'en', 'Office cleaner – evening shifts'],
  ['cleaning', 'de', 'Reinigungskraft für Gebäudereinigung'],
  ['cleaning', 'fr', 'Agent de propreté – nettoyage de bureaux'],
  ['cleaning', 'es', 'Personal de limpieza'],
  ['cleaning', 'nl', 'Schoonmaker in ziekenhuis'],
  ['cleaning', 'pl', 'Sprzątaczka – sprzątanie biur'],
  ['cleaning', 'bg', 'Чистачка – почистване на офиси'],
  ['care-domestic', 'en', 'Live-in carer for elderly lady'],
  ['care-domestic', 'de', 'Betreuungskraft für Seniorenbetreuung (24h)'],
  ['care-domestic', 'fr', 'Auxiliaire de vie à domicile'],
  ['care-domestic', 'it', 'Badante convivente'],
  ['care-domestic', 'pl', 'Opiekunka osób starszych w Niemczech'],
  ['care-domestic', 'ro', 'Îngrijitoare bătrâni în Italia'],
  ['care-domestic', 'bg', 'Болногледачка в Италия'],
  ['logistics-warehouse', 'en', 'Warehouse operative – forklift licence'],
  ['logistics-warehouse', 'de', 'Lagerhelfer / Kommissionierer'],
  ['logistics-warehouse', 'fr', 'Préparateur de commandes cariste'],
  ['logistics-warehouse', 'es', 'Mozo de almacén con carretilla'],
  ['logistics-warehouse', 'nl', 'Orderpicker magazijn'],
  ['logistics-warehouse', 'pl', 'Magazynier – operator wózka widłowego'],
  ['logistics-warehouse', 'ro', 'Lucrător depozit – stivuitorist'],
  ['logistics-warehouse', 'lt', 'Sandėlio darbuotojas'],
  ['manufacturing', 'en', 'Production operative – factory nights'],
  ['manufacturing', 'de', 'Produktionshelfer in der Fertigung'],
  ['manufacturing', 'it', 'Operaio di produzione – saldatore'],
  ['manufacturing', 'pl', 'Pracownik produkcji – spawacz'],
  ['manufacturing', 'ro', 'Operator producție în fabrică'],
  ['manufacturing', 'bg', 'Шивачка за шивашки цех'],
  ['transport-driving', 'en', 'HGV class 1 driver'],
  ['transport-driving', 'de', 'LKW-Fahrer im Fernverkehr'],
  ['transport-driving', 'fr', 'Chauffeur poids lourd'],
  ['transport-driving', 'pl', 'Kierowca kat. C+E – trasy międzynarodowe'],
  ['transport-driving', 'ro', 'Șofer camion internațional'],
  ['transport-driving', 'bg', 'Шофьор на камион'],
  ['transport-driving', 'lt', 'Vairuotojas tolimųjų reisų'],
  ['entertainment', 'en', 'Hostesses and dancers for nightclub'],
  ['entertainment', 'de', 'Tänzerin für Nachtbar gesucht'],
  ['entertainment', 'es', 'Azafatas para club de alterne'],
  ['entertainment', 'pl', 'Tancerka go-go w klubie nocnym'],
  ['entertainment', 'ro', 'Videochat – câștiguri mari'],
  ['beauty-massage', 'en', 'Massage therapist for spa'],
  ['beauty-massage', 'de', 'Masseurin für Thaimassage-Studio'],
  ['beauty-massage', 'it', 'Estetista e massaggiatrice'],
  ['beauty-massage', 'pl', 'Masażystka / kosmetyczka'],
  ['beauty-massage', 'bg', 'Масажистка в СПА център'],
  ['retail', 'en', 'Sales assistant / cashier'],
  ['retail', 'de', 'Verkäufer im Einzelhandel'],
  ['retail', 'fr', 'Vendeuse en boutique'],
  ['retail', 'pl', 'Kasjer-sprzedawca w sklepie'],
  ['retail', 'ro', 'Vânzătoare magazin alimentar'],
  ['office-it', 'en', 'Senior software developer (TypeScript)'],
  ['office-it', 'de', 'Sachbearbeiter Buchhaltung'],
  ['office-it', 'fr', 'Chef de projet informatique'],
  ['office-it', 'pl', 'Księgowa do biura rachunkowego'],
  ['office-it', 'lt', 'Buhalterė'],
  ['health', 'en', 'Registered nurse – hospital ward'],
  ['health', 'de', 'Gesundheits- und Krankenpfleger'],
  ['health', 'fr', 'Infirmière en clinique'],
  ['health', 'pl', 'Pielęgniarka w szpitalu'],
  ['health', 'ro', 'Asistentă medicală la spital'],
  ['education', 'en', 'Primary school teacher'],
  ['education', 'de', 'Erzieherin für Kita'],
  ['education', 'nl', 'Leraar basisonderwijs'],
  ['education', 'pl', 'Nauczyciel w przedszkolu'],
  ['education', 'bg', 'Учител по английски език'],
];

describe('detectSector', () => {
  for (const [sector, language, title] of TITLES)
    it(`${language}: "${title}" → ${sector}`, () => {
      const r = detectSector({ title, text: '', language });
      expect(r.sector).toBe(sector);
      expect(r.evidence.length).toBeGreaterThan(0);
      // The evidence words are quoted from the title as written.
      for (const e of r.evidence) expect(title).toContain(e.word);
    });

  it('covers every sector in at least three languages', () => {
    for (const s of SECTORS.filter((x) => x !== 'other'))
      expect(new Set(TITLES.filter(([x]) => x === s).map(([, l]) => l)).size).toBeGreaterThanOrEqual(3);
  });

  it('gives "other" when no sector word appears, or only one passing word of the description', () => {
    expect(detectSector({ title: 'Great opportunity, apply now', text: 'Earn from home.' })).toEqual({
      sector: 'other',
      score: 0,
      evidence: [],
    });
    // One mention in the text (housing in a hotel) is not enough to name the sector…
    const oneWord = detectSector({
      title: 'Work in Germany',
      text: 'You will stay in a hotel near the work.',
    });
    expect(oneWord.sector).toBe('other');
    // …two different words of the same sector are.
    const twoWords = detectSector({
      title: 'Work in Germany',
      text: 'Work in a hotel kitchen; accommodation provided.',
    });
    expect(twoWords.sector).toBe('hospitality');
    expect(twoWords.score).toBe(2);
  });

  it('weighs a title word over description words', () => {
    const r = detectSector({
      title: 'Warehouse operative',
      text: 'Our client is a hotel and restaurant supplier.',
    });
    expect(r.sector).toBe('logistics-warehouse');
    expect(r.score).toBe(3);
    expect(r.evidence).toEqual([{ field: 'title', word: 'Warehouse' }]);
    // Equal weights would let the two description words win.
    expect(
      detectSector(
        { title: 'Warehouse operative', text: 'Our client is a hotel and restaurant supplier.' },
        { titleWeight: 1 },
      ).sector,
    ).toBe('hospitality');
  });

  it('counts each word once per field, and the industry field like the title', () => {
    const r = detectSector({ title: 'Job', text: 'Cleaning, cleaning, cleaning and more cleaning.' });
    expect(r.sector).toBe('other'); // one distinct word: 1 < 2
    const withIndustry = detectSector({ title: 'Job', text: '', industry: 'Cleaning services' });
    expect(withIndustry).toMatchObject({
      sector: 'cleaning',
      evidence: [{ field: 'industry', word: 'Cleaning' }],
    });
  });

  it('matches stems, compound tails and phrases, and lets phrases neutralise false friends', () => {
    expect(detectSector({ title: 'Gebäudereinigung Müller sucht Helfer', text: '' }).sector).toBe('cleaning');
    expect(detectSector({ title: 'Chef de cuisine', text: '' }).sector).toBe('hospitality');
    expect(detectSector({ title: 'Chef de chantier', text: '' }).sector).toBe('construction');
    // "chef d'équipe" is a team leader, not a cook.
    expect(detectSector({ title: "Chef d'équipe", text: '' }).sector).toBe('other');
    // Private medical care is a benefit in Polish adverts, not care work.
    expect(
      detectSector({ title: 'Specjalista ds. sprzedaży', text: 'Oferujemy prywatną opiekę medyczną.' })
        .sector,
    ).toBe('other');
  });

  it('folds case and diacritics, including decomposed letters and Cyrillic', () => {
    expect(detectSector({ title: 'PRACA PRZY ZBIORACH TRUSKAWEK', text: '' }).sector).toBe('agriculture');
    expect(detectSector({ title: 'Pracownik produkcji'.normalize('NFD'), text: '' }).sector).toBe(
      'manufacturing',
    );
    expect(detectSector({ title: 'Lucrator in constructii', text: '' }).sector).toBe('construction');
    expect(detectSector({ title: 'СТРОИТЕЛНИ РАБОТНИЦИ', text: '' }).sector).toBe('construction');
    // A whole word that ends the field, and a one-word title.
    expect(detectSector({ title: 'Praca w charakterze: kucharz', text: '' }).sector).toBe('hospitality');
    expect(detectSector({ title: 'Kok', text: '' }).sector).toBe('hospitality');
  });

  it('counts words of another pack language half when the language is known', () => {
    // "magazyn" is Polish; in a Romanian advert it is a stray word.
    const input = { title: 'Lucru', text: 'Magazyn, kompletacja.' };
    expect(detectSector(input).score).toBe(2);
    expect(detectSector({ ...input, language: 'pl' }).score).toBe(2);
    expect(detectSector({ ...input, language: 'ro' })).toMatchObject({ sector: 'other' });
    // English job titles count fully in any language.
    expect(detectSector({ title: 'Warehouse', text: '', language: 'ro' }).score).toBe(3);
  });

  it('exports the sector list, its languages and a version', () => {
    expect(SECTORS).toContain('other');
    expect(SECTOR_LANGUAGES).toHaveLength(11);
    expect(SECTOR_VERSION).toMatch(/^\d+\.\d+\.\d+\+[0-9a-f]{8}$/u);
    expect(isSector('agriculture')).toBe(true);
    expect(isSector('farming')).toBe(false);
  });

  it('takes well under 0.05 ms for a 2 KB advert', () => {
    const text = (
      'Wir suchen ab sofort zuverlässige Mitarbeiter für unser Team in Hamburg. Unterkunft wird gestellt, ' +
      'Fahrtkosten werden erstattet. Bewerbung per WhatsApp an unsere Agentur. Deutschkenntnisse nicht nötig. '
    ).repeat(10);
    expect(text.length).toBeGreaterThan(2000);
    const input = { title: 'Lagerhelfer (m/w/d)', text, language: 'de' };
    for (let i = 0; i < 200; i++) detectSector(input);
    const n = 2000;
    const t0 = performance.now();
    for (let i = 0; i < n; i++) detectSector(input);
    const msPerCall = (performance.now() - t0) / n;
    // Generous bound so a busy test machine does not fail it; the benchmark figure is far lower.
    expect(msPerCall).toBeLessThan(0.5);
  });
});
