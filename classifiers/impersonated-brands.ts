// Well-known employers and brands whose names fake job offers borrow (employer.impersonation): the
// large logistics, retail, food, hotel, cruise, airline, energy, car-making and staffing companies
// that recruit unskilled staff across Europe in numbers, so that "Amazon recrute" or "DHL sucht"
// from a gmail address or a WhatsApp number reads as plausible. A starting list, written from
// general knowledge of who recruits at that scale (not from the labelled corpus); extend it here.
//
// Each brand lists the names it is written as, the labels of its own web domains (amazon.de,
// jobs.dhl.com, amazon.jobs: "amazon", "dhl"), and whether its name may be looked for in the
// advert's text. Names that are also common words or places ("Bosch" in 's-Hertogenbosch, the Dutch
// "Randstad" region, "Emirates" in United Arab Emirates, "Apple" in apple picking, "Uber" for
// "über" typed without the umlaut) count only as the advert's employer field.
//
// Text matching is case-sensitive, as the name is written or in capitals ("Amazon", "AMAZON"), with
// or without its diacritics ("Nestlé", "Nestle"); names of six letters or more may carry up to three
// lower-case letters of inflection ("Amazona", "Amazonie", "Heinekena"), as Slavic and Baltic
// languages decline them.

export interface ImpersonatedBrand {
  /** How the brand is written, first the usual form. */
  readonly names: readonly string[];
  /** Labels of its own domains (the label left of the public suffix: amazon.co.uk → "amazon"). */
  readonly domains: readonly string[];
  /** Whether the name is looked for in title and text, not only in the employer field. */
  readonly inText: boolean;
}

const brand = (names: string, domains: string, inText = true): ImpersonatedBrand => ({
  names: names.split('|'),
  domains: domains.split(' '),
  inText,
});

