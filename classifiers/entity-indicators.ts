// Indicator hits derived from extracted entities and metadata rather than phrasing: who the
// advert says to contact and how, who the employer is, where the work is, and what it pays.
// Evidence spans point into the title/text where the entity was found; hits that come from
// metadata alone (no employer field, a structured location) carry no evidence.
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import type {
  AdvertField,
  Contacts,
  EvidenceSpan,
  IndicatorHit,
  Location,
  Salary,
} from '../storage/records.ts';
import type { ContactSpan } from './contacts.ts';
import { sharedContacts, type ContactIndex } from './contact-index.ts';
import { MIN_IDENTITIES, QUICK_REMOVAL_DAYS, templateMatch, type TemplateIndex } from './template-index.ts';
import { countryFromLocation, normaliseCountryCode } from './countries.ts';
import { judgePay } from './salary-baseline.ts';
import type { SalaryBaseline } from './salary-baseline.ts';
import type { Sector } from './sector.ts';
import { getIndicator } from '../rules/catalogue.ts';
import {
  borrowsSomeBrand,
  domainRelation,
  findBrandMentions,
  registrableLabel,
} from './impersonated-brands.ts';

/** An obfuscated word of title or text ("ca$h") and how it reads ("cash"). */
export interface ReadBackSpan extends EvidenceSpan {
  reads: string;
}

/** A contact span with the advert field it was found in. */
export interface FieldContactSpan extends ContactSpan {
  field: AdvertField;
}

export interface EntityInput {
  title: string;
  text: string;
  employer?: string;
  /** The workplace. */
  location?: Location | string;
  /** ISO 3166-1 alpha-2 country of the site's audience. */
  siteCountry?: string;
  contacts: Contacts;
  contactSpans: readonly FieldContactSpan[];
  salary?: Salary;
  /** Where the salary was found in title/text, if it was. */
  salaryEvidence?: readonly EvidenceSpan[];
  /** Hits from the rule engine (pay.too_good needs a no-skills or high-risk-sector hit among them:
   *  req.no_experience, easy_money or sector.high_risk). */
  textHits: readonly IndicatorHit[];
  /** Pay per sector × country learned from the corpus. Without one, or without a cell with enough
   *  adverts for the advert's sector or country, pay.too_good uses PAY_TOO_GOOD_THRESHOLDS. */
  salaryBaseline?: SalaryBaseline;
  /** The advert's sector (classifiers/sector.ts); without one the baseline's all-sector cell of the
   *  country is used. */
  sector?: Sector;
  /** Contacts of the stored adverts, for network.shared_contact. Default: none (no such hit). */
  contactIndex?: ContactIndex;
  /** Near-identical text families of the stored adverts, for network.template and
   *  lifecycle.quick_removal. Default: none (no such hits). */
  templateIndex?: TemplateIndex;
  /** Words written with symbols or digits for letters that the rules read or that name a messenger
   *  (rules/obfuscated-words.ts), for language.obfuscated. Default: none. */
  readBack?: readonly ReadBackSpan[];
}

/**
 * Free-mail providers: an address at one of these is not a company address. Exact domains, plus
 * providers with many country domains matched by their first label (yahoo.*, hotmail.* …).
 */
export const FREEMAIL_DOMAINS: ReadonlySet<string> = new Set(
  (
    'gmail.com googlemail.com aol.com msn.com icloud.com me.com mac.com mail.com email.com proton.me ' +
    'protonmail.com pm.me tutanota.com tuta.io zoho.com gmx.com gmx.net gmx.de gmx.at web.de ' +
    't-online.de freenet.de wp.pl o2.pl interia.pl interia.eu poczta.fm onet.pl onet.eu op.pl vp.pl ' +
    'tlen.pl gazeta.pl autograf.pl buziaczek.pl mail.ru bk.ru inbox.ru list.ru internet.ru ' +
    'rambler.ru ya.ru ukr.net i.ua meta.ua abv.bg dir.bg mail.bg seznam.cz email.cz post.cz ' +
    'centrum.cz centrum.sk azet.sk zoznam.sk freemail.hu citromail.hu libero.it virgilio.it ' +
    'tiscali.it alice.it tin.it laposte.net orange.fr wanadoo.fr free.fr sfr.fr sapo.pt inbox.lv ' +
    'inbox.lt one.lt mail.ee qq.com 163.com 126.com yopmail.com hushmail.com lycos.com ' +
    'rediffmail.com terra.com bol.com.br'
  ).split(' '),
);
const FREEMAIL_BRANDS = new Set([
  'yahoo',
  'ymail',
  'rocketmail',
  'hotmail',
  'outlook',
  'live',
  'windowslive',
  'yandex',
]);

