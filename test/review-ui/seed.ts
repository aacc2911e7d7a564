// Seeds a real SQLite store and on-disk evidence store for the review UI tests, through the ports only.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { openFsEvidenceStore } from '../../storage/fs-evidence-store.ts';
import type { EvidenceStore, Store } from '../../storage/ports.ts';
import type { AdvertField, Assessment, IndicatorHit, RiskBand, Role } from '../../storage/records.ts';
import { openSqliteStore } from '../../storage/sqlite/index.ts';
import { createUserWithPassword } from '../../review-ui/users.ts';

export const SESSION_SECRET = 'a test session secret that is long enough to sign';
export const PASSWORD = 'correct horse battery staple';
export const USERS: Record<'analyst' | 'inspector', { username: string; role: Role }> = {
  analyst: { username: 'ana', role: 'analyst' },
  inspector: { username: 'ines', role: 'inspector' },
};

export const XSS_SCRIPT = '<script>window.__xss=1</script>';
export const XSS_IMG = '<img src=x onerror="window.__xss=2">';

/** The seeded adverts, by role in the tests. */
export interface SeededAdverts {
  /** Highest risk; evidence in title and text; a snapshot with a screenshot. */
  hostess: { id: string; score: number; evidence: string[]; snapshotSha: string; rawBody: string };
  /** Carries script and img payloads in title and text, with evidence overlapping them. */
  hostile: { id: string; score: number; title: string; snapshotSha: string };
  /** Lowest risk in the queue. */
  cleaning: { id: string; score: number };
  /** Stored and assessed but never queued. */
  unqueued: { id: string };
}

export interface Seeded {
  dir: string;
  dbPath: string;
  store: Store;
  evidence: EvidenceStore;
  adverts: SeededAdverts;
  /** Opens a second store on the same files (a restart). */
  reopen(): Store;
  cleanup(): Promise<void>;
}

/** A valid 2×2 PNG (red), written by hand so the tests need no image library. */
export function tinyPng(): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(2, 0);
  header.writeUInt32BE(2, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  const row = Buffer.from([0, 255, 0, 0, 255, 0, 0]);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat([row, row]))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

interface HitSpec {
  indicatorId: string;
  field: AdvertField;
  quote: string;
  weight?: number;
  state?: IndicatorHit['state'];
  note?: string;
}

function hitsFor(title: string, text: string, specs: HitSpec[]): IndicatorHit[] {
  return specs.map((spec) => {
    const source = spec.field === 'title' ? title : text;
    const start = source.indexOf(spec.quote);
    if (start === -1) throw new Error(`seed: "${spec.quote}" is not in the ${spec.field}`);
    return {
      indicatorId: spec.indicatorId,
      state: spec.state ?? 'present',
      weight: spec.state === 'contradicted' ? 0 : (spec.weight ?? 10),
      ruleId: `en.${spec.indicatorId}.1`,
      evidence: [{ field: spec.field, start, end: start + spec.quote.length, text: spec.quote }],
      ...(spec.note !== undefined ? { note: spec.note } : {}),
    };
  });
}

function bandOf(score: number): RiskBand {
  return score >= 80 ? 'critical' : score >= 60 ? 'high' : score >= 30 ? 'medium' : 'low';
}

interface AdvertSpec {
  path: string;
  title: string;
  text: string;
  employer?: string;
  city?: string;
  country?: string;
  score: number;
  hits: HitSpec[];
  body: string;
  screenshot?: boolean;
  queue: boolean;
  seenAt: string;
}

async function seedAdvert(store: Store, evidence: EvidenceStore, spec: AdvertSpec) {
  const sourceId = 'test-board';
  const url = `https://jobs.example.test${spec.path}`;
  const stored = await evidence.put(Buffer.from(spec.body, 'utf8'), 'body');
  const shot = spec.screenshot ? await evidence.put(tinyPng(), 'screenshot') : undefined;
  await store.recordSnapshot({
    sha256: stored.sha256,
    sourceId,
    url,
    finalUrl: url,
    status: 200,
    headers: { 'content-type': 'text/html; charset=utf-8' },
    fetchedAt: spec.seenAt,
    byteLength: Buffer.byteLength(spec.body),
    storageKey: stored.key,
    ...(shot ? { screenshotKey: shot.key } : {}),
    render: shot ? 'browser' : 'static',
    crawlRunId: 'run-1',
  });
  const { advert } = await store.upsertAdvert({
    url,
    canonicalUrl: url,
    title: spec.title,
    text: spec.text,
    ...(spec.employer ? { employer: spec.employer } : {}),
    location: {
      ...(spec.city ? { city: spec.city, raw: spec.city } : {}),
      ...(spec.country ? { country: spec.country } : {}),
    },
    salary: {
      raw: '€3,000 per month',
      min: 3000,
      max: 3000,
      currency: 'EUR',
      period: 'month',
      monthlyEur: 3000,
    },
    extractedBy: 'jsonld',
    sourceId,
    language: 'en',
    contacts: {
      phones: ['+49301234567'],
      emails: ['jobs@example.test'],
      messengers: [],
      urls: ['https://evil.example.test/apply'],
    },
    snapshotId: stored.sha256,
    seenAt: spec.seenAt,
  });
  const assessment: Assessment = {
    advertId: advert.id,
    language: 'en',
    hits: hitsFor(spec.title, spec.text, spec.hits),
    risk: { score: spec.score, band: bandOf(spec.score), reasons: [`combination seen in ${spec.path}`] },
    rulePackVersion: 'test-1',
    scorerVersion: 'test-1',
    assessedAt: spec.seenAt,
  };
  await store.saveAssessment(assessment);
  if (spec.queue) await store.enqueueReview(advert.id, spec.score);
  return { id: advert.id, snapshotSha: stored.sha256 };
}

