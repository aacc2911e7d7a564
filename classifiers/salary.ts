// Salary parsing: "2 500 – 3 000 zł", "€12/hour", "3.000 EUR brutto/Monat", "4500 lei net pe
// lună", "£25,000 per year", "od 30 zł/h" → { min, max, currency, period }, and a monthly EUR
// estimate for comparing pay across countries. Hand-written because no maintained library parses
// pay expressions across these languages; the patterns below are the whole grammar.
//
// Monthly conversion (documented constants): 168 working hours (21 days × 8 h), 21.7 working days,
// 4.33 weeks, or a twelfth of a year, per month. Rates are the approximate table in eur-rates.ts.
import type { Salary, SalaryPeriod } from '../storage/records.ts';
import { EUR_RATES } from './eur-rates.ts';
import type { EurRateTable } from './eur-rates.ts';

/** Working hours per month used to turn hourly pay into monthly pay (21 days × 8 h). */
export const HOURS_PER_MONTH = 168;
/** Working days per month (5 days × 52 weeks ÷ 12). */
export const DAYS_PER_MONTH = 21.7;
/** Weeks per month (52 ÷ 12). */
export const WEEKS_PER_MONTH = 4.33;

export interface ParseSalaryOptions {
  /** ISO 4217 currency for amounts written without one (the source country's currency). Default: none. */
  defaultCurrency?: string;
  /**
   * When no period is written, guess it from the amount in EUR: under 60 → hour, 500–15,000 →
   * month, over 15,000 → year; 60–500 stays unknown (a day or a week). Default true.
   */
  inferPeriod?: boolean;
  /** Rate table for `monthlyEur` and period inference. Default EUR_RATES. */
  rates?: EurRateTable;
}

export interface SalaryMatch {
  salary: Salary;
  /** Offsets of the amount expression in the searched text, end exclusive. */
  start: number;
  end: number;
}

// ---------------------------------------------------------------------------------------------
// Grammar

const NUM = String.raw`\d{1,3}(?:[ \u00a0\u202f.,'’]\d{3})+(?:[.,]\d{1,2})?(?!\d)|\d+(?:[.,]\d{1,2})?(?!\d)`;
const THOUSANDS = String.raw`(?:\s?(?:k|K|tys\.?|tyś\.?|tis\.?|mii|хил\.?)(?![\p{L}]))?`;

/** "<adjective> <crown word>" in en/de and "<crown word> <adjective>" in pl/ro, for one country's crown. */
function crowns(adjective: { en: string; de: string; pl: string; ro: string }): string[] {
  return [
    String.raw`${adjective.en}\s+(?:crowns?|kron(?:e|er|or|a))`,
    String.raw`${adjective.de}\s+kronen?`,
    String.raw`koron[ay]?\s+${adjective.pl}`,
    String.raw`coroan[ăae]\s+${adjective.ro}`,
  ];
}

interface CurrencyTokens {
  /** ISO 4217 code; `KR` and `CROWN` are crowns of a country only the source's currency tells. */
  iso: string;
  /** Symbols, codes and abbreviations, read before or after the amount ("€ 12", "12 €"). */
  marks: string[];
  /**
   * Names in en/de/pl/ro with their inflected forms (singular, plural, genitive plural after
   * numbers), read only after the amount: several are also ordinary words or places ("Franken",
   * "lire", "lew"), and names stand after the number in all these languages. Where one name
   * begins another, the longer comes first ("lire sterline" before "lire") so it is taken whole.
   */
  names?: string[];
}

