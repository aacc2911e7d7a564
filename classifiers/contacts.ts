// Contact details mined from advert text: phones (E.164), e-mails (also "name at gmail dot com"
// forms), messenger handles (WhatsApp, Telegram, Viber, Signal, WeChat) and URLs, each with the
// span it was found at so the review UI can highlight it and the linker can join adverts.
//
// Phones: candidates are found here and validated with libphonenumber-js (full metadata, so
// `isValid()` checks number patterns, not just lengths). We do not use its
// `findPhoneNumbersInText`: it merges comma-separated lists into one match ("600123456,
// 601234567" yields only the first number) and takes ISO dates such as 2024-05-01 for numbers.
// Obfuscated numbers (digits spaced out one by one, keycap emoji, spelled-out digits) are
// normalised first with an offset map, so spans still point into the given text.
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import type { CountryCode } from 'libphonenumber-js/max';
import type { Contacts, MessengerHandle } from '../storage/records.ts';
import { forEachWord } from './text-features.ts';

export type ContactKind = 'phone' | 'email' | 'messenger' | 'url';

export interface ContactSpan {
  kind: ContactKind;
  /** E.164 phone, lower-case e-mail, URL as found, or `<messenger>:<handle>` (e.g. `whatsapp:+48600123456`). */
  value: string;
  /** UTF-16 offsets into the given text, end exclusive. */
  start: number;
  end: number;
  /** True when the contact was written so as to evade detection (spaced digits, "at"/"dot", emoji digits). */
  obfuscated?: boolean;
}

export interface ContactExtraction {
  /** Deduplicated contacts, in order of first appearance (hints last). */
  contacts: Contacts;
  /** Every occurrence found in the text (not deduplicated), in text order. */
  spans: ContactSpan[];
  /** True when any contact was obfuscated. */
  obfuscated: boolean;
}

export interface ExtractContactsOptions {
  /** ISO 3166-1 alpha-2 region for numbers written without a country code (the source's country). Default: none, so only international numbers are read. */
  defaultCountry?: string;
  /** Contacts from structured data or dedicated page fields; merged into `contacts` (they have no spans). */
  hints?: { emails?: string[]; phones?: string[]; urls?: string[] };
}

type MessengerKind = MessengerHandle['kind'];

// ---------------------------------------------------------------------------------------------
// Normalisation that remembers its substitutions (for phones)

/** Text replaced by digits: `at` and `length` in the normalised text, `start` and `end` in the original. */
interface Substitution {
  at: number;
  length: number;
  start: number;
  end: number;
}

interface Normalised {
  text: string;
  /** The substitutions (emoji or word digits), in text order; none: `text` is the given text. */
  subs: readonly Substitution[];
}

/**
 * The original range of normalised text [start, end), and whether a substitution lies in it. Kept
 * as the list of substitutions rather than a map per code unit: only the few phone numbers found
 * are mapped back, and building such a map for every text with a read-back digit made
 * extractContacts about 1.18× slower on the assess benchmark's adverts.
 */
function originalRange(norm: Normalised, start: number, end: number): Range & { substituted: boolean } {
  const { subs } = norm;
  const at = (p: number): { sub: Substitution | undefined; inside: boolean } => {
    let sub: Substitution | undefined;
    for (const s of subs) {
      if (s.at > p) break;
      sub = s;
    }
    return { sub, inside: sub !== undefined && p < sub.at + sub.length };
  };
  const from = at(start);
  const to = at(end - 1);
  return {
    start: !from.sub
      ? start
      : from.inside
        ? from.sub.start
        : from.sub.end + start - (from.sub.at + from.sub.length),
    end: !to.sub ? end : to.inside ? to.sub.end : to.sub.end + end - (to.sub.at + to.sub.length),
    substituted: subs.some((s) => s.at < end && s.at + s.length > start),
  };
}

const DIGIT_WORDS: Readonly<Record<string, string>> = {
  // en
  zero: '0',
  one: '1',
  two: '2',
  three: '3',
  four: '4',
  five: '5',
  six: '6',
  seven: '7',
  eight: '8',
  nine: '9',
  // de
  null: '0',
  eins: '1',
  zwei: '2',
  drei: '3',
  vier: '4',
  fünf: '5',
  sechs: '6',
  sieben: '7',
  acht: '8',
  neun: '9',
  // pl
  jeden: '1',
  dwa: '2',
  trzy: '3',
  cztery: '4',
  pięć: '5',
  sześć: '6',
  siedem: '7',
  osiem: '8',
  dziewięć: '9',
  // ro
  unu: '1',
  doi: '2',
  trei: '3',
  patru: '4',
  cinci: '5',
  șase: '6',
  şase: '6',
  șapte: '7',
  şapte: '7',
  opt: '8',
  nouă: '9',
};
const DIGIT_WORD_RE = new RegExp(`(?<!\\p{L})(?:${Object.keys(DIGIT_WORDS).join('|')})(?!\\p{L})`, 'giu');
const KEYCAP_OR_WIDE_RE = /([0-9])\uFE0F?\u20E3|[\uFF10-\uFF19]/gu;
const MAY_HAVE_KEYCAP_OR_WIDE = /[\u20E3\uFF10-\uFF19]/u;