export const IMPERSONATED_BRANDS = {
  version: '2026-12',
  brands: [
    // Logistics, parcels, e-commerce
    brand('Amazon', 'amazon amazonaws'),
    brand('DHL', 'dhl'),
    brand('FedEx', 'fedex'),
    brand('UPS', 'ups'),
    brand('DPD', 'dpd dpdgroup'),
    brand('GLS', 'gls-group gls', false),
    brand('PostNL', 'postnl'),
    brand('Royal Mail', 'royalmail royalmailgroup'),
    brand('Deutsche Post', 'deutschepost'),
    brand('InPost', 'inpost'),
    brand('Zalando', 'zalando'),
    brand('DB Schenker', 'dbschenker schenker'),
    brand('Kuehne+Nagel|Kühne+Nagel|Kuehne + Nagel', 'kuehne-nagel'),
    brand('Maersk', 'maersk'),
    // Retail
    brand('IKEA', 'ikea'),
    brand('Lidl', 'lidl'),
    brand('Aldi|ALDI', 'aldi aldi-sued aldi-nord aldi-sud'),
    brand('Tesco', 'tesco tescoplc'),
    brand("Sainsbury's", 'sainsburys'),
    brand('Carrefour', 'carrefour'),
    brand('Auchan', 'auchan'),
    brand('Kaufland', 'kaufland'),
    brand('REWE|Rewe', 'rewe rewe-group'),
    brand('EDEKA|Edeka', 'edeka'),
    brand('Albert Heijn', 'ah albertheijn'),
    brand('Primark', 'primark'),
    brand('Decathlon', 'decathlon'),
    brand('Leroy Merlin', 'leroymerlin'),
    brand('Zara', 'zara inditex', false),
    brand('Inditex', 'inditex'),
    // Food and drink
    brand('Coca-Cola|Coca Cola', 'coca-cola cocacola coca-colaep coca-colahellenic'),
    brand('Nestlé', 'nestle'),
    brand('Heineken', 'heineken theheinekencompany'),
    brand("McDonald's|McDonalds", 'mcdonalds'),
    brand('Starbucks', 'starbucks'),
    brand('Unilever', 'unilever'),
    brand('Danone', 'danone'),
    // Hotels and cruise lines
    brand('Hilton', 'hilton'),
    brand('Marriott', 'marriott'),
    brand('Hyatt', 'hyatt'),
    brand('Radisson', 'radissonhotels radisson'),
    brand('Sheraton', 'sheraton marriott'),
    brand('Accor', 'accor accorhotels'),
    brand('Royal Caribbean', 'royalcaribbean rccl'),
    brand('Carnival Cruise Line|Carnival Cruises', 'carnival carnivalcorp'),
    brand('MSC Cruises|MSC Crociere', 'msccruises msccrociere msc'),
    brand('Norwegian Cruise Line', 'ncl'),
    brand('Costa Cruises|Costa Crociere', 'costacruises costacrociere costa'),
    // Airlines
    brand('Emirates Airline|Emirates Group', 'emirates emiratesgroupcareers'),
    brand('Emirates', 'emirates', false),
    brand('Qatar Airways', 'qatarairways'),
    brand('Etihad', 'etihad'),
    brand('Lufthansa', 'lufthansa lufthansagroup'),
    brand('Ryanair', 'ryanair'),
    brand('Wizz Air', 'wizzair'),
    // Energy
    brand('Shell', 'shell'),
    brand('BP', 'bp', false),
    brand('ExxonMobil|Exxon Mobil', 'exxonmobil'),
    brand('Chevron', 'chevron'),
    brand('TotalEnergies', 'totalenergies'),
    brand('Equinor', 'equinor'),
    brand('Saudi Aramco|Aramco', 'aramco'),
    // Cars, engineering, electronics
    brand('Volkswagen', 'volkswagen vw volkswagen-group'),
    brand('BMW', 'bmw bmwgroup'),
    brand('Mercedes-Benz', 'mercedes-benz mercedesbenz'),
    brand('Audi', 'audi'),
    brand('Tesla', 'tesla'),
    brand('Toyota', 'toyota'),
    brand('Samsung', 'samsung'),
    brand('Siemens', 'siemens'),
    brand('Bosch', 'bosch', false),
    brand('Google', 'google'),
    brand('Microsoft', 'microsoft'),
    brand('Apple', 'apple', false),
    // Platforms and staffing agencies
    brand('Uber', 'uber', false),
    brand('Bolt', 'bolt', false),
    brand('Glovo', 'glovoapp glovo'),
    brand('Wolt', 'wolt'),
    brand('Deliveroo', 'deliveroo'),
    brand('Randstad', 'randstad', false),
    brand('Adecco', 'adecco adeccogroup'),
    brand('Manpower|ManpowerGroup', 'manpower manpowergroup', false),
  ],
} as const;

/** A brand named in an advert: where, and as what. */
export interface BrandMention {
  brand: ImpersonatedBrand;
  /** In the employer field (no span), or a span of title or text. */
  field: 'employer' | 'title' | 'text';
  start: number;
  end: number;
  text: string;
}

const stripMarks = (s: string): string => s.normalize('NFD').replace(/\p{M}+/gu, '');
const fold = (s: string): string => stripMarks(s).toLowerCase();
/** Longest inflection ending read after a name of INFLECTED_MIN_LENGTH letters or more. */
const MAX_INFLECTION = 3;
const INFLECTED_MIN_LENGTH = 6;

/** Each text form of the brands that are looked for in text (as written, in capitals, both without
 *  diacritics), with its brand. */
const TEXT_FORMS = new Map<string, ImpersonatedBrand>(
  IMPERSONATED_BRANDS.brands
    .filter((b) => b.inText)
    .flatMap((b) =>
      b.names.flatMap((n) =>
        [n, n.toUpperCase(), stripMarks(n), stripMarks(n).toUpperCase()].map((f) => [f, b] as const),
      ),
    ),
);
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
/**
 * All text forms in one case-sensitive expression, longest first, with the ending a declined name
 * may carry: one pass over a field finds every brand (a search per brand and form would cost
 * hundreds of passes over a 2 KB advert).
 */
