import { describe, expect, it } from 'vitest';
import { extractContacts, normalisePhone } from '../../classifiers/contacts.ts';
import type { ContactSpan } from '../../classifiers/contacts.ts';

/** The text each span of `kind` covers. */
function covered(text: string, spans: ContactSpan[], kind: ContactSpan['kind']): string[] {
  return spans.filter((s) => s.kind === kind).map((s) => text.slice(s.start, s.end));
}

describe('extractContacts: phones', () => {
  const cases: Array<{ country: string; text: string; phones: string[]; spans: string[] }> = [
    {
      country: 'PL',
      text: 'Kontakt: 600 123 456 lub 22 123 45 67, także +48 601-234-567.',
      phones: ['+48600123456', '+48221234567', '+48601234567'],
      spans: ['600 123 456', '22 123 45 67', '+48 601-234-567'],
    },
    {
      country: 'PL',
      text: 'Tel: 600123456, 601234567. Płaca 2 500 – 3 000 zł netto.',
      phones: ['+48600123456', '+48601234567'],
      spans: ['600123456', '601234567'],
    },
    {
      country: 'DE',
      text: 'Anrufen: 0049 171 1234567 oder +49 (0) 171 7654321 oder 0741/234567. Start 12.03.2026, Antwort bis 2026-05-01.',
      phones: ['+491711234567', '+491717654321', '+49741234567'],
      spans: ['0049 171 1234567', '+49 (0) 171 7654321', '0741/234567'],
    },
    {
      country: 'DE',
      text: 'Rufen Sie 0171.123.4567 an.',
      phones: ['+491711234567'],
      spans: ['0171.123.4567'],
    },
    {
      country: 'RO',
      text: 'Sunați la 0740 123 456 sau 0040 740-123-457. Salariu 4500 lei.',
      phones: ['+40740123456', '+40740123457'],
      spans: ['0740 123 456', '0040 740-123-457'],
    },
    {
      country: 'GB',
      text: 'Call 07911 123456 or +44 7911 123457, office 020 7946 0018.',
      phones: ['+447911123456', '+447911123457', '+442079460018'],
      spans: ['07911 123456', '+44 7911 123457', '020 7946 0018'],
    },
    {
      country: 'BG',
      text: 'Обадете се на 0888 123 456 или +359 88 812 3457.',
      phones: ['+359888123456', '+359888123457'],
      spans: ['0888 123 456', '+359 88 812 3457'],
    },
  ];
  for (const c of cases) {
    it(`reads ${c.country} numbers to E.164 with spans: ${c.text.slice(0, 40)}…`, () => {
      const r = extractContacts(c.text, { defaultCountry: c.country });
      expect(r.contacts.phones).toEqual(c.phones);
      expect(covered(c.text, r.spans, 'phone')).toEqual(c.spans);
      expect(r.obfuscated).toBe(false);
    });
  }

  it('does not read amounts, dates, years or bank accounts as phones', () => {
    const text =
      'Płaca 3000000 zł? Nie: 3 000 – 3 500 zł, 25003000, start 12.03.2026 r., IBAN PL61 1090 1014 0000 0712 1981 2874, rok 2026.';
    expect(extractContacts(text, { defaultCountry: 'PL' }).contacts.phones).toEqual([]);
    expect(
      extractContacts('Lohn 3000000 und 25003000 Euro', { defaultCountry: 'DE' }).contacts.phones,
    ).toEqual([]);
  });

  it('reads only international numbers without a default country', () => {
    const r = extractContacts('Call 600 123 456 or +48 601 234 567');
    expect(r.contacts.phones).toEqual(['+48601234567']);
  });

  it('reads spaced-out numbers and marks them obfuscated', () => {
    const text = 'Ruf an: 0 7 4 1 . 2 3 4 . 5 6 7 (nur abends)';
    const r = extractContacts(text, { defaultCountry: 'DE' });
    expect(r.contacts.phones).toEqual(['+49741234567']);
    expect(covered(text, r.spans, 'phone')).toEqual(['0 7 4 1 . 2 3 4 . 5 6 7']);
    expect(r.obfuscated).toBe(true);
  });

  describe('spaced-out international numbers: the 00 / + prefix is read after joining the digits', () => {
    const cases: Array<{ name: string; text: string; country?: string; phone: string; span: string }> = [
      {
        name: 'DE with 0 0, no default country',
        text: 'Tel: 0 0 4 9 1 7 1 1 2 3 4 5 6 7 abends',
        phone: '+491711234567',
        span: '0 0 4 9 1 7 1 1 2 3 4 5 6 7',
      },
      {
        name: 'DE with 0 0 in a Romanian source',
        text: 'Tel: 0 0 4 9 1 7 1 1 2 3 4 5 6 7 abends',
        country: 'RO',
        phone: '+491711234567',
        span: '0 0 4 9 1 7 1 1 2 3 4 5 6 7',
      },
      {
        name: 'PL with a detached +, in a German source',
        text: 'Pisz: + 4 8 6 0 0 1 2 3 4 5 6 teraz',
        country: 'DE',
        phone: '+48600123456',
        span: '+ 4 8 6 0 0 1 2 3 4 5 6',
      },
      {
        name: 'PL with 0 0, no default country',
        text: 'SMS 0 0 4 8 6 0 1 2 3 4 5 6 7',
        phone: '+48601234567',
        span: '0 0 4 8 6 0 1 2 3 4 5 6 7',
      },
      {
        name: 'RO with 0 0 in a German source',
        text: 'Sunați: 0 0 4 0 7 4 0 1 2 3 4 5 6 acum',
        country: 'DE',
        phone: '+40740123456',
        span: '0 0 4 0 7 4 0 1 2 3 4 5 6',
      },
      {
        name: 'RO with a detached +, no default country',
        text: 'WhatsApp + 4 0 7 4 1 2 3 4 5 6 7',
        phone: '+40741234567',
        span: '+ 4 0 7 4 1 2 3 4 5 6 7',
      },
    ];
    for (const c of cases) {
      it(c.name, () => {
        const r = extractContacts(c.text, c.country ? { defaultCountry: c.country } : {});
        expect(r.contacts.phones).toEqual([c.phone]);
        expect(covered(c.text, r.spans, 'phone')).toEqual([c.span]);
        expect(r.obfuscated).toBe(true);
      });
    }

    it('does not re-read an invalid spaced international number nationally from inside its country code', () => {
      // +49 154 … is not a valid German number; "0491 541234567" (Leer) must not be made of it.
      const text = 'Tel: 0 0 4 9 1 5 4 1 2 3 4 5 6 7 abends';
      expect(extractContacts(text, { defaultCountry: 'DE' }).contacts.phones).toEqual([]);
      expect(
        extractContacts('Pisz: + 4 8 1 2 3 teraz 0 7 4 1 2 3 4 5 6 7', { defaultCountry: 'DE' }).contacts
          .phones,
      ).toEqual(['+49741234567']);
    });

    it('keeps a detached + between national numbers as a list separator', () => {
      const text = 'Tel. 600 123 456 + 601 234 567';
      expect(extractContacts(text, { defaultCountry: 'PL' }).contacts.phones).toEqual([
        '+48600123456',
        '+48601234567',
      ]);
    });
  });

  it('reads keycap-emoji and spelled-out digits, with spans over the original text', () => {
    const emoji = 'Pisz 6️⃣0️⃣0️⃣1️⃣2️⃣3️⃣4️⃣5️⃣6️⃣ teraz';
    const r1 = extractContacts(emoji, { defaultCountry: 'PL' });
    expect(r1.contacts.phones).toEqual(['+48600123456']);
    expect(covered(emoji, r1.spans, 'phone')).toEqual(['6️⃣0️⃣0️⃣1️⃣2️⃣3️⃣4️⃣5️⃣6️⃣']);
    expect(r1.obfuscated).toBe(true);

    const words = 'text me on six zero zero one two three four five six today';
    const r2 = extractContacts(words, { defaultCountry: 'PL' });
    expect(r2.contacts.phones).toEqual(['+48600123456']);
    expect(covered(words, r2.spans, 'phone')).toEqual(['six zero zero one two three four five six']);

    // Any case, hyphens between the words, the word list's diacritics.
    const mixed = 'Zadzwoń: SZEŚĆ-zero-Zero jeden-dwa  trzy-cztery pięć-sześć!';
    const r3 = extractContacts(mixed, { defaultCountry: 'PL' });
    expect(r3.contacts.phones).toEqual(['+48600123456']);
    expect(covered(mixed, r3.spans, 'phone')).toEqual(['SZEŚĆ-zero-Zero jeden-dwa  trzy-cztery pięć-sześć']);
  });

  it('maps numbers that mix read-back and plain digits, or follow them, back to the text as written', () => {
    // Substitutions of several code units (keycaps, words) before, inside and after plain digits.
    const text =
      'Dzwoń 6️⃣0️⃣0️⃣ 123 456 lub sześć zero jeden dwa trzy cztery pięć sześć siedem, albo 602 345 678.';
    const r = extractContacts(text, { defaultCountry: 'PL' });
    expect(r.contacts.phones).toEqual(['+48600123456', '+48601234567', '+48602345678']);
    expect(covered(text, r.spans, 'phone')).toEqual([
      '6️⃣0️⃣0️⃣ 123 456',
      'sześć zero jeden dwa trzy cztery pięć sześć siedem',
      '602 345 678',
    ]);
    // Only the numbers with read-back digits are obfuscated.
    expect(r.spans.filter((s) => s.kind === 'phone').map((s) => s.obfuscated === true)).toEqual([
      true,
      true,
      false,
    ]);
  });

  it('leaves a few number words in prose alone', () => {
    expect(
      extractContacts('We need two or three people for one week', { defaultCountry: 'GB' }).contacts.phones,
    ).toEqual([]);
  });

  it('normalisePhone parses hint-style numbers', () => {
    expect(normalisePhone('tel +48 600-123-456')).toBe('+48600123456');
    expect(normalisePhone('0740 123 456', 'RO')).toBe('+40740123456');
    expect(normalisePhone('12345')).toBeUndefined();
  });
});