/** Currency words and symbols → ISO 4217. Matched case-insensitively. */
const CURRENCY_TOKENS: readonly CurrencyTokens[] = [
  // "Euro 2.500,-" is written in German adverts, so the euro's names count as marks too. "euro" is
  // indeclinable in pl/de/ro; "euroi" is the colloquial Romanian plural.
  { iso: 'EUR', marks: ['€', 'eur(?:o|os|oi|ų|a)?', 'evro', 'евро'] },
  {
    iso: 'PLN',
    marks: ['zł', 'zl', 'pln'],
    names: ['zł(?:otych|ote|oty)', 'zl(?:otych|ote|otys|oty)', 'złotów(?:ek|ki|ka)', 'zlo[țţt]i'],
  },
  // pl "lej/leje/lejów" for the Romanian leu.
  { iso: 'RON', marks: ['ron'], names: ['lei', 'leu', 'lej(?:e|ów|a)?'] },
  // de "Lew/Lewa", pl "lew/lewa/lewów", en/ro "lev/leva".
  { iso: 'BGN', marks: [String.raw`лв\.?`, 'bgn'], names: ['лева', 'лев', 'leva', 'lev', 'lew(?:a|ów|y)?'] },
  {
    iso: 'GBP',
    marks: ['£', 'gbp'],
    names: [
      String.raw`pounds?(?:\s+sterling)?`,
      'quid',
      String.raw`(?:britische[nr]?\s+)?pfund(?:\s+sterling)?`,
      String.raw`funt(?:a|y|ów)?(?:\s+szterling(?:a|i|ów)?)?`,
      // ro; a bare "lira" is also the Turkish currency, so only with "sterlină"
      String.raw`lir[ăa]\s+sterlin[ăa]`,
      String.raw`lire\s+sterline`,
      'lire',
      'liră',
    ],
  },
  { iso: 'USD', marks: [String.raw`\$`, 'usd'], names: ['dollars?'] },
  {
    iso: 'CZK',
    marks: ['kč', 'czk'],
    names: [
      ...crowns({ en: 'czech', de: 'tschechische[nr]?', pl: 'czesk(?:a|ie|ich)', ro: 'ceh[ăae]' }),
      String.raw`korun(?:a|y)?\s+česk(?:á|é|ých)`,
      String.raw`(?:czech\s+)?korun(?:a|y|as)?`,
    ],
  },
  {
    iso: 'NOK',
    marks: ['nok'],
    names: [
      ...crowns({
        en: 'norwegian',
        de: 'norwegische[nr]?',
        pl: 'norwesk(?:a|ie|ich)',
        ro: 'norvegi[ae]n[ăae]',
      }),
      String.raw`norske\s+kroner`,
    ],
  },
  {
    iso: 'SEK',
    marks: ['sek'],
    names: [
      ...crowns({ en: 'swedish', de: 'schwedische[nr]?', pl: 'szwedzk(?:a|ie|ich)', ro: 'suedez[ăae]' }),
      String.raw`svenska\s+kronor`,
    ],
  },
  {
    iso: 'DKK',
    marks: ['dkk'],
    names: [
      ...crowns({ en: 'danish', de: 'dänische[nr]?', pl: 'duńsk(?:a|ie|ich)', ro: 'danez[ăae]' }),
      String.raw`danske\s+kroner`,
    ],
  },
  { iso: 'HUF', marks: ['ft', 'huf'], names: ['forint(?:s|ów|y|a|ok)?', 'forin[țţt]i'] },
  {
    iso: 'CHF',
    marks: ['chf', String.raw`s?fr\.`],
    names: [
      String.raw`franc(?:i|ul)?\s+elve[țţt]i[ae]n[ie]?`,
      String.raw`(?:swiss\s+)?francs?`,
      String.raw`(?:schweizer\s+)?franken`,
      String.raw`frank(?:i|ów|a)?(?:\s+szwajcarsk(?:i|ie|ich))?`,
      'franc(?:i|ul)?',
    ],
  },
  { iso: 'UAH', marks: ['₴', 'грн', 'uah'] },
  { iso: 'RUB', marks: ['₽', String.raw`руб\.?`, 'rub'] },
  { iso: 'TRY', marks: ['₺'] },
  { iso: 'MDL', marks: ['mdl'] },
  { iso: 'RSD', marks: ['rsd'] },
  { iso: 'KR', marks: [String.raw`kr\.?`] },
  { iso: 'CROWN', marks: [], names: ['crowns?', 'kron(?:e|er|or|a|en)', 'koron(?:a|y)?', 'coroan[ăae]'] },
];

const tokenGroup = (alternatives: string[]): string =>
  `(?<![\\p{L}])(?:${alternatives.join('|')})(?![\\p{L}])`;