/** Hosts that are not a company's own site (messengers, social networks, shorteners, forms). */
const NON_COMPANY_HOSTS = [
  'wa.me',
  'whatsapp.com',
  't.me',
  'telegram.me',
  'telegram.dog',
  'viber.com',
  'signal.me',
  'facebook.com',
  'fb.com',
  'fb.me',
  'm.me',
  'instagram.com',
  'tiktok.com',
  'vk.com',
  'ok.ru',
  'twitter.com',
  'x.com',
  'youtube.com',
  'bit.ly',
  'tinyurl.com',
  'goo.gl',
  'forms.gle',
  'docs.google.com',
  'linktr.ee',
];

/**
 * Monthly pay (EUR) above which unskilled work is "too good", by the country of the workplace
 * (or the site's country when the workplace is unknown). Each figure is roughly two to three
 * times the statutory minimum wages of the group's members in 2025–26, rounded; a per-sector
 * baseline will replace it.
 */
export const PAY_TOO_GOOD_THRESHOLDS = {
  version: '2026-11',
  groups: [
    {
      name: 'north-west',
      countries: ['AT', 'BE', 'CH', 'DE', 'DK', 'FI', 'FR', 'GB', 'IE', 'IS', 'LU', 'NL', 'NO', 'SE'],
      monthlyEur: 4500,
    },
    { name: 'south', countries: ['CY', 'ES', 'GR', 'IT', 'MT', 'PT', 'SI'], monthlyEur: 3000 },
    { name: 'central-east', countries: ['CZ', 'EE', 'HR', 'HU', 'LT', 'LV', 'PL', 'SK'], monthlyEur: 2500 },
    {
      name: 'south-east',
      countries: ['AL', 'BA', 'BG', 'BY', 'GE', 'MD', 'ME', 'MK', 'RO', 'RS', 'TR', 'UA', 'XK'],
      monthlyEur: 1800,
    },
  ],
  /** When neither the workplace nor the site's country is known, or the country is in no group. */
  defaultMonthlyEur: 4500,
} as const;

function payTooGoodGroup(country: string | undefined): { name: string; monthlyEur: number } | undefined {
  const code = normaliseCountryCode(country);
  return PAY_TOO_GOOD_THRESHOLDS.groups.find(
    (g) => code && (g.countries as readonly string[]).includes(code),
  );
}

/** The monthly EUR threshold for `pay.too_good` in a country. */
export function payTooGoodThreshold(country: string | undefined): number {
  return payTooGoodGroup(country)?.monthlyEur ?? PAY_TOO_GOOD_THRESHOLDS.defaultMonthlyEur;
}

const EUR = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const euros = (x: number): string => `€${EUR.format(x)}`;

/** How a note names a sector's cell. */
const cellName = (sector: Sector | '*'): string =>
  sector === '*' ? 'all sectors' : sector === 'other' ? 'unclassified work' : sector;

/**
 * pay.too_good for pay already known to be for work that asks no skills: against the salary
 * baseline when it has a cell for the advert's sector or country, else against the fixed
 * threshold. The hit's note says which, and by how much.
 */