describe('extractContacts: e-mails', () => {
  it('reads plain addresses', () => {
    const text = 'CV: Praca@Firma-Budowlana.pl lub hr@example.co.uk.';
    const r = extractContacts(text);
    expect(r.contacts.emails).toEqual(['praca@firma-budowlana.pl', 'hr@example.co.uk']);
    expect(covered(text, r.spans, 'email')).toEqual(['Praca@Firma-Budowlana.pl', 'hr@example.co.uk']);
    expect(r.obfuscated).toBe(false);
  });

  it.each([
    ['write to anna.k at gmail dot com', 'anna.k@gmail.com', 'anna.k at gmail dot com'],
    ['CV na praca(at)wp.pl', 'praca@wp.pl', 'praca(at)wp.pl'],
    ['mail: ion [at] yahoo [dot] com', 'ion@yahoo.com', 'ion [at] yahoo [dot] com'],
    ['jobs (at) agency (dot) co (dot) uk', 'jobs@agency.co.uk', 'jobs (at) agency (dot) co (dot) uk'],
    ['send to maria @ gmail.com', 'maria@gmail.com', 'maria @ gmail.com'],
    ['pisz: kasia małpa interia.pl', 'kasia@interia.pl', 'kasia małpa interia.pl'],
  ])('reads obfuscated %s', (text, email, span) => {
    const r = extractContacts(text);
    expect(r.contacts.emails).toEqual([email]);
    expect(covered(text, r.spans, 'email')).toEqual([span]);
    expect(r.spans.find((s) => s.kind === 'email')?.obfuscated).toBe(true);
    expect(r.obfuscated).toBe(true);
  });

  it('does not invent addresses from ordinary "at" phrases', () => {
    const r = extractContacts('Apply at jobs.example.com or contact us at office hours. Meet at work today.');
    expect(r.contacts.emails).toEqual([]);
  });
});