/** A run of at least 7 spelled-out digits is a phone number; shorter runs are ordinary words. */
const MIN_SPELLED_DIGITS = 7;
/**
 * Such a run: digit words apart by 1 to 3 spaces, commas, dots or dashes. Found whole, so the
 * many lone "one", "opt" or "null" of ordinary text cost no match objects.
 */
const DIGIT_RUN_RE = new RegExp(
  `${DIGIT_WORD_RE.source}(?:[\\s,.\\-–]{1,3}${DIGIT_WORD_RE.source}){${MIN_SPELLED_DIGITS - 1},}`,
  'giu',
);

interface Replacement {
  start: number;
  end: number;
  with: string;
}

/** Hashes of the digit words as forEachWord computes them over lower-cased text. */
const DIGIT_WORD_HASHES: ReadonlySet<number> = new Set(
  Object.keys(DIGIT_WORDS).map((w) => {
    let hash = 0;
    forEachWord(w, (_s, _e, h) => (hash = h));
    return hash;
  }),
);

/**
 * Whether the text may hold a run of MIN_SPELLED_DIGITS digit words (a superset of DIGIT_RUN_RE's
 * matches: any 1 to 3 characters may separate the words). The run regex tries its long alternation
 * at every position; this reads the words once and looks them up, and most adverts have no run.
 */
function mayHaveDigitRun(text: string): boolean {
  let run = 0;
  let lastEnd = -10;
  let found = false;
  forEachWord(text.toLowerCase(), (start, end, hash) => {
    if (found) return;
    if (!DIGIT_WORD_HASHES.has(hash)) {
      run = 0;
      return;
    }
    run = start - lastEnd <= 3 ? run + 1 : 1;
    lastEnd = end;
    if (run >= MIN_SPELLED_DIGITS) found = true;
  });
  return found;
}

function normaliseDigits(text: string): Normalised {
  const reps: Replacement[] = [];
  // Keycap emoji (digit, optional VS16, U+20E3) and full-width digits.
  if (MAY_HAVE_KEYCAP_OR_WIDE.test(text))
    for (const m of text.matchAll(KEYCAP_OR_WIDE_RE)) {
      const d = m[1] ?? String.fromCharCode(m[0].charCodeAt(0) - 0xff10 + 48);
      reps.push({ start: m.index, end: m.index + m[0].length, with: d });
    }
  // Spelled-out digits, only in runs.
  if (mayHaveDigitRun(text))
    for (const run of text.matchAll(DIGIT_RUN_RE))
      for (const m of run[0].matchAll(DIGIT_WORD_RE)) {
        const start = run.index + m.index;
        reps.push({ start, end: start + m[0].length, with: DIGIT_WORDS[m[0].toLowerCase()] ?? '' });
      }
  if (reps.length === 0) return { text, subs: [] };
  reps.sort((a, b) => a.start - b.start);

  const pieces: string[] = [];
  const subs: Substitution[] = [];
  let length = 0;
  let i = 0;
  for (const r of reps) {
    if (r.start < i) continue;
    pieces.push(text.slice(i, r.start), r.with);
    length += r.start - i;
    subs.push({ at: length, length: r.with.length, start: r.start, end: r.end });
    length += r.with.length;
    i = r.end;
  }
  pieces.push(text.slice(i));
  return { text: pieces.join(''), subs };
}

// ---------------------------------------------------------------------------------------------
// Helpers

interface Range {
  start: number;
  end: number;
}

const overlaps = (a: Range, b: Range): boolean => a.start < b.end && b.start < a.end;
const overlapsAny = (r: Range, taken: Range[]): boolean => taken.some((t) => overlaps(r, t));

function lineBounds(text: string, at: number): Range {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  const nl = text.indexOf('\n', at);
  return { start, end: nl < 0 ? text.length : nl };
}

function toCountry(code: string | undefined): CountryCode | undefined {
  if (!code) return undefined;
  const up = code.trim().toUpperCase();
  if (up === 'UK') return 'GB';
  return /^[A-Z]{2}$/u.test(up) ? (up as CountryCode) : undefined;
}