function payTooGood(input: EntityInput, eur: number, country: string | undefined): IndicatorHit | undefined {
  const baseline = input.salaryBaseline;
  const judged = baseline
    ? judgePay(baseline, { sector: input.sector, country, monthlyEur: eur })
    : undefined;
  let note: string;
  if (judged) {
    if (!judged.tooGood) return undefined;
    note =
      `${euros(eur)} a month is ${judged.ratio.toFixed(1)}× the median of ${euros(judged.medianEur)} ` +
      `for ${cellName(judged.cell.sector)} in ${judged.cell.country} ` +
      `(${judged.n} adverts; robust z ${judged.robustZ.toFixed(1)})`;
  } else {
    const threshold = payTooGoodThreshold(country);
    if (eur <= threshold) return undefined;
    const group = payTooGoodGroup(country);
    const against = group
      ? `the fixed threshold of ${euros(threshold)} for the ${group.name} group (${country})`
      : `the fixed default threshold of ${euros(threshold)} (${country ? `${country}, in no group` : 'country unknown'})`;
    const cells = input.sector ? `${cellName(input.sector)} or all sectors` : 'all sectors';
    const why = !baseline
      ? 'no salary baseline loaded'
      : country
        ? `the salary baseline has fewer than ${baseline.minCount} adverts for ${cells} in ${country}`
        : 'no country to look up in the salary baseline';
    note = `${euros(eur)} a month is above ${against}; ${why}`;
  }
  return { ...hit('pay.too_good', [...(input.salaryEvidence ?? [])]), note };
}

/** Employer values that name nobody. */
const PLACEHOLDER_EMPLOYERS = new Set([
  'private',
  'private person',
  'private employer',
  'private advertiser',
  'confidential',
  'confidential employer',
  'anonymous',
  'undisclosed',
  'agency',
  'recruitment agency',
  'employment agency',
  'company',
  'employer',
  'n/a',
  'na',
  'none',
  'osoba prywatna',
  'prywatny',
  'pracodawca',
  'firma',
  'agencja',
  'agencja pracy',
  'privat',
  'privatperson',
  'arbeitgeber',
  'vertraulich',
  'agentur',
  'persoana fizica',
  'persoană fizică',
  'angajator',
  'firma',
  'agentie',
  'agenție',
  'частно лице',
  'работодател',
  'агенция',
]);

/** Whether an e-mail address is at a free-mail provider. */
export function isFreemail(email: string): boolean {
  const domain = email.toLowerCase().split('@')[1] ?? '';
  return FREEMAIL_DOMAINS.has(domain) || FREEMAIL_BRANDS.has(domain.split('.')[0] ?? '');
}

