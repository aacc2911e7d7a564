// A schema.org JobPosting, as a JSON object, → the fields of an AdvertDraft. JSON-LD nodes are mapped
// directly; microdata is first read into the same shape, so both paths share one mapping.
import type { Location, Salary, SalaryPeriod } from '../../storage/records.ts';
import { ContactHintsBuilder, type ContactHints } from './contact-hints.ts';
import { countryCode } from './country-code.ts';
import { anyToText, tidyText, toSingleLine } from './html-text.ts';
import { toIsoUtc } from './iso-date.ts';
import { parseLocationText } from './location-text.ts';

export type JsonObject = Record<string, unknown>;

/** What one JobPosting yields; the caller adds the URLs and says which path found it. */
export interface JobPostingFields {
  title?: string;
  text?: string;
  employer?: string;
  location: Location;
  salary?: Salary;
  postedAt?: string;
  validThrough?: string;
  employmentType?: string;
  sector?: string;
  /** The posting's own id on the source site (`identifier`). */
  identifier?: string;
  contactHints?: ContactHints;
  warnings: string[];
}

export interface JobPostingMapOptions {
  /**
   * true: strings may hold HTML and character references, as JSON-LD strings do.
   * false: strings are already plain text (read from the page's DOM, as microdata is).
   */
  markup: boolean;
  /** The page URL, against which relative links are resolved. */
  baseUrl: string;
}

// Properties may be written bare, compacted with a `schema:` prefix, or as full IRIs (expanded JSON-LD).
const PREFIXES = [
  '',
  'schema:',
  'https://schema.org/',
  'http://schema.org/',
  'https://www.schema.org/',
  'http://www.schema.org/',
];

export function isObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function prop(node: JsonObject, name: string): unknown {
  for (const prefix of PREFIXES) {
    const v = node[prefix + name];
    if (v !== undefined && v !== null) return v;
  }
  return undefined;
}

/** A value as a flat list: arrays flattened, JSON-LD value objects (`{"@value": x}`) unwrapped. */
function list(v: unknown): unknown[] {
  if (v === undefined || v === null) return [];
  if (Array.isArray(v)) return v.flatMap(list);
  if (isObject(v) && '@value' in v) return list(v['@value']);
  return [v];
}

function first(v: unknown): unknown {
  return list(v)[0];
}

function scalar(v: unknown): string | undefined {
  const f = first(v);
  if (typeof f === 'string') return f;
  if (typeof f === 'number' && Number.isFinite(f)) return String(f);
  return undefined;
}