/** Opens a SQLite store and evidence folder in a fresh temp dir and seeds four adverts and two users. */
export async function openSeeded(): Promise<Seeded> {
  const dir = mkdtempSync(join(tmpdir(), 'recruitwatch-review-ui-'));
  const dbPath = join(dir, 'recruitwatch.sqlite');
  const opened: Store[] = [];
  const open = () => {
    const s = openSqliteStore({ path: dbPath });
    opened.push(s);
    return s;
  };
  const store = open();
  const evidence = openFsEvidenceStore({ dir: join(dir, 'evidence') });

  for (const user of Object.values(USERS)) {
    await createUserWithPassword(store, { ...user, password: PASSWORD });
  }

  const hostessTitle = 'Hostess work in Germany — travel paid';
  const hostessText =
    'Girls 18-25 wanted for hostess work in a club.\n\nWe pay your ticket, repaid from salary. ' +
    'Accommodation provided 🏠 in the club. Send passport copy by WhatsApp.';
  const hostessBody = `<html><body><h1>${hostessTitle}</h1><script>document.title='x'</script><p>${hostessText}</p></body></html>`;
  const hostess = await seedAdvert(store, evidence, {
    path: '/ads/hostess',
    title: hostessTitle,
    text: hostessText,
    employer: 'Club Aurora',
    city: 'Berlin',
    country: 'DE',
    score: 91,
    hits: [
      { indicatorId: 'role.entertainment_abroad', field: 'title', quote: 'Hostess work in Germany' },
      { indicatorId: 'req.age_appearance', field: 'text', quote: 'Girls 18-25' },
      { indicatorId: 'debt.travel_advance', field: 'text', quote: 'We pay your ticket, repaid from salary' },
      { indicatorId: 'travel.paid', field: 'text', quote: 'We pay your ticket' },
      { indicatorId: 'housing.provided', field: 'text', quote: 'Accommodation provided 🏠' },
      { indicatorId: 'docs.passport_upfront', field: 'text', quote: 'Send passport copy' },
    ],
    body: hostessBody,
    screenshot: true,
    queue: true,
    seenAt: '2025-03-01T10:00:00.000Z',
  });

  const hostileTitle = `Urgent ${XSS_SCRIPT} job ${XSS_IMG} abroad`;
  const hostileText = `Start tomorrow! ${XSS_SCRIPT}\nNo fees of any kind. ${XSS_IMG} Cash only, paid after 3 months.\n${XSS_SCRIPT}`;
  const hostile = await seedAdvert(store, evidence, {
    path: '/ads/hostile',
    title: hostileTitle,
    text: hostileText,
    score: 64,
    hits: [
      { indicatorId: 'urgency', field: 'title', quote: `Urgent ${XSS_SCRIPT}` },
      { indicatorId: 'location.vague', field: 'title', quote: `${XSS_IMG} abroad` },
      { indicatorId: 'req.no_contract', field: 'text', quote: `Start tomorrow! ${XSS_SCRIPT}` },
      { indicatorId: 'fee.recruitment', field: 'text', quote: 'No fees of any kind', state: 'contradicted' },
      {
        indicatorId: 'pay.unusual_method',
        field: 'text',
        quote: `${XSS_IMG} Cash only`,
        note: `paid in cash ${XSS_SCRIPT}`,
      },
    ],
    body: `<html><body>${hostileTitle}<p>${hostileText}</p></body></html>`,
    queue: true,
    seenAt: '2025-03-02T10:00:00.000Z',
  });

  const cleaning = await seedAdvert(store, evidence, {
    path: '/ads/cleaning',
    title: 'Cleaning staff, hotel in Lisbon',
    text: 'Hotel cleaning, no experience needed. Contract and training provided.',
    employer: 'Hotel Tejo',
    city: 'Lisbon',
    country: 'PT',
    score: 34,
    hits: [{ indicatorId: 'req.no_experience', field: 'text', quote: 'no experience needed' }],
    body: '<html><body>Cleaning staff</body></html>',
    queue: true,
    seenAt: '2025-03-03T10:00:00.000Z',
  });

  const unqueued = await seedAdvert(store, evidence, {
    path: '/ads/accountant',
    title: 'Accountant',
    text: 'Accountant with five years of experience.',
    score: 3,
    hits: [],
    body: '<html><body>Accountant</body></html>',
    queue: false,
    seenAt: '2025-03-04T10:00:00.000Z',
  });

  return {
    dir,
    dbPath,
    store,
    evidence,
    adverts: {
      hostess: {
        id: hostess.id,
        score: 91,
        evidence: [
          'Hostess work in Germany',
          'Girls 18-25',
          'Accommodation provided 🏠',
          'Send passport copy',
        ],
        snapshotSha: hostess.snapshotSha,
        rawBody: hostessBody,
      },
      hostile: { id: hostile.id, score: 64, title: hostileTitle, snapshotSha: hostile.snapshotSha },
      cleaning: { id: cleaning.id, score: 34 },
      unqueued: { id: unqueued.id },
    },
    reopen: open,
    async cleanup() {
      for (const s of opened) await s.close().catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