function hostOf(url: string): string {
  const m = /^(?:[a-z][a-z0-9+.-]*:\/\/)?([^/?#:]+)/iu.exec(url.trim());
  return (m?.[1] ?? '').toLowerCase().replace(/^www\./u, '');
}

function isCompanySite(url: string): boolean {
  const host = hostOf(url);
  if (!host || !host.includes('.')) return false;
  if (NON_COMPANY_HOSTS.some((h) => host === h || host.endsWith(`.${h}`))) return false;
  return !isFreemail(`x@${host}`);
}

/**
 * Number types that are a business's own line (an office or switchboard): such a number, like a
 * company e-mail or website, gives the advertiser an identity beyond a handset. Mobile, personal,
 * pager, premium-rate and unknown types do not.
 */
const COMPANY_LINE_TYPES = new Set(['FIXED_LINE', 'TOLL_FREE', 'SHARED_COST', 'UAN', 'VOIP']);

/** Answers of isCompanyLine by number; emptied when full. Recruiters give the same numbers again. */
const companyLines = new Map<string, boolean>();
const COMPANY_LINES_LIMIT = 10_000;

function isCompanyLine(e164: string): boolean {
  let known = companyLines.get(e164);
  if (known === undefined) {
    // The type is read by running the numbering metadata's patterns for the number's country.
    const type = parsePhoneNumberFromString(e164)?.getType();
    known = type !== undefined && COMPANY_LINE_TYPES.has(type);
    if (companyLines.size >= COMPANY_LINES_LIMIT) companyLines.clear();
    companyLines.set(e164, known);
  }
  return known;
}

/** Messengers named before a number: expression alternatives, matched whatever their case. */
const MESSENGER_NAMES = ['whats\\s?app', "what'?s\\s?app", 'viber', 'telegram', 'signal'];

/**
 * A messenger named right before a number: "WhatsApp 0049 150 8876915", "scrie pe WhatsApp la
 * +44 …". contacts.ts keeps only numbers that its numbering metadata validates, which is right for
 * linking adverts by phone; but for how the advertiser can be reached, a number offered on a
 * messenger is a messenger contact whether or not the metadata knows its range (newly allocated
 * blocks, typos, spaced-out digits). Group 2 is the number. Sticky: messengerNumberMatches tries
 * it only where a name starts a word. Searched with a leading look-behind instead, it tried every
 * position of the text through Unicode case folding, and deriveEntityHits took 3–4x as long.
 */
const MESSENGER_NUMBER_RE = new RegExp(
  `(${MESSENGER_NAMES.join('|')})(?![\\p{L}\\p{N}])[^\\n\\d+@]{0,24}?(\\+?\\d(?:[ \\t\\u00a0.\\-/()]{0,3}\\d){6,16})(?![\\p{L}\\p{N}])`,
  'iuy',
);
/** A letter or digit ends the text (two code units: a letter outside the basic plane counts). */
const ENDS_IN_LETTER_OR_DIGIT = /[\p{L}\p{N}]$/u;
const DATE_RE = /^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$/u;
const MIN_MESSENGER_DIGITS = 7;
const MAX_MESSENGER_DIGITS = 15;

/** Characters other than its two cases that the case-insensitive flag matches to an ASCII letter. */
const OTHER_CASE_FOLDS: Readonly<Record<string, string>> = { k: '\u212a', s: '\u017f' };
/** A class per letter that matches what the case-insensitive flag would: "sign" → [Ssſ][Ii][Gg][Nn]. */
const anyCase = (letters: string): string =>
  letters.replace(/[a-z]/gu, (c) => `[${c.toUpperCase()}${c}${OTHER_CASE_FOLDS[c] ?? ''}]`);

/**
 * Where a messenger name may begin: the letters each name starts with, searched without the
 * case-insensitive flag (which compares every character of the text through Unicode case folding).
 */
const MESSENGER_NAME_START = new RegExp(
  MESSENGER_NAMES.map((name) => anyCase(/^[a-z]+/u.exec(name)![0])).join('|'),
  'g',
);

/** Matches of MESSENGER_NUMBER_RE whose messenger name starts a word, leftmost first, as a global
 *  search with a word-start look-behind finds them. */
function messengerNumberMatches(text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  const start = MESSENGER_NAME_START;
  const at = MESSENGER_NUMBER_RE;
  start.lastIndex = 0;
  for (let s = start.exec(text); s !== null; s = start.exec(text)) {
    const p = s.index;
    start.lastIndex = p + 1;
    if (ENDS_IN_LETTER_OR_DIGIT.test(text.slice(Math.max(0, p - 2), p))) continue;
    at.lastIndex = p;
    const m = at.exec(text);
    if (m === null) continue;
    out.push(m);
    start.lastIndex = p + m[0].length;
  }
  return out;
}

/** Messenger numbers in title and text that contacts.ts did not already report (see above). */
function unvalidatedMessengerNumbers(input: EntityInput): EvidenceSpan[] {
  const out: EvidenceSpan[] = [];
  for (const field of ['title', 'text'] as const) {
    for (const m of messengerNumberMatches(input[field])) {
      const digits = (m[2] ?? '').replace(/\D/gu, '').length;
      if (digits < MIN_MESSENGER_DIGITS || digits > MAX_MESSENGER_DIGITS || DATE_RE.test(m[2] ?? ''))
        continue;
      const start = m.index;
      const end = start + m[0].length;
      const numberStart = end - (m[2]?.length ?? 0);
      // Already found as a phone or messenger contact, or part of an e-mail or URL.
      if (input.contactSpans.some((c) => c.field === field && c.start < end && numberStart < c.end)) continue;
      out.push({ field, start, end, text: input[field].slice(start, end) });
    }
  }
  return out;
}

function hit(id: string, evidence: EvidenceSpan[]): IndicatorHit {
  return {
    indicatorId: id,
    state: 'present',
    weight: getIndicator(id)?.defaultWeight ?? 0,
    ruleId: `entity.${id}`,
    evidence,
  };
}

function spanOf(input: EntityInput, s: { field: AdvertField; start: number; end: number }): EvidenceSpan {
  return { field: s.field, start: s.start, end: s.end, text: input[s.field].slice(s.start, s.end) };
}

/** Merges overlapping spans of the same field, in field then text order. */
function mergeSpans(spans: EvidenceSpan[], input: EntityInput): EvidenceSpan[] {
  const sorted = [...spans].sort((a, b) =>
    a.field === b.field ? a.start - b.start : a.field === 'title' ? -1 : 1,
  );
  const out: EvidenceSpan[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && last.field === s.field && s.start < last.end) {
      if (s.end > last.end) {
        last.end = s.end;
        last.text = input[s.field].slice(last.start, last.end);
      }
    } else out.push({ ...s });
  }
  return out;
}

/** Every whole-word occurrence (case-insensitive) of `needle` in title and text, outside contacts
 *  (so "holandia" inside "praca.holandia@gmail.com" is not location evidence). */
function findAll(input: EntityInput, needle: string): EvidenceSpan[] {
  const n = needle.trim().toLowerCase();
  if (n.length < 3) return [];
  const out: EvidenceSpan[] = [];
  const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);
  for (const field of ['title', 'text'] as const) {
    const hay = input[field].toLowerCase();
    for (let at = hay.indexOf(n); at >= 0; at = hay.indexOf(n, at + n.length)) {
      const end = at + n.length;
      if (isWordChar(hay[at - 1]) || isWordChar(hay[end])) continue;
      if (input.contactSpans.some((c) => c.field === field && c.start < end && at < c.end)) continue;
      out.push({ field, start: at, end, text: input[field].slice(at, end) });
    }
  }
  return out;
}