const ALL_TOKENS = CURRENCY_TOKENS.map((t) => ({
  iso: t.iso,
  re: new RegExp(`^${tokenGroup([...(t.names ?? []), ...t.marks])}$`, 'iu'),
}));
/**
 * Any currency token, in table order: the crowns qualified by country (CZK … DKK) come before the
 * bare crown words so "koron norweskich" is taken whole.
 */
const CUR_GROUP = tokenGroup(CURRENCY_TOKENS.flatMap((t) => [...(t.names ?? []), ...t.marks]));
/** Tokens that may stand before the amount. */
const CUR_BEFORE = tokenGroup(CURRENCY_TOKENS.flatMap((t) => t.marks));
const RANGE_SEP = String.raw`\s*(?:[-–—]|to|do|bis|până\s+la|la|a|au|à|tot|und|și|si|i|and)\s*`;

// Romanian puts "de" between a number from 20 up and its noun ("3.500 de lire sterline").
const CUR_AFTER = `(?:\\s?(?:de\\s)?(${CUR_GROUP}))?`;
const AMOUNT_RE = new RegExp(
  `(?:(${CUR_BEFORE})\\s?)?(${NUM})${THOUSANDS}${CUR_AFTER}` +
    `(?:${RANGE_SEP}(?:(${CUR_BEFORE})\\s?)?(${NUM})${THOUSANDS}${CUR_AFTER})?`,
  'giu',
);

const HAS_DIGIT = /\d/u;

const MIN_ONLY_BEFORE =
  /(?<![\p{L}])(?:od|from|ab|von|de\s+la|starting\s+(?:at|from)|min\.?|minimum|mindestens|desde|à\s+partir\s+de|a\s+partire\s+da|vanaf|от)\s*(?:[\p{L}.]+\s*){0,1}$/iu;