describe('extractContacts: messengers and URLs', () => {
  it('reads wa.me and t.me links as handles, not URLs or phones', () => {
    const text =
      'Pisz: wa.me/48600123456 albo https://t.me/EuroJobs_HR, więcej: https://www.example.com/praca.';
    const r = extractContacts(text, { defaultCountry: 'PL' });
    expect(r.contacts.messengers).toEqual([
      { kind: 'whatsapp', handle: '+48600123456' },
      { kind: 'telegram', handle: 'eurojobs_hr' },
    ]);
    expect(r.contacts.phones).toEqual([]);
    expect(r.contacts.urls).toEqual(['https://www.example.com/praca']);
    expect(covered(text, r.spans, 'messenger')).toEqual(['wa.me/48600123456', 'https://t.me/EuroJobs_HR']);
  });

  it('links a phone to the messenger words before it ("WhatsApp/Viber: +48 …")', () => {
    const text = 'WhatsApp/Viber: +48 600 123 456. Telegram: @jobboss2026';
    const r = extractContacts(text, { defaultCountry: 'PL' });
    expect(r.contacts.phones).toEqual(['+48600123456']);
    expect(r.contacts.messengers).toEqual([
      { kind: 'whatsapp', handle: '+48600123456' },
      { kind: 'viber', handle: '+48600123456' },
      { kind: 'telegram', handle: 'jobboss2026' },
    ]);
    expect(covered(text, r.spans, 'messenger')).toContain('Telegram: @jobboss2026');
  });

  it('links a messenger word after a phone only to that phone', () => {
    const text = 'Tel. 0740 123 456 (WhatsApp), 0741 234 567. Viber: +40 742 345 678';
    const r = extractContacts(text, { defaultCountry: 'RO' });
    expect(r.contacts.phones).toEqual(['+40740123456', '+40741234567', '+40742345678']);
    expect(r.contacts.messengers).toEqual([
      { kind: 'whatsapp', handle: '+40740123456' },
      { kind: 'viber', handle: '+40742345678' },
    ]);
  });

  it('ignores @handles with no messenger named nearby', () => {
    expect(extractContacts('Follow @jobsdaily for more').contacts.messengers).toEqual([]);
  });

  it('dedupes repeated contacts but keeps every span', () => {
    const text = 'Tel 600 123 456. Again: +48 600 123 456, biuro@firma.pl, BIURO@firma.pl';
    const r = extractContacts(text, { defaultCountry: 'PL' });
    expect(r.contacts.phones).toEqual(['+48600123456']);
    expect(r.contacts.emails).toEqual(['biuro@firma.pl']);
    expect(r.spans.filter((s) => s.kind === 'phone')).toHaveLength(2);
    expect(r.spans.filter((s) => s.kind === 'email')).toHaveLength(2);
  });

  it('merges hints into the contacts', () => {
    const r = extractContacts('Tel 600 123 456', {
      defaultCountry: 'PL',
      hints: {
        phones: ['+48 600 123 456', '22 123 45 67'],
        emails: ['mailto:HR@Firma.pl'],
        urls: ['https://firma.pl/kariera', 'https://wa.me/48601234567'],
      },
    });
    expect(r.contacts.phones).toEqual(['+48600123456', '+48221234567']);
    expect(r.contacts.emails).toEqual(['hr@firma.pl']);
    expect(r.contacts.urls).toEqual(['https://firma.pl/kariera']);
    expect(r.contacts.messengers).toEqual([{ kind: 'whatsapp', handle: '+48601234567' }]);
    expect(r.spans).toHaveLength(1);
  });
});