/** The advert's company e-mail and website spans (not free-mail, messenger, social or shortener). */
function companyContacts(
  input: EntityInput,
  kind: 'email' | 'url',
): Array<{ span: FieldContactSpan; label: string }> {
  return input.contactSpans
    .filter((s) => s.kind === kind && (kind === 'email' ? !isFreemail(s.value) : isCompanySite(s.value)))
    .map((span) => ({
      span,
      label: registrableLabel(kind === 'email' ? (span.value.split('@')[1] ?? '') : hostOf(span.value)),
    }));
}

/** employer.impersonation for the first brand the advert names that nothing of its own backs. */
function impersonationHit(
  input: EntityInput,
  untraceable: boolean,
  company: ReadonlyArray<{ span: FieldContactSpan; label: string }>,
): IndicatorHit | undefined {
  // Without an untraceable contact only a look-alike domain can give the hit: most adverts need no
  // search for brand names.
  const possible = company.length === 0 ? untraceable : company.some((c) => borrowsSomeBrand(c.label));
  if (!possible) return undefined;
  const mentions = findBrandMentions(input);
  for (const brand of new Set(mentions.map((m) => m.brand))) {
    const relations = company.map((c) => domainRelation(c.label, brand));
    if (relations.includes('own')) continue;
    const lookalikes = company.filter((_, i) => relations[i] === 'lookalike');
    if (lookalikes.length === 0 && (company.length > 0 || !untraceable)) continue;
    const named = mentions.filter((m) => m.brand === brand);
    const inEmployer = named.find((m) => m.field === 'employer');
    const spans = named.flatMap((m) =>
      m.field === 'employer' ? [] : [spanOf(input, { ...m, field: m.field })],
    );
    const contactSpans =
      lookalikes.length > 0
        ? lookalikes.map((c) => spanOf(input, c.span))
        : input.contactSpans
            .filter(
              (c) =>
                c.kind === 'messenger' || c.kind === 'phone' || (c.kind === 'email' && isFreemail(c.value)),
            )
            .map((c) => spanOf(input, c));
    const where = inEmployer ? `named as the employer ("${inEmployer.text}")` : 'named in the advert';
    const how =
      lookalikes.length > 0
        ? `with a contact on a domain that borrows its name (${[...new Set(lookalikes.map((c) => c.label))].join(', ')})`
        : 'with only free-mail, messenger or mobile contacts';
    return {
      ...hit('employer.impersonation', mergeSpans([...spans, ...contactSpans], input)),
      note: `${brand.names[0]} ${where} ${how}`,
    };
  }
  return undefined;
}