/** Parses a phone written in any common form to E.164, or undefined when it is not a valid number. */
export function normalisePhone(raw: string, defaultCountry?: string): string | undefined {
  const compact = raw.replace(/\(0\)/gu, '').replace(/[^\d+]/gu, '');
  const digits = compact.replace(/\+/gu, '');
  let candidate: string;
  if (compact.startsWith('+')) candidate = `+${digits}`;
  else if (digits.startsWith('00')) candidate = `+${digits.slice(2)}`;
  else candidate = digits;
  const parsed = parsePhoneNumberFromString(candidate, toCountry(defaultCountry));
  return parsed?.isValid() ? parsed.number : undefined;
}

// ---------------------------------------------------------------------------------------------
// Phones

// A "+" may stand apart from the digits only when they are spaced out one by one ("+ 4 8 6 0 0 …"):
// "600 123 456 + 601 234 567" lists two national numbers, it does not write an international one.
const PHONE_RUN_RE = /(?:\+[ \t\u00a0](?=\d(?!\d))|\+)?\d+(?:[ \t\u00a0.\-/()]{1,3}\d+)*/gu;
const DATE_RE = /^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$/u;
const MONEY_AFTER_RE =
  /^\s*(?:[-–]\s*\d[\d .,]*)?\s*(?:zł|zl\b|pln|eur|€|euro|lei|ron|лв|bgn|kč|czk|£|gbp|\$|usd|chf|huf|ft\b|kr\b|brutto|netto|net\b|gross|k\b)/iu;
const MONEY_BEFORE_RE = /(?:€|£|\$|zł|eur|pln|ron|lei|gbp|usd)\s*$/iu;
/** Numbers written nationally without a trunk 0 must be this long (PL, ES, IT mobiles …) so amounts are not read as phones. */
const MIN_DIGITS_WITHOUT_PREFIX = 9;
/** This many single-digit groups make a number "spaced out" on purpose. */
const SPACED_GROUPS = 4;

interface PhoneFound {
  e164: string;
  start: number;
  end: number;
  obfuscated: boolean;
}

function findPhones(
  text: string,
  norm: Normalised,
  defaultCountry: CountryCode | undefined,
  taken: Range[],
): PhoneFound[] {
  const found: PhoneFound[] = [];
  for (const m of norm.text.matchAll(PHONE_RUN_RE)) {
    const before = norm.text[m.index - 1];
    const after = norm.text[m.index + m[0].length];
    // Part of a word, code or IBAN ("PL61 1090 …", "ID123…").
    if ((before && /[\p{L}\d]/u.test(before)) || (after && /[\p{L}\d]/u.test(after))) continue;
    // Fewer than 7 digits in all can make no number (see the loop below): most runs are amounts.
    if (countDigits(m[0]) < 7) continue;
    const plus = m[0].startsWith('+');
    const groups = [...m[0].matchAll(/\d+/gu)].map((g) => ({
      digits: g[0],
      start: m.index + g.index,
      end: m.index + g.index + g[0].length,
      afterParen: m[0][g.index - 1] === '(',
    }));
    // The "00" prefix is judged on joined digits: spaced out, it spans two groups ("0 0 4 9 …").
    const startsWith00 = (gs: typeof groups): boolean =>
      gs
        .slice(0, 2)
        .map((g) => g.digits)
        .join('')
        .startsWith('00');
    const spacedInternational = (plus || startsWith00(groups)) && (groups[0]?.digits.length ?? 0) <= 3;
    // Longest run of whole digit groups first, so numbers listed with only spaces or a slash
    // between them ("0741 234 567 / 0742 345 678") still split into valid numbers.
    let i = 0;
    let afterNumber = true;
    while (i < groups.length) {
      // A spaced-out international number that is not valid must not be read again, nationally,
      // from a digit inside its country code ("0 0 4 9 1 5 4 …" is not the German 0491 …).
      if (!afterNumber && spacedInternational && groups.slice(1, i + 1).every((g) => g.digits.length === 1)) {
        i++;
        continue;
      }
      let emitted = false;
      for (let j = groups.length - 1; j >= i; j--) {
        const used = groups.slice(i, j + 1);
        const international = (i === 0 && plus) || startsWith00(used);
        // "+49 (0) 171 …": the trunk 0 in brackets after the country code is not dialled.
        const kept = international
          ? used.filter((g, k) => !(k === 1 && g.digits === '0' && g.afterParen))
          : used;
        let digits = kept.map((g) => g.digits).join('');
        if (digits.length > 17) continue;
        if (digits.length < 7) break;
        if (international && !(i === 0 && plus)) digits = digits.slice(2);
        const first = used[0];
        const last = used[used.length - 1];
        if (!first || !last) break;
        const start = international && i === 0 && plus ? m.index : first.start;
        const end = last.end;
        const e164 = validPhone(digits, international, defaultCountry);
        if (!e164) continue;
        const original = originalRange(norm, start, end);
        const origStart = original.start;
        const origEnd = original.end;
        const rawText = text.slice(origStart, origEnd);
        if (DATE_RE.test(rawText)) continue;
        if (
          MONEY_AFTER_RE.test(text.slice(origEnd, origEnd + 14)) ||
          MONEY_BEFORE_RE.test(text.slice(Math.max(0, origStart - 5), origStart))
        )
          continue;
        if (overlapsAny({ start: origStart, end: origEnd }, taken)) continue;
        const single = used.filter((g) => g.digits.length === 1).length;
        found.push({
          e164,
          start: origStart,
          end: origEnd,
          obfuscated: original.substituted || single >= SPACED_GROUPS,
        });
        i = j + 1;
        emitted = true;
        break;
      }
      afterNumber = emitted;
      if (!emitted) i++;
    }
  }
  return found;
}