describe('extractContacts: the searches skipped or narrowed on most adverts', () => {
  it('reads URLs in any case, one after another and inside a sentence', () => {
    const text = 'See HTTPS://Jobs.Example.com/a, www.praca.pl and WWW.EXAMPLE.ORG/x?y=1. Nothing://here';
    expect(extractContacts(text).contacts.urls).toEqual([
      'HTTPS://Jobs.Example.com/a',
      'www.praca.pl',
      'WWW.EXAMPLE.ORG/x?y=1',
    ]);
    expect(extractContacts('http://a.pl/http://b.pl').contacts.urls).toEqual(['http://a.pl/http://b.pl']);
    expect(extractContacts('awww.example.com').contacts.urls).toEqual([]);
  });

  it('reads an address from the start of its local part, after another "@"', () => {
    const text = 'a@b@example.com and @@, ola.k@example.com';
    const r = extractContacts(text);
    expect(r.contacts.emails).toEqual(['b@example.com', 'ola.k@example.com']);
    expect(covered(text, r.spans, 'email')).toEqual(['b@example.com', 'ola.k@example.com']);
  });

  it('reads obfuscated addresses next to plain ones and other brackets', () => {
    const text = '(m/w/d) CV: hr@example.com, kopia: ala [at] wp [dot] pl; tel (0) — jan AT gmail DOT com';
    expect(extractContacts(text).contacts.emails).toEqual(['hr@example.com', 'ala@wp.pl', 'jan@gmail.com']);
  });

  it('reads a number only when the run has seven digits or more', () => {
    expect(
      extractContacts('Pay 2 500 zł, shifts 6-18, since 2024', { defaultCountry: 'PL' }).contacts.phones,
    ).toEqual([]);
    expect(extractContacts('Tel. 600 123 456', { defaultCountry: 'PL' }).contacts.phones).toEqual([
      '+48600123456',
    ]);
  });

  it('reads messenger words only where one is named', () => {
    const named = extractContacts('Telegram: @euro_jobs, WhatsApp +48 600 123 456', { defaultCountry: 'PL' });
    expect(named.contacts.messengers).toContainEqual({ kind: 'telegram', handle: 'euro_jobs' });
    expect(named.contacts.messengers).toContainEqual({ kind: 'whatsapp', handle: '+48600123456' });
    expect(extractContacts('Call +48 600 123 456 or write @euro_jobs').contacts.messengers).toEqual([]);
  });
});