/** Text hits that make high pay implausible (see pay.too_good below). */
const UNSKILLED_OR_HIGH_RISK = ['req.no_experience', 'easy_money', 'sector.high_risk'];

const presentIds = (hits: readonly IndicatorHit[]): Set<string> =>
  new Set(hits.filter((h) => h.state === 'present').map((h) => h.indicatorId));

/** Derives `entity.*` hits: contact.messenger_only, contact.freemail, employer.impersonation, employer.anonymous,
 *  location.abroad, pay.too_good, network.shared_contact, network.template,
 *  lifecycle.quick_removal and language.obfuscated. */
export function deriveEntityHits(input: EntityInput): IndicatorHit[] {
  const hits: IndicatorHit[] = [];
  const { contacts } = input;

  const companyEmail = contacts.emails.some((e) => !isFreemail(e));
  const companySite = contacts.urls.some(isCompanySite);

  // contact.freemail: a "company" whose e-mail is at a free-mail provider. A company that also
  // gives its own domain's address or website has an identity beyond the free-mail address.
  const freemails = contacts.emails.filter(isFreemail);
  if (freemails.length > 0 && !companyEmail && !companySite) {
    const ev = input.contactSpans
      .filter((s) => s.kind === 'email' && isFreemail(s.value))
      .map((s) => spanOf(input, s));
    hits.push(hit('contact.freemail', mergeSpans(ev, input)));
  }

  // contact.messenger_only: messengers or bare numbers, and no company e-mail, website or line.
  // A number offered on a messenger is a messenger contact, not an office line, whatever its type.
  const onMessenger = new Set(contacts.messengers.map((m) => m.handle));
  const isBare = (p: string): boolean => onMessenger.has(p) || !isCompanyLine(p);
  const companyLine = contacts.phones.some((p) => !isBare(p));
  const unvalidated = unvalidatedMessengerNumbers(input);
  const reachable = contacts.messengers.length > 0 || contacts.phones.some(isBare) || unvalidated.length > 0;
  if (reachable && !companyEmail && !companySite && !companyLine) {
    const ev = input.contactSpans
      .filter((s) => s.kind === 'messenger' || (s.kind === 'phone' && isBare(s.value)))
      .map((s) => spanOf(input, s));
    hits.push(hit('contact.messenger_only', mergeSpans([...ev, ...unvalidated], input)));
  }

  // employer.impersonation: a well-known brand named as the employer or in the advert, with no
  // contact the brand stands behind: an address or site on a domain that borrows its name, or only
  // free-mail, messenger or bare-mobile contacts (as contact.freemail or contact.messenger_only
  // find them). Any other company address or site (an agency recruiting for the brand) is an
  // identity of its own; one on the brand's own domain clears it.
  const untraceable =
    (freemails.length > 0 && !companyEmail && !companySite) ||
    (reachable && !companyEmail && !companySite && !companyLine);
  const impersonation = impersonationHit(input, untraceable, [
    ...companyContacts(input, 'email'),
    ...companyContacts(input, 'url'),
  ]);
  if (impersonation) hits.push(impersonation);

  // employer.anonymous: metadata only.
  const employer =
    input.employer
      ?.trim()
      .toLowerCase()
      .replace(/[.:]+$/u, '') ?? '';
  if (!employer || PLACEHOLDER_EMPLOYERS.has(employer)) hits.push(hit('employer.anonymous', []));

  // location.abroad: workplace country differs from the site's.
  const workCountry = countryFromLocation(input.location);
  const siteCountry = normaliseCountryCode(input.siteCountry);
  if (workCountry && siteCountry && workCountry !== siteCountry) {
    const raw = typeof input.location === 'string' ? input.location : input.location?.raw;
    hits.push(hit('location.abroad', raw ? mergeSpans(findAll(input, raw), input) : []));
  }

  // pay.too_good: only for work that asks no skills (no experience needed, an easy-money pitch)
  // or in a high-risk sector, where such pay is implausible.
  const text = presentIds(input.textHits);
  const eur = input.salary?.monthlyEur;
  if (eur !== undefined && UNSKILLED_OR_HIGH_RISK.some((id) => text.has(id))) {
    const tooGood = payTooGood(input, eur, workCountry ?? siteCountry);
    if (tooGood) hits.push(tooGood);
  }

  // network.shared_contact: a phone, e-mail or handle that adverts of several employers give.
  if (input.contactIndex) {
    const shared = sharedContacts(input.contacts, input.contactIndex);
    if (shared.length > 0) {
      const keys = new Set(shared.map((c) => c.key));
      const spans = input.contactSpans
        // Span values are keyed as the index keys contacts (E.164, lower-case e-mail, kind:handle).
        .filter((s) => keys.has(s.value))
        .map((s) => spanOf(input, s));
      hits.push({
        ...hit('network.shared_contact', mergeSpans(spans, input)),
        note: shared
          .map((c) => `${c.key} is given by ${c.adverts} stored adverts under ${c.employers} employer names`)
          .join('; '),
      });
    }
  }

  // network.template: the description is near-identical to stored adverts of several employers or
  // contacts; lifecycle.quick_removal: one of them was taken down soon after posting and the text
  // is up again. Metadata across adverts: no span of this advert's text is the evidence, the note is.
  const family = input.templateIndex
    ? templateMatch(input.text, input.templateIndex, input.employer)
    : undefined;
  if (family) {
    const alike = `near-identical text (about ${Math.round(family.similarity * 100)}% of its 5-word phrases)`;
    if (family.identities >= MIN_IDENTITIES)
      hits.push({
        ...hit('network.template', []),
        note: `${alike} is posted by ${family.adverts} stored adverts under ${family.identities} employer names or contacts`,
      });
    if (family.quickRemovals > 0)
      hits.push({
        ...hit('lifecycle.quick_removal', []),
        note:
          `${alike} was taken down within ${QUICK_REMOVAL_DAYS} days of posting ` +
          `${family.quickRemovals === 1 ? 'once' : `${family.quickRemovals} times`}` +
          (family.lastRemovedAt ? ` (last found removed ${family.lastRemovedAt.slice(0, 10)})` : '') +
          ' and is posted again',
      });
  }

  // language.obfuscated: contacts written to evade detection, and flagged words written with
  // symbols or digits for letters.
  const obf = input.contactSpans
    .filter((s) => s.obfuscated && s.kind !== 'messenger')
    .map((s) => spanOf(input, s));
  const words = input.readBack ?? [];
  if (obf.length > 0 || words.length > 0) {
    const obfuscated = hit(
      'language.obfuscated',
      mergeSpans([...obf, ...words.map((w) => spanOf(input, w))], input),
    );
    if (words.length > 0)
      obfuscated.note = `words written to slip past filters: ${words.map((w) => `"${w.text}" reads "${w.reads}"`).join(', ')}`;
    hits.push(obfuscated);
  }

  return hits;
}