const TEXT_FORM_RE = new RegExp(
  `(?<![\\p{L}\\p{N}])(${[...TEXT_FORMS.keys()]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|')})(\\p{Ll}{0,${MAX_INFLECTION}})(?![\\p{L}\\p{N}])`,
  'gu',
);

/** Lower case, no diacritics, words separated by single spaces and padded by one on each side. */
const wordsOf = (s: string): string =>
  ` ${fold(s)
    .replace(/[^\p{L}\p{N}&'+]+/gu, ' ')
    .trim()} `;
/** Each brand's names as wordsOf writes them, for the employer field. */
const EMPLOYER_FORMS = IMPERSONATED_BRANDS.brands.map((b) => [b, b.names.map(wordsOf)] as const);

/**
 * The brands an advert names: in its employer field (any brand, any case) or in its title and
 * text (brands whose name is not a common word, as written or in capitals). First mention of each
 * brand per field.
 */
export function findBrandMentions(input: { employer?: string; title: string; text: string }): BrandMention[] {
  const out: BrandMention[] = [];
  if (input.employer) {
    const employer = input.employer.trim();
    const words = wordsOf(employer);
    for (const [brand, forms] of EMPLOYER_FORMS)
      if (forms.some((f) => words.includes(f)))
        out.push({ brand, field: 'employer', start: 0, end: 0, text: employer });
  }
  for (const field of ['title', 'text'] as const) {
    const seen = new Set<ImpersonatedBrand>();
    for (const m of input[field].matchAll(TEXT_FORM_RE)) {
      const form = m[1]!;
      // Only names of INFLECTED_MIN_LENGTH letters or more are declined.
      if (m[2] && form.length < INFLECTED_MIN_LENGTH) continue;
      const brand = TEXT_FORMS.get(form)!;
      if (seen.has(brand)) continue;
      seen.add(brand);
      out.push({ brand, field, start: m.index, end: m.index + m[0].length, text: m[0] });
    }
  }
  return out;
}

/** The label of a host left of its public suffix (jobs.amazon.co.uk → "amazon"). */
export function registrableLabel(host: string): string {
  const labels = host.toLowerCase().replace(/\.$/u, '').split('.');
  if (labels.length < 2) return labels[0] ?? '';
  labels.pop();
  // Two-part suffixes: co.uk, com.pl, org.es … (a generic second level under a country code).
  if (labels.length >= 2 && /^(?:co|com|org|net|gov|ac|edu)$/u.test(labels[labels.length - 1]!)) labels.pop();
  return labels[labels.length - 1] ?? '';
}

/**
 * How a company domain relates to a brand: its own ("amazon" for amazon.de), a look-alike that
 * borrows its name ("amazon-jobs" for amazon-jobs.eu, "dhl" inside "dhl-express-careers"), or
 * unrelated. Short names (under 5 letters) borrow only as a hyphen-separated part, so "ups" is not
 * read into "groups".
 */
export function domainRelation(label: string, b: ImpersonatedBrand): 'own' | 'lookalike' | 'other' {
  if (b.domains.includes(label)) return 'own';
  const parts = label.split('-');
  for (const d of b.domains) {
    if (d.length < 3) continue;
    if (d.length >= 5 ? label.includes(d) : parts.includes(d)) return 'lookalike';
  }
  return 'other';
}

/** Labels already judged by borrowsSomeBrand (company domains repeat across a crawl's adverts). */
const borrowing = new Map<string, boolean>();
const BORROWING_CACHE_LIMIT = 10_000;

/** Whether a domain label is a look-alike of any brand of the list (see domainRelation). */
export function borrowsSomeBrand(label: string): boolean {
  let known = borrowing.get(label);
  if (known === undefined) {
    known = IMPERSONATED_BRANDS.brands.some((b) => domainRelation(label, b) === 'lookalike');
    if (borrowing.size >= BORROWING_CACHE_LIMIT) borrowing.clear();
    borrowing.set(label, known);
  }
  return known;
}