/** `JobPosting`, `schema:JobPosting`, `https://schema.org/JobPosting` → `jobposting`. */
function typeName(t: string): string {
  return t.replace(/^.*[/#:]/, '').toLowerCase();
}

/** Does the node's `@type` (a string or an array) name this schema.org type? */
export function hasType(node: JsonObject, type: string): boolean {
  const wanted = type.toLowerCase();
  return list(node['@type']).some((t) => typeof t === 'string' && typeName(t) === wanted);
}

export function mapJobPosting(node: JsonObject, options: JobPostingMapOptions): JobPostingFields {
  const { markup } = options;
  const warnings: string[] = [];

  const line = (v: unknown): string | undefined => {
    const s = scalar(v);
    if (s === undefined) return undefined;
    const t = toSingleLine(markup ? anyToText(s) : s);
    return t === '' ? undefined : t;
  };
  const lines = (v: unknown): string | undefined => {
    const parts = list(v)
      .map((x) => (isObject(x) ? line(prop(x, 'name')) : line(x)))
      .filter((x): x is string => x !== undefined);
    return parts.length > 0 ? [...new Set(parts)].join(', ') : undefined;
  };
  const date = (name: string): string | undefined => {
    const s = line(prop(node, name));
    if (s === undefined) return undefined;
    const iso = toIsoUtc(s);
    if (iso === undefined) warnings.push(`${name} "${s.slice(0, 40)}" is not a date; left out`);
    return iso;
  };

  const fields: JobPostingFields = { location: {}, warnings };
  fields.title = line(prop(node, 'title')) ?? line(prop(node, 'name'));
  const description = scalar(prop(node, 'description'));
  if (description !== undefined) {
    const text = markup ? anyToText(description) : tidyText(description);
    if (text !== '') fields.text = text;
  }

  const org = first(prop(node, 'hiringOrganization'));
  fields.employer = isObject(org) ? (line(prop(org, 'name')) ?? line(prop(org, 'legalName'))) : line(org);

  fields.location = mapLocation(node, line);
  fields.salary = mapSalary(prop(node, 'baseSalary'), line);
  fields.postedAt = date('datePosted');
  fields.validThrough = date('validThrough');
  fields.employmentType = lines(prop(node, 'employmentType'));
  fields.sector = lines(prop(node, 'industry')) ?? lines(prop(node, 'occupationalCategory'));
  const id = first(prop(node, 'identifier'));
  fields.identifier = isObject(id) ? line(prop(id, 'value')) : line(id);

  const hints = new ContactHintsBuilder(options.baseUrl);
  const contactPoints: JsonObject[] = list(prop(node, 'applicationContact')).filter(isObject);
  if (isObject(org)) {
    for (const u of list(prop(org, 'sameAs'))) hints.url(scalar(u));
    hints.url(scalar(prop(org, 'url')));
    contactPoints.push(org, ...list(prop(org, 'contactPoint')).filter(isObject));
  }
  for (const cp of contactPoints) {
    for (const e of list(prop(cp, 'email'))) hints.email(scalar(e));
    for (const t of list(prop(cp, 'telephone'))) hints.phone(scalar(t));
    hints.url(scalar(prop(cp, 'url')));
  }
  fields.contactHints = hints.result();

  for (const key of Object.keys(fields) as (keyof JobPostingFields)[]) {
    if (fields[key] === undefined) delete fields[key];
  }
  return fields;
}

type LineOf = (v: unknown) => string | undefined;

function mapPlace(place: unknown, line: LineOf): Location | undefined {
  if (!isObject(place)) {
    const s = line(place);
    return s === undefined ? undefined : parseLocationText(s);
  }
  const address = first(prop(place, 'address'));
  if (address !== undefined && !isObject(address)) {
    const s = line(address);
    return s === undefined ? undefined : parseLocationText(s);
  }
  // Some sites put the address fields on the Place itself, or give a PostalAddress as the location.
  const addr = isObject(address) ? address : place;
  const city = line(prop(addr, 'addressLocality'));
  const region = line(prop(addr, 'addressRegion'));
  const countryValue = first(prop(addr, 'addressCountry'));
  const country = isObject(countryValue)
    ? (line(prop(countryValue, 'name')) ?? line(prop(countryValue, 'identifier')))
    : line(countryValue);
  const raw = [city, region, country].filter((p) => p !== undefined).join(', ');
  if (raw === '') {
    const name = line(prop(place, 'name'));
    return name === undefined ? undefined : parseLocationText(name);
  }
  const location: Location = { raw };
  if (city !== undefined) location.city = city;
  if (region !== undefined) location.region = region;
  const code = country === undefined ? undefined : countryCode(country);
  if (code !== undefined) location.country = code;
  return location;
}

function mapLocation(node: JsonObject, line: LineOf): Location {
  const places = list(prop(node, 'jobLocation'))
    .map((p) => mapPlace(p, line))
    .filter((p): p is Location => p !== undefined);
  // A Location holds one place: the first gives city, region and country; `raw` keeps them all.
  const location: Location = { ...places[0] };
  const raws = places.map((p) => p.raw).filter((r): r is string => r !== undefined);
  const remote = list(prop(node, 'jobLocationType')).some(
    (t) => typeof t === 'string' && t.toUpperCase().includes('TELECOMMUTE'),
  );
  if (remote) {
    const where = list(prop(node, 'applicantLocationRequirements'))
      .map((r) => (isObject(r) ? line(prop(r, 'name')) : line(r)))
      .filter((r): r is string => r !== undefined);
    raws.push(where.length > 0 ? `remote (${where.join(', ')})` : 'remote');
    const codes = new Set(where.map(countryCode).filter((c) => c !== undefined));
    if (location.country === undefined && codes.size === 1) location.country = [...codes][0];
  }
  if (raws.length > 0) location.raw = raws.join('; ');
  return location;
}

const PERIODS: Record<string, SalaryPeriod> = {
  hour: 'hour',
  hours: 'hour',
  hourly: 'hour',
  h: 'hour',
  day: 'day',
  days: 'day',
  daily: 'day',
  week: 'week',
  weeks: 'week',
  weekly: 'week',
  month: 'month',
  months: 'month',
  monthly: 'month',
  year: 'year',
  years: 'year',
  yearly: 'year',
  annual: 'year',
  annually: 'year',
  annum: 'year',
};

const CURRENCY_SYMBOLS: Record<string, string> = {
  '€': 'EUR',
  '£': 'GBP',
  zł: 'PLN',
  lei: 'RON',
  '₴': 'UAH',
};

/** A number from structured data: a JSON number, or a string holding only a plain or comma-grouped number. */
function amount(v: unknown): number | undefined {
  const f = first(v);
  if (typeof f === 'number') return Number.isFinite(f) ? f : undefined;
  if (typeof f !== 'string') return undefined;
  const s = f.replace(/[\s\u00A0]/g, '');
  if (/^\d+(?:\.\d+)?$/.test(s)) return Number(s);
  if (/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(s)) return Number(s.replace(/,/g, ''));
  return undefined;
}

/**
 * baseSalary: a number, a string, or a MonetaryAmount whose value is a number or a QuantitativeValue
 * (value | minValue/maxValue, unitText). The monthly EUR estimate is left to a later stage.
 */
function mapSalary(value: unknown, line: LineOf): Salary | undefined {
  const v = first(value);
  if (v === undefined) return undefined;
  if (!isObject(v)) {
    const raw = line(v);
    if (raw === undefined) return undefined;
    const n = amount(v);
    return n === undefined ? { raw } : { raw, min: n, max: n };
  }
  const inner = first(prop(v, 'value'));
  // A QuantitativeValue in `value`, or its fields written on the MonetaryAmount itself.
  const q = isObject(inner) ? inner : inner === undefined ? v : undefined;
  let min: number | undefined;
  let max: number | undefined;
  let written: string | undefined;
  if (q !== undefined) {
    const single = amount(prop(q, 'value'));
    min = amount(prop(q, 'minValue')) ?? single;
    max = amount(prop(q, 'maxValue')) ?? single;
    if (min === undefined && max === undefined) written = line(prop(q, 'value'));
  } else {
    min = max = amount(inner);
    if (min === undefined) written = line(inner);
  }
  if (min !== undefined && max !== undefined && min > max) [min, max] = [max, min];
  const currencyText = line(prop(v, 'currency')) ?? (q === undefined ? undefined : line(prop(q, 'currency')));
  const currency =
    currencyText === undefined
      ? undefined
      : /^[A-Za-z]{3}$/.test(currencyText)
        ? currencyText.toUpperCase()
        : CURRENCY_SYMBOLS[currencyText.toLowerCase()];
  const unitText = (q === undefined ? undefined : line(prop(q, 'unitText'))) ?? line(prop(v, 'unitText'));
  const unitKey = unitText
    ?.toLowerCase()
    .replace(/^per\s+/, '')
    .replace(/[^a-z]/g, '');
  const period = unitKey === undefined ? undefined : PERIODS[unitKey];

  const figure =
    min !== undefined && max !== undefined
      ? min === max
        ? String(min)
        : `${min}-${max}`
      : (min ?? max)?.toString();
  // Amounts are shown with the currency and unit as given; text that was not a number is kept as written.
  const raw =
    figure !== undefined
      ? [figure, currencyText].filter((p) => p !== undefined).join(' ') + (unitText ? `/${unitText}` : '')
      : written;
  if (raw === undefined) return undefined;
  const salary: Salary = { raw };
  if (min !== undefined) salary.min = min;
  if (max !== undefined) salary.max = max;
  if (currency !== undefined) salary.currency = currency;
  if (period !== undefined) salary.period = period;
  return salary;
}