function countDigits(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}

function validPhone(
  digits: string,
  international: boolean,
  country: CountryCode | undefined,
): string | undefined {
  if (international) {
    const p = parsePhoneNumberFromString(`+${digits}`);
    return p?.isValid() ? p.number : undefined;
  }
  if (!country) return undefined;
  if (!digits.startsWith('0') && digits.length < MIN_DIGITS_WITHOUT_PREFIX) return undefined;
  const p = parsePhoneNumberFromString(digits, country);
  return p?.isValid() ? p.number : undefined;
}

// ---------------------------------------------------------------------------------------------
// Messengers

const MESSENGER_WORDS: ReadonlyArray<[RegExp, MessengerKind]> = [
  [/(?<!\p{L})(?:whats\s?app|what'?s\s?app|ватсап|вотсап|уатсап)(?!\p{L})/giu, 'whatsapp'],
  [/(?<!\p{L})(?:viber|вайбер)(?!\p{L})/giu, 'viber'],
  [/(?<!\p{L})(?:telegram|телеграм|телеграмм)(?!\p{L})/giu, 'telegram'],
  [/(?<!\p{L})signal(?!\p{L})/giu, 'signal'],
  [/(?<!\p{L})(?:wechat|weixin)(?!\p{L})/giu, 'wechat'],
];

/** A part of every MESSENGER_WORDS expression, to skip all five on adverts that name no messenger. */
const MAY_HAVE_MESSENGER_WORD =
  /what|ватсап|вотсап|уатсап|viber|вайбер|telegram|телеграм|signal|wechat|weixin/iu;

/** A part of each MESSENGER_WORDS expression, without the look-arounds. */
const MESSENGER_WORD_PARTS: Readonly<Record<MessengerKind, RegExp>> = {
  whatsapp: /what|ватсап|вотсап|уатсап/iu,
  viber: /viber|вайбер/iu,
  telegram: /telegram|телеграм/iu,
  signal: /signal/iu,
  wechat: /wechat|weixin/iu,
  other: /$^/u,
};

interface KeywordHit extends Range {
  kind: MessengerKind;
}

function withoutKeywords(s: string): string {
  return MESSENGER_WORDS.reduce((acc, [re]) => acc.replace(re, ' '), s);
}

function messengerKeywords(text: string): KeywordHit[] {
  const out: KeywordHit[] = [];
  if (!MAY_HAVE_MESSENGER_WORD.test(text)) return out;
  for (const [re, kind] of MESSENGER_WORDS) {
    // A word's expression is tried at every position; its plain words are searched much faster.
    if (!MESSENGER_WORD_PARTS[kind].test(text)) continue;
    for (const m of text.matchAll(re)) out.push({ kind, start: m.index, end: m.index + m[0].length });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** What every messenger link below contains: most adverts have none, and need no further search. */
const MAY_HAVE_MESSENGER_LINK = /\.me\/|whatsapp\.com\/send|viber:\/\//iu;

const TELEGRAM_RESERVED = new Set(['joinchat', 's', 'share', 'addstickers', 'c', 'iv', 'proxy', 'socks']);

interface LinkFound extends Range {
  handle: MessengerHandle;
  raw: string;
}

/** wa.me/…, api.whatsapp.com/send?phone=…, t.me/…, viber://…?number=…, signal.me/#p/… */
function findMessengerLinks(text: string): LinkFound[] {
  const out: LinkFound[] = [];
  if (!MAY_HAVE_MESSENGER_LINK.test(text)) return out;
  const add = (m: RegExpMatchArray, handle: MessengerHandle | undefined): void => {
    if (!handle || m.index === undefined) return;
    const raw = trimUrl(m[0]);
    out.push({ start: m.index, end: m.index + raw.length, handle, raw });
  };
  for (const m of text.matchAll(
    /(?:https?:\/\/)?(?:www\.)?(?:wa\.me\/|(?:api\.)?whatsapp\.com\/send\/?\?(?:[\w=&]*&)?phone=)(?:\+|%2B)?(\d{7,15})[^\s<>"')\]]*/giu,
  ))
    add(m, phoneHandle('whatsapp', m[1]));
  for (const m of text.matchAll(
    /(?:https?:\/\/)?(?:www\.)?(?:t|telegram)\.me\/([A-Za-z0-9_+]{1,64})[^\s<>"')\]]*/giu,
  )) {
    const name = m[1] ?? '';
    if (m[1]?.startsWith('+') || TELEGRAM_RESERVED.has(name.toLowerCase()) || name.length < 4) {
      // An invite or share link: a URL, not a handle.
      const raw = trimUrl(m[0]);
      out.push({ start: m.index, end: m.index + raw.length, raw, handle: { kind: 'telegram', handle: '' } });
      continue;
    }
    add(m, { kind: 'telegram', handle: name.toLowerCase() });
  }
  for (const m of text.matchAll(/viber:\/\/(?:chat|add|contact)\?number=(?:%2B|\+)?(\d{7,15})\S*/giu))
    add(m, phoneHandle('viber', m[1]));
  for (const m of text.matchAll(/(?:https?:\/\/)?signal\.me\/#p\/(?:%2B|\+)?(\d{7,15})\S*/giu))
    add(m, phoneHandle('signal', m[1]));
  return out;
}

function phoneHandle(kind: MessengerKind, digits: string | undefined): MessengerHandle | undefined {
  if (!digits) return undefined;
  const p = parsePhoneNumberFromString(`+${digits}`);
  return p?.isValid() ? { kind, handle: p.number } : undefined;
}

/** How far before a phone a messenger word may stand ("WhatsApp/Viber: +48 …"). */
const KEYWORD_BEFORE = 40;
/** How far after a phone ("+48 … (WhatsApp)"). */
const KEYWORD_AFTER = 30;
/** What may stand between a phone and a messenger word that follows it. */
const KEYWORD_GAP_RE =
  /^[\s([\-–—,/|]*(?:(?:also|only|via|on|or|and|też|tylko|oder|auch|sau|și|или)\s+)?[\s([\-–—,/|]*$/iu;
/** A messenger word followed by its own contact ("Viber: +40 …", "Telegram @name") is not about the phone before it. */
const KEYWORD_INTRODUCES_RE = /^\s*[:\-–]?\s*(?:[@+\d]|https?:|wa\.me|t\.me)/iu;

// ---------------------------------------------------------------------------------------------
// E-mails and URLs

const FREEMAIL_FOR_BARE_AT = new Set([
  'gmail',
  'googlemail',
  'yahoo',
  'hotmail',
  'outlook',
  'live',
  'msn',
  'aol',
  'icloud',
  'mail',
  'gmx',
  'web',
  'wp',
  'o2',
  'interia',
  'onet',
  'op',
  'tlen',
  'poczta',
  'yandex',
  'ya',
  'rambler',
  'abv',
  'dir',
  'seznam',
  'centrum',
  'email',
  'libero',
  'virgilio',
  'laposte',
  'orange',
  'free',
  'proton',
  'protonmail',
  'ukr',
  'i',
]);
const EMAIL_RE =
  /(?<![\w.%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,24}(?![A-Za-z0-9-])/gu;

const AT_BRACKETED = String.raw`\s*[\[({<]\s*(?:at|@|małpa|malpa|arroba|chiocciola|klammeraffe|affe|a)\s*[\])}>]\s*`;
const AT_WORD = String.raw`\s+(?:at|małpa|malpa|arroba)\s+`;
const AT_SPACED = String.raw`\s+@\s*|\s*@\s+`;
const DOT_BRACKETED = String.raw`\s*[\[({<]\s*(?:dot|punkt|kropka|punto|point|punct|\.)\s*[\])}>]\s*`;
const DOT_WORD = String.raw`\s+(?:dot|kropka|punkt|punto|point|punct)\s+`;
const DOT_ANY = `(?:${DOT_BRACKETED}|${DOT_WORD}|\\s?\\.\\s?)`;
const LABEL = String.raw`[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?`;
const OBF_EMAIL_RE = new RegExp(
  String.raw`(?<![\w.%+-])([A-Za-z0-9][A-Za-z0-9._%+-]*)(${AT_BRACKETED}|${AT_WORD}|${AT_SPACED})(${LABEL}(?:${DOT_ANY}${LABEL})*)${DOT_ANY}([A-Za-z]{2,10})(?![A-Za-z0-9])`,
  'giu',
);
const DOT_SPLIT_RE = new RegExp(DOT_ANY, 'giu');
/** Words that precede " at " in ordinary prose ("contact us at …"). */
const NOT_LOCAL_PARTS = new Set([
  'us',
  'me',
  'him',
  'her',
  'them',
  'work',
  'apply',
  'home',
  'least',
  'all',
  'once',
  'it',
  'contact',
  'look',
  'write',
]);

const URL_RE = /\bhttps?:\/\/[^\s<>"'{}|\\^`[\]]+|\bwww\.[^\s<>"'{}|\\^`[\]]+/giu;
// URL_RE is tried only where a match can start: 4 or 5 characters before each "://" (http,
// https) and at each "www.", in text order, as text.matchAll(URL_RE) would find them.
const URL_AT = new RegExp(URL_RE.source, 'iuy');
const WWW_RE = /www\./giu;

function urls(text: string): RegExpExecArray[] {
  const starts: number[] = [];
  for (let at = text.indexOf('://'); at >= 0; at = text.indexOf('://', at + 3))
    for (const start of [at - 5, at - 4]) if (start >= 0) starts.push(start);
  for (const m of text.matchAll(WWW_RE)) starts.push(m.index);
  if (starts.length === 0) return [];
  starts.sort((a, b) => a - b);
  const out: RegExpExecArray[] = [];
  let from = 0;
  for (const start of starts) {
    if (start < from) continue;
    URL_AT.lastIndex = start;
    const m = URL_AT.exec(text);
    if (m) {
      out.push(m);
      from = m.index + m[0].length;
    }
  }
  return out;
}
const WECHAT_ID_RE = /(?:wechat|weixin)(?:\s*id)?\s*[:\-–]\s*([A-Za-z][A-Za-z0-9_-]{5,19})(?![\w-])/giu;
const HANDLE_RE = /(?<![\w@.])@([A-Za-z][A-Za-z0-9_]{3,31})(?![\w@.])/gu;

// OBF_EMAIL_RE tried at every word is one of the costliest searches here, and few adverts have an
// obfuscated address. A match starts where a run of local-part characters starts (the lookbehind)
// and its "at" follows that run at once (no form of "at" starts with such a character), so it is
// tried only at runs followed by what an "at" begins with: optional white space, then a bracket
// or "@", or white space and then "a"/"m" (at, arroba, małpa). ſ and the Kelvin sign are in the
// run because under the i and u flags [A-Za-z] matches them too.
const OBF_EMAIL_AT = new RegExp(OBF_EMAIL_RE.source, 'iuy');
const LOCAL_ASCII = Uint8Array.from({ length: 128 }, (_, c) =>
  /[A-Za-z0-9._%+-]/u.test(String.fromCharCode(c)) ? 1 : 0,
);
const isLocalChar = (c: number): boolean => (c < 128 ? LOCAL_ASCII[c] === 1 : c === 0x17f || c === 0x212a);
const WHITE = /\s/u;
/** Whether the code unit is white space as \s reads it (a lookup for ASCII, the regex otherwise). */
const isWhite = (c: number): boolean =>
  c < 128 ? c === 32 || (c >= 9 && c <= 13) : WHITE.test(String.fromCharCode(c));

// EMAIL_RE likewise starts a match only where a run of local-part characters starts, and its "@"
// ends that run; it is tried only from the start of the run before each "@".
const EMAIL_AT = new RegExp(EMAIL_RE.source, 'uy');

/** The matches of EMAIL_RE in `text`, in order, as `text.matchAll(EMAIL_RE)` gives them. */
function plainEmails(text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let from = 0;
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > 0 && LOCAL_ASCII[text.charCodeAt(start - 1)] === 1) start--;
    if (start === at || start < from) continue;
    from = matchAt(EMAIL_AT, text, start, out, from);
  }
  return out;
}

/**
 * Runs the sticky expression `re` at `start`, adding its match to `out`; returns where the next
 * match may start (after this one, or `from` unchanged when there is none).
 */
function matchAt(re: RegExp, text: string, start: number, out: RegExpExecArray[], from: number): number {
  re.lastIndex = start;
  const m = re.exec(text);
  if (!m) return from;
  out.push(m);
  return start + m[0].length;
}

/** The matches of OBF_EMAIL_RE in `text`, in order, as `text.matchAll(OBF_EMAIL_RE)` gives them. */
function obfuscatedEmails(text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  const n = text.length;
  let from = 0;
  let i = 0;
  while (i < n) {
    if (!isLocalChar(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < n && isLocalChar(text.charCodeAt(i))) i++;
    if (start < from) continue;
    let k = i;
    while (k < n && isWhite(text.charCodeAt(k))) k++;
    const c = text[k];
    const mayBeAt =
      c === '[' ||
      c === '(' ||
      c === '{' ||
      c === '<' ||
      c === '@' ||
      (k > i && c !== undefined && 'aAmM'.includes(c));
    if (!mayBeAt) continue;
    from = matchAt(OBF_EMAIL_AT, text, start, out, from);
  }
  return out;
}

function trimUrl(raw: string): string {
  let url = raw.replace(/[.,;:!?'"»]+$/u, '');
  // Keep a closing bracket only when the URL opened one.
  while (/[)\]]$/u.test(url) && (url.match(/[([]/gu)?.length ?? 0) < (url.match(/[)\]]/gu)?.length ?? 0))
    url = url.slice(0, -1);
  return url;
}

// ---------------------------------------------------------------------------------------------
// Extraction

/** Finds phones, e-mails, messenger handles and URLs in `text`. Offsets in `spans` refer to `text`. */
export function extractContacts(text: string, options: ExtractContactsOptions = {}): ContactExtraction {
  const country = toCountry(options.defaultCountry);
  const spans: ContactSpan[] = [];
  const taken: Range[] = [];
  const messengers: Array<{ handle: MessengerHandle; at: number }> = [];

  // 1. Messenger links, then other URLs (so digits inside URLs are not read as phones).
  for (const link of findMessengerLinks(text)) {
    taken.push(link);
    if (link.handle.handle) {
      messengers.push({ handle: link.handle, at: link.start });
      spans.push({
        kind: 'messenger',
        value: `${link.handle.kind}:${link.handle.handle}`,
        start: link.start,
        end: link.end,
      });
    } else {
      spans.push({ kind: 'url', value: link.raw, start: link.start, end: link.end });
    }
  }
  for (const m of urls(text)) {
    const url = trimUrl(m[0]);
    const r = { start: m.index, end: m.index + url.length };
    if (overlapsAny(r, taken)) continue;
    taken.push(r);
    spans.push({ kind: 'url', value: url, ...r });
  }

  // 2. E-mails, plain then obfuscated.
  for (const m of plainEmails(text)) {
    const r = { start: m.index, end: m.index + m[0].length };
    if (overlapsAny(r, taken)) continue;
    taken.push(r);
    spans.push({ kind: 'email', value: m[0].toLowerCase(), ...r });
  }
  for (const m of obfuscatedEmails(text)) {
    const [whole, local = '', at = '', domainPart = '', tld = ''] = m;
    const r = { start: m.index, end: m.index + whole.length };
    if (overlapsAny(r, taken)) continue;
    const labels = domainPart.split(DOT_SPLIT_RE).filter(Boolean);
    const bareAt = new RegExp(`^${AT_WORD}$`, 'iu').test(at);
    const wordDots = /\s(?:dot|kropka|punkt|punto|point|punct)\s|[[({<]/iu.test(
      whole.slice(local.length + at.length),
    );
    if (
      bareAt &&
      (NOT_LOCAL_PARTS.has(local.toLowerCase()) ||
        (!wordDots && !FREEMAIL_FOR_BARE_AT.has((labels[0] ?? '').toLowerCase())))
    )
      continue;
    const email = `${local}@${[...labels, tld].join('.')}`.toLowerCase();
    taken.push(r);
    spans.push({ kind: 'email', value: email, ...r, obfuscated: true });
  }

  // 3. Phones, on text with emoji/word digits normalised.
  const phones = findPhones(text, normaliseDigits(text), country, taken);
  for (const p of phones) {
    spans.push({
      kind: 'phone',
      value: p.e164,
      start: p.start,
      end: p.end,
      ...(p.obfuscated ? { obfuscated: true } : {}),
    });
    taken.push(p);
  }

  // 4. Messenger words next to phones ("WhatsApp/Viber: +48 …", "+48 … (WhatsApp)").
  const keywords = messengerKeywords(text);
  const claimed = new Set<KeywordHit>();
  phones.forEach((p, idx) => {
    const prevEnd = idx > 0 ? (phones[idx - 1]?.end ?? 0) : 0;
    const line = lineBounds(text, p.start);
    const backFrom = Math.max(prevEnd, line.start, p.start - KEYWORD_BEFORE);
    const near = keywords.filter(
      (k) =>
        !claimed.has(k) &&
        ((k.start >= backFrom && k.end <= p.start) ||
          // After the phone only when adjacent ("… (WhatsApp)") and not introducing a contact of its own.
          (k.start >= p.end &&
            k.end <= Math.min(line.end, p.end + KEYWORD_AFTER) &&
            KEYWORD_GAP_RE.test(withoutKeywords(text.slice(p.end, k.start))) &&
            !KEYWORD_INTRODUCES_RE.test(text.slice(k.end, k.end + 12)))),
    );
    for (const k of near) {
      claimed.add(k);
      messengers.push({ handle: { kind: k.kind, handle: p.e164 }, at: p.start });
      spans.push({
        kind: 'messenger',
        value: `${k.kind}:${p.e164}`,
        start: Math.min(k.start, p.start),
        end: Math.max(k.end, p.end),
        ...(p.obfuscated ? { obfuscated: true } : {}),
      });
    }
  });

  // 5. "@handle" next to a messenger word (Telegram, Signal …); WeChat IDs.
  for (const m of text.includes('@') ? text.matchAll(HANDLE_RE) : []) {
    const r = { start: m.index, end: m.index + m[0].length };
    if (overlapsAny(r, taken)) continue;
    const line = lineBounds(text, r.start);
    const k =
      [...keywords]
        .reverse()
        .find((kw) => kw.end <= r.start && kw.start >= Math.max(line.start, r.start - KEYWORD_BEFORE)) ??
      keywords.find((kw) => kw.start >= r.end && kw.end <= Math.min(line.end, r.end + KEYWORD_AFTER));
    if (!k || k.kind === 'wechat') continue;
    const handle = { kind: k.kind, handle: (m[1] ?? '').toLowerCase() };
    taken.push(r);
    messengers.push({ handle, at: r.start });
    spans.push({
      kind: 'messenger',
      value: `${handle.kind}:${handle.handle}`,
      start: Math.min(k.start, r.start),
      end: Math.max(k.end, r.end),
    });
  }
  for (const m of MESSENGER_WORD_PARTS.wechat.test(text) ? text.matchAll(WECHAT_ID_RE) : []) {
    const r = { start: m.index, end: m.index + m[0].length };
    if (overlapsAny(r, taken)) continue;
    const handle = { kind: 'wechat' as const, handle: (m[1] ?? '').toLowerCase() };
    taken.push(r);
    messengers.push({ handle, at: r.start });
    spans.push({ kind: 'messenger', value: `wechat:${handle.handle}`, ...r });
  }

  spans.sort((a, b) => a.start - b.start || a.end - b.end);
  const contacts = buildContacts(spans, messengers, options.hints, options.defaultCountry);
  return { contacts, spans, obfuscated: spans.some((s) => s.obfuscated === true) };
}

function buildContacts(
  spans: ContactSpan[],
  messengers: Array<{ handle: MessengerHandle; at: number }>,
  hints: ExtractContactsOptions['hints'],
  defaultCountry: string | undefined,
): Contacts {
  const phones = new Set<string>();
  const emails = new Set<string>();
  const urls = new Map<string, string>();
  const handles = new Map<string, MessengerHandle>();
  const addUrl = (u: string): void => {
    const key = u
      .toLowerCase()
      .replace(/\/+$/u, '')
      .replace(/^https?:\/\//u, '');
    if (!urls.has(key)) urls.set(key, u);
  };
  const addHandle = (h: MessengerHandle): void => {
    const key = `${h.kind}:${h.handle}`;
    if (!handles.has(key)) handles.set(key, h);
  };

  for (const s of spans) {
    if (s.kind === 'phone') phones.add(s.value);
    else if (s.kind === 'email') emails.add(s.value);
    else if (s.kind === 'url') addUrl(s.value);
  }
  for (const m of [...messengers].sort((a, b) => a.at - b.at)) addHandle(m.handle);

  for (const e of hints?.emails ?? []) {
    const v = e
      .trim()
      .replace(/^mailto:/iu, '')
      .toLowerCase();
    if (/^[^\s@]+@[^\s@]+\.[a-z]{2,}$/u.test(v)) emails.add(v);
  }
  for (const p of hints?.phones ?? []) {
    const v = normalisePhone(p.replace(/^tel:/iu, ''), defaultCountry);
    if (v) phones.add(v);
  }
  for (const u of hints?.urls ?? []) {
    const link = findMessengerLinks(u.trim())[0];
    if (link?.handle.handle) addHandle(link.handle);
    else if (u.trim()) addUrl(u.trim());
  }
  return {
    phones: [...phones],
    emails: [...emails],
    messengers: [...handles.values()],
    urls: [...urls.values()],
  };
}
