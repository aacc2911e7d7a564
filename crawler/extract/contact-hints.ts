// Contact details an advert gives in structured data or a dedicated page field.
//
// Phones are kept as written: turning them into E.164 needs the source's country and is done by the
// entity stage, which also mines the advert text. Here we only find, clean and de-duplicate.
import type { AdvertDraft } from '../../storage/records.ts';

export type ContactHints = NonNullable<AdvertDraft['contactHints']>;

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
/** An optional + or 00, then digits with the separators people type; digits are counted afterwards. */
const PHONE = /\(?(?:\+|\b00)?\(?\d[\d\s().\-/]{5,}\d/g;
const DATE_LIKE = /^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$/;

/** Collects hints, dropping empties and duplicates. */
export class ContactHintsBuilder {
  private readonly emails = new Set<string>();
  private readonly phones = new Set<string>();
  private readonly urls = new Set<string>();

  constructor(private readonly baseUrl: string) {}

  email(value: string | undefined): void {
    if (value === undefined) return;
    const address = value
      .trim()
      .replace(/^mailto:/i, '')
      .replace(/\?.*$/, '');
    const decoded = safeDecode(address).trim();
    if (/^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/.test(decoded)) this.emails.add(decoded.toLowerCase());
  }

  phone(value: string | undefined): void {
    if (value === undefined) return;
    const phone = safeDecode(value.trim().replace(/^tel:/i, '')).replace(/\s+/g, ' ').trim();
    const digits = phone.replace(/\D/g, '').length;
    // Shorter numbers are extensions or codes, longer ones are not phone numbers (E.164 allows 15).
    if (digits >= 6 && digits <= 15) this.phones.add(phone);
  }

  url(value: string | undefined): void {
    if (value === undefined) return;
    const trimmed = value.trim();
    if (trimmed === '') return;
    let u: URL;
    try {
      u = new URL(trimmed, this.baseUrl);
    } catch {
      return; // not a URL: nothing to keep
    }
    if (u.protocol === 'mailto:') this.email(trimmed);
    else if (u.protocol === 'tel:') this.phone(trimmed);
    else if (u.protocol === 'http:' || u.protocol === 'https:') this.urls.add(u.href);
  }

  /** Emails and phone numbers written in free text. */
  fromText(text: string): void {
    for (const m of text.matchAll(EMAIL)) this.email(m[0]);
    const withoutEmails = text.replace(EMAIL, ' ');
    for (const m of withoutEmails.matchAll(PHONE)) {
      const candidate = m[0].trim();
      if (!DATE_LIKE.test(candidate)) this.phone(candidate);
    }
  }

  /** The hints, or undefined when there are none. */
  result(): ContactHints | undefined {
    const hints: ContactHints = {};
    if (this.emails.size > 0) hints.emails = [...this.emails];
    if (this.phones.size > 0) hints.phones = [...this.phones];
    if (this.urls.size > 0) hints.urls = [...this.urls];
    return Object.keys(hints).length > 0 ? hints : undefined;
  }
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s; // a stray % is part of the value
  }
}