const MAX_ONLY_BEFORE =
  /(?<![\p{L}])(?:up\s+to|bis\s+zu|bis|do|până\s+la|max\.?|maximum|hasta|jusqu'à|fino\s+a|tot|до)\s*(?:[\p{L}.]+\s*){0,1}$/iu;

const L = String.raw`(?![\p{L}])`;
const PERIOD_PATTERNS: ReadonlyArray<[SalaryPeriod, RegExp]> = [
  [
    'hour',
    new RegExp(
      String.raw`\/\s?(?:h|hr|hrs|hour|godz\.?|godzin[ęy]|std\.?|stunde|oră|ora|час|hod|óra|hora|uur|heure|val\.?)${L}|(?<![\p{L}])(?:per\s+hour|an\s+hour|hourly|p\/h|ph|za\s+godzin[ęy]|na\s+godzin[ęy]|godzinowo|godz|pro\s+stunde|die\s+stunde|stündlich|je\s+stunde|pe\s+or[ăa]|la\s+or[ăa]|orar|на\s+час|по\s+час|por\s+hora|all'ora|l'ora|per\s+uur|de\s+l'heure|par\s+heure|brutto\s+h|netto\s+h)${L}`,
      'iu',
    ),
  ],
  [
    'day',
    new RegExp(
      String.raw`\/\s?(?:day|d|dzień|tag|zi|ден|día|giorno|dag|jour)${L}|(?<![\p{L}])(?:per\s+day|a\s+day|daily|dziennie|za\s+dzień|na\s+dzień|pro\s+tag|täglich|am\s+tag|pe\s+zi|на\s+ден|дневно|por\s+día|al\s+giorno|par\s+jour|per\s+dag)${L}`,
      'iu',
    ),
  ],
  [
    'week',
    new RegExp(
      String.raw`\/\s?(?:week|wk|tydzień|tydz\.?|woche|săpt\.?|săptămână|седмица)${L}|(?<![\p{L}])(?:per\s+week|a\s+week|weekly|tygodniowo|na\s+tydzień|za\s+tydzień|pro\s+woche|wöchentlich|pe\s+săptămână|седмично|на\s+седмица|por\s+semana|a\s+settimana|alla\s+settimana|par\s+semaine)${L}`,
      'iu',
    ),
  ],
  [
    'month',
    new RegExp(
      String.raw`\/\s?(?:month|mo|mth|m-c|mc|msc|mies\.?|miesiąc|monat|mon\.?|mtl\.?|lună|luna|месец|mes|mese|mois|maand)${L}|(?<![\p{L}])(?:per\s+month|a\s+month|monthly|p\.m\.|pcm|miesięcznie|mies\.|na\s+miesiąc|za\s+miesiąc|pro\s+monat|im\s+monat|monatlich|mtl\.|pe\s+lun[ăa]|lunar|на\s+месец|месечно|al\s+mes|por\s+mes|al\s+mese|par\s+mois|per\s+maand|mensual|mensile|mensuel|měsíčně|mesačne|havonta)${L}`,
      'iu',
    ),
  ],
  [
    'year',
    new RegExp(
      String.raw`\/\s?(?:year|yr|annum|rok|jahr|an|година)${L}|(?<![\p{L}])(?:per\s+(?:year|annum)|a\s+year|annually|yearly|p\.a\.|pa|rocznie|na\s+rok|pro\s+jahr|im\s+jahr|jährlich|pe\s+an|anual|годишно|al\s+año|par\s+an|annuo|annuel|per\s+jaar)${L}`,
      'iu',
    ),
  ],
];

/** Period words that stand before the amount ("Stundenlohn: 15 €", "Salariu lunar: 4500 lei"). */
const PERIOD_BEFORE: ReadonlyArray<[SalaryPeriod, RegExp]> = [
  [
    'hour',
    /(?:stundenlohn|hourly|stawka\s+godzinowa|godzinowa|tarif\s+orar|salariu\s+orar|pe\s+oră|почасов|per\s+hour)/iu,
  ],
  ['day', /(?:daily\s+rate|tagessatz|dniówka|stawka\s+dzienna|salariu\s+zilnic|дневна)/iu],
  ['week', /(?:weekly|wochenlohn|tygodniówka|săptămânal)/iu],
  [
    'month',
    /(?:monthly|monatsgehalt|monatslohn|monatlich|miesięczne|miesięcznie|salariu\s+lunar|lunar|месечна|месечно)/iu,
  ],
  ['year', /(?:annual|yearly|jahresgehalt|roczne|salariu\s+anual|годишна)/iu],
];

// ---------------------------------------------------------------------------------------------
// Numbers and currencies

/** "2 500" → 2500, "1.500,50" → 1500.5, "25,000" → 25000, "12,50" → 12.5, "3.000" → 3000. */
function parseNumber(raw: string): number {
  const s = raw.replace(/[ \u00a0\u202f'’]/gu, '');
  const lastDot = s.lastIndexOf('.');
  const lastComma = s.lastIndexOf(',');
  let normal: string;
  if (lastDot >= 0 && lastComma >= 0) {
    const dec = Math.max(lastDot, lastComma);
    normal = s.slice(0, dec).replace(/[.,]/gu, '') + '.' + s.slice(dec + 1);
  } else {
    const sep = lastDot >= 0 ? '.' : lastComma >= 0 ? ',' : '';
    if (!sep) normal = s;
    else {
      const parts = s.split(sep);
      const tail = parts[parts.length - 1] ?? '';
      // One separator followed by exactly three digits is a thousands separator.
      normal = parts.length > 2 || tail.length === 3 ? parts.join('') : parts.join('.');
    }
  }
  return Number(normal);
}

function hasThousandsSuffix(expr: string): boolean {
  return /\d\s?(?:k|tys\.?|tyś\.?|tis\.?|mii|хил\.?)(?![\p{L}])/iu.test(expr);
}

const KR_CURRENCIES = ['SEK', 'DKK', 'NOK', 'ISK'];
const CROWN_CURRENCIES = [...KR_CURRENCIES, 'CZK'];

function currencyOf(token: string | undefined, defaultCurrency: string | undefined): string | undefined {
  if (!token) return undefined;
  const trimmed = token.trim();
  const iso = ALL_TOKENS.find((t) => t.re.test(trimmed))?.iso;
  // "kr" is SEK, DKK, NOK or ISK (crowns also CZK): only the source's currency tells which.
  if (iso === 'KR' || iso === 'CROWN') {
    const candidates = iso === 'KR' ? KR_CURRENCIES : CROWN_CURRENCIES;
    return defaultCurrency && candidates.includes(defaultCurrency) ? defaultCurrency : undefined;
  }
  // Moldova writes lei too.
  if (iso === 'RON' && defaultCurrency === 'MDL') return 'MDL';
  return iso;
}

function periodAfter(text: string): SalaryPeriod | undefined {
  // Look only up to the next number or line end, so the period of another amount is not taken.
  const window = text.slice(0, 40).split(/[\d\n]/u)[0] ?? '';
  let best: { period: SalaryPeriod; at: number } | undefined;
  for (const [period, re] of PERIOD_PATTERNS) {
    const m = re.exec(window);
    if (m && (!best || m.index < best.at)) best = { period, at: m.index };
  }
  return best?.period;
}

function periodBefore(text: string): SalaryPeriod | undefined {
  const parts = text.slice(-40).split(/[\d\n]/u);
  const window = parts[parts.length - 1] ?? '';
  for (const [period, re] of PERIOD_BEFORE) if (re.test(window)) return period;
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Parsing

/** Every amount in `text` (only the first when `firstOnly`), in order. */
function matchAmounts(
  text: string,
  requireCurrency: boolean,
  options: ParseSalaryOptions,
  firstOnly = false,
): SalaryMatch[] {
  const defaultCurrency = options.defaultCurrency?.toUpperCase();
  const out: SalaryMatch[] = [];
  // Every amount has a digit; most titles have none.
  if (!HAS_DIGIT.test(text)) return out;
  for (const m of text.matchAll(AMOUNT_RE)) {
    const [whole, c1, n1, c2, c3, n2, c4] = m;
    if (!n1) continue;
    const tokens = [c1, c2, c3, c4].filter((t): t is string => !!t);
    const explicit = tokens.map((t) => currencyOf(t, defaultCurrency)).find((c) => !!c);
    if (requireCurrency && !explicit) continue;
    // A year ("2024") or a bare small count is not pay.
    if (!explicit && !n2 && /^(?:19|20)\d\d$/u.test(n1)) continue;
    // A written currency that cannot be told ("kr" in a euro source) is unknown, not the default.
    const currency = explicit ?? (tokens.length > 0 ? undefined : defaultCurrency);

    const firstPart = n2 ? whole.slice(0, whole.indexOf(n2, n1.length)) : whole;
    let a = parseNumber(n1);
    let b = n2 ? parseNumber(n2) : undefined;
    const secondK = n2 ? hasThousandsSuffix(whole.slice(whole.indexOf(n2, n1.length))) : false;
    if (hasThousandsSuffix(firstPart)) a *= 1000;
    else if (secondK && b !== undefined && a < 1000) a *= 1000; // "3-4k"
    if (b !== undefined && secondK) b *= 1000;
    if (!Number.isFinite(a) || a <= 0 || (b !== undefined && (!Number.isFinite(b) || b <= 0))) continue;

    let min: number | undefined = a;
    let max: number | undefined = b ?? a;
    if (b !== undefined && b < a) [min, max] = [b, a];
    if (b === undefined) {
      const before = text.slice(Math.max(0, m.index - 25), m.index);
      if (MIN_ONLY_BEFORE.test(before)) max = undefined;
      else if (MAX_ONLY_BEFORE.test(before)) min = undefined;
    }

    // Trailing whitespace the grammar swallowed does not belong to the span.
    const end = m.index + whole.trimEnd().length;
    const period = periodAfter(text.slice(end)) ?? periodBefore(text.slice(0, m.index));
    const salary: Salary = { raw: text.slice(m.index, end).trim() };
    if (min !== undefined) salary.min = round2(min);
    if (max !== undefined) salary.max = round2(max);
    if (currency) salary.currency = currency;
    if (period) salary.period = period;
    out.push({ salary, start: m.index, end });
    if (firstOnly) break;
  }
  return out;
}

function withEstimate(salary: Salary, options: ParseSalaryOptions): Salary {
  const rates = options.rates ?? EUR_RATES;
  const out: Salary = { ...salary };
  if (!out.period && options.inferPeriod !== false) {
    const period = inferPeriod(out, rates);
    if (period) out.period = period;
  }
  if (out.monthlyEur === undefined) {
    const eur = monthlyEur(out, rates);
    if (eur !== undefined) out.monthlyEur = eur;
  }
  return out;
}

function inferPeriod(salary: Salary, rates: EurRateTable): SalaryPeriod | undefined {
  const amount = midpoint(salary);
  const rate = salary.currency ? rates.rates[salary.currency] : undefined;
  if (amount === undefined || !rate) return undefined;
  const eur = amount / rate;
  if (eur < 60) return 'hour';
  if (eur >= 500 && eur <= 15_000) return 'month';
  if (eur > 15_000) return 'year';
  return undefined;
}

/**
 * Parses a salary. A string is read with the grammar above (the first amount with a currency,
 * else the first amount with `defaultCurrency`). A Salary object with `min` or `max` already set
 * (structured data) is kept as is, with a missing currency filled from `defaultCurrency` and
 * `monthlyEur` added; one with only `raw` is parsed from `raw`. Returns undefined when no amount
 * is found.
 */
export function parseSalary(
  raw: string | Salary | undefined,
  options: ParseSalaryOptions = {},
): Salary | undefined {
  if (raw === undefined) return undefined;
  if (typeof raw !== 'string') {
    if (raw.min !== undefined || raw.max !== undefined) {
      const filled: Salary = { ...raw };
      if (!filled.currency && options.defaultCurrency)
        filled.currency = options.defaultCurrency.toUpperCase();
      return withEstimate(filled, { ...options, inferPeriod: false });
    }
    if (!raw.raw) return undefined;
    const parsed = parseSalary(raw.raw, {
      ...options,
      defaultCurrency: raw.currency ?? options.defaultCurrency,
    });
    if (!parsed) return undefined;
    const merged: Salary = { ...parsed, raw: raw.raw };
    // A period given in the structured data beats one read or guessed from the text.
    if (raw.period && raw.period !== parsed.period) {
      merged.period = raw.period;
      delete merged.monthlyEur;
      return withEstimate(merged, options);
    }
    return merged;
  }
  const text = raw.trim();
  if (!text) return undefined;
  const matches = matchAmounts(text, false, options);
  const best = matches.find((m) => currencyWritten(m, text)) ?? matches[0];
  if (!best) return undefined;
  return withEstimate({ ...best.salary, raw: text }, options);
}

const CURRENCY_WRITTEN = new RegExp(CUR_GROUP, 'iu');

function currencyWritten(m: SalaryMatch, text: string): boolean {
  return CURRENCY_WRITTEN.test(text.slice(m.start, m.end));
}

/**
 * Finds the first pay expression with an explicit currency in free text ("… €3,000/month, no
 * experience …"), with its span, for adverts whose salary is only in the description.
 */
export function findSalaryInText(text: string, options: ParseSalaryOptions = {}): SalaryMatch | undefined {
  const m = matchAmounts(text, true, options, true)[0];
  return m && { ...m, salary: withEstimate(m.salary, options) };
}

function midpoint(salary: Salary): number | undefined {
  const { min, max } = salary;
  if (min !== undefined && max !== undefined) return (min + max) / 2;
  return min ?? max;
}

/**
 * Monthly amount in EUR (midpoint of the range), rounded to whole euros; undefined when the
 * currency is not in the rate table or the period is unknown.
 */
export function monthlyEur(salary: Salary, rates: EurRateTable = EUR_RATES): number | undefined {
  const amount = midpoint(salary);
  const rate = salary.currency ? rates.rates[salary.currency.toUpperCase()] : undefined;
  if (amount === undefined || amount <= 0 || !rate || !salary.period) return undefined;
  const perMonth: Record<SalaryPeriod, number> = {
    hour: HOURS_PER_MONTH,
    day: DAYS_PER_MONTH,
    week: WEEKS_PER_MONTH,
    month: 1,
    year: 1 / 12,
  };
  return Math.round((amount * perMonth[salary.period]) / rate);
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}
