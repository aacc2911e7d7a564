// The review UI over a real SQLite store and evidence folder, driven with fastify's inject.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildReviewApp } from '../../review-ui/app.ts';
import { openFsEvidenceStore } from '../../storage/fs-evidence-store.ts';
import { openSqliteStore } from '../../storage/sqlite/index.ts';
import { openSeeded, PASSWORD, SESSION_SECRET, USERS, XSS_IMG, XSS_SCRIPT, type Seeded } from './seed.ts';

const STRICT_CSP =
  "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

let seeded: Seeded;
let app: FastifyInstance;
let analystCookie: string;
let inspectorCookie: string;

/** The session cookie (name=value) set by a response. */
function sessionCookieOf(res: LightMyRequestResponse): string {
  const cookie = res.cookies.find((c) => c.name === 'rw_session');
  if (!cookie) throw new Error(`no session cookie in response ${res.statusCode}`);
  return `${cookie.name}=${cookie.value}`;
}

function login(target: FastifyInstance, username: string, password: string, next?: string) {
  const form = new URLSearchParams({ username, password, ...(next !== undefined ? { next } : {}) });
  return target.inject({
    method: 'POST',
    url: '/login',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    payload: form.toString(),
  });
}

function get(url: string, cookie?: string, target = app) {
  return target.inject({ method: 'GET', url, headers: cookie ? { cookie } : {} });
}

/** Audit events without an advert (logins, logouts), read straight from the database file. */
function accountEvents(): { actor: string; action: string }[] {
  const db = new Database(seeded.dbPath, { readonly: true });
  try {
    return db.prepare('SELECT actor, action FROM audit_events WHERE advert_id IS NULL ORDER BY id').all() as {
      actor: string;
      action: string;
    }[];
  } finally {
    db.close();
  }
}

beforeAll(async () => {
  seeded = await openSeeded();
  app = await buildReviewApp({
    store: seeded.store,
    evidence: seeded.evidence,
    sessionSecret: SESSION_SECRET,
    // The hostess advert shares its phone with the hostile one (a stand-in for the index lookup).
    relatedAdverts: async (advert) =>
      advert.id === seeded.adverts.hostess.id
        ? {
            groups: [
              {
                reason: 'Adverts that also give +49301234567 (5 stored adverts under 4 employer names)',
                adverts: [(await seeded.store.getAdvert(seeded.adverts.hostile.id))!],
                more: 3,
              },
            ],
            problems: ['template-index.json: not JSON. Fix: delete it; the next crawl rebuilds it'],
          }
        : { groups: [], problems: [] },
  });
  analystCookie = sessionCookieOf(await login(app, USERS.analyst.username, PASSWORD));
  inspectorCookie = sessionCookieOf(await login(app, USERS.inspector.username, PASSWORD));
});

afterAll(async () => {
  await app?.close();
  await seeded?.cleanup();
});

describe('options', () => {
  it('refuses a session secret shorter than 32 characters', async () => {
    await expect(
      buildReviewApp({ store: seeded.store, evidence: seeded.evidence, sessionSecret: 'too short' }),
    ).rejects.toThrow(/sessionSecret.*32/);
  });
});

describe('health', () => {
  it('answers ok when the store answers', async () => {
    const res = await get('/healthz');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok' });
  });

  it('answers 503 with the reason when the store fails', async () => {
    const broken = seeded.reopen();
    await broken.close();
    const brokenApp = await buildReviewApp({
      store: broken,
      evidence: seeded.evidence,
      sessionSecret: SESSION_SECRET,
    });
    try {
      const res = await get('/healthz', undefined, brokenApp);
      expect(res.statusCode).toBe(503);
      expect(res.json().status).toBe('error');
      expect(res.json().error).toMatch(/\S/);
      // Pages answer with a generic 500 page that does not leak the error.
      const page = await get('/queue', analystCookie, brokenApp);
      expect(page.statusCode).toBe(500);
      expect(page.headers['content-type']).toMatch(/^text\/html/);
      expect(page.body).toContain('Something went wrong');
      expect(page.body).not.toContain(res.json().error);
    } finally {
      await brokenApp.close();
    }
  });
});

describe('security headers', () => {
  it('sets the strict CSP, nosniff and no-referrer on pages, JSON, errors and redirects', async () => {
    const responses = [
      await get('/healthz'),
      await get('/login'),
      await get('/queue'),
      await get('/queue', analystCookie),
      await get('/no-such-page', analystCookie),
      await get('/assets/style.css'),
    ];
    for (const res of responses) {
      expect(res.headers['content-security-policy']).toBe(STRICT_CSP);
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['referrer-policy']).toBe('no-referrer');
    }
  });

  it('serves the stylesheet without a session', async () => {
    const res = await get('/assets/style.css');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/css/);
    expect(res.body).toContain('mark.ind');
  });
});

describe('authentication', () => {
  it('redirects unauthenticated page requests to the login page with the path to come back to', async () => {
    const queue = await get('/queue?page=1');
    expect(queue.statusCode).toBe(302);
    expect(queue.headers.location).toBe('/login?next=%2Fqueue%3Fpage%3D1');
    const advert = await get(`/adverts/${seeded.adverts.hostess.id}`);
    expect(advert.statusCode).toBe(302);
    expect(advert.headers.location).toBe(
      `/login?next=${encodeURIComponent(`/adverts/${seeded.adverts.hostess.id}`)}`,
    );
    const raw = await get(`/snapshots/${seeded.adverts.hostess.snapshotSha}/raw`);
    expect(raw.statusCode).toBe(302);
    expect(raw.body).not.toContain('<h1>');
  });

  it('answers 401 to unauthenticated JSON requests', async () => {
    const res = await app.inject({ method: 'GET', url: '/queue', headers: { accept: 'application/json' } });
    expect(res.statusCode).toBe(401);
  });

  it('shows the login form', async () => {
    const res = await get('/login?next=%2Fqueue');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.body).toContain('<form method="post" action="/login">');
    expect(res.body).toContain('name="next" value="/queue"');
  });

  it('sends a signed-in user from the login page to the queue', async () => {
    const res = await get('/login', analystCookie);
    expect(res.statusCode).toBe(302);
    expect(res.headers.location).toBe('/queue');
  });

  it('answers a wrong password and an unknown user alike: 401, the generic message, no session', async () => {
    const wrongPassword = await login(app, USERS.analyst.username, 'not the password');
    const unknownUser = await login(app, 'nobody', PASSWORD);
    for (const res of [wrongPassword, unknownUser]) {
      expect(res.statusCode).toBe(401);
      expect(res.body).toContain('Unknown user or wrong password');
      expect(res.body).toContain('<form method="post" action="/login">');
      expect(res.cookies.find((c) => c.name === 'rw_session')).toBeUndefined();
    }
  });

  it('escapes the user name echoed back into the form', async () => {
    const res = await login(app, '"><script>window.__xss=3</script>', 'x');
    expect(res.statusCode).toBe(401);
    expect(res.body).not.toContain('<script>window.__xss=3');
    expect(res.body).toContain('value="&quot;&gt;&lt;script&gt;window.__xss=3&lt;/script&gt;"');
  });

  it('logs in: redirects to the queue with an httpOnly, SameSite=Strict session cookie and records the login', async () => {
    const res = await login(app, USERS.analyst.username, PASSWORD);
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/queue');
    const cookie = res.cookies.find((c) => c.name === 'rw_session');
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe('Strict');
    expect(cookie?.secure).toBeFalsy();
    expect(accountEvents()).toContainEqual({ actor: USERS.analyst.username, action: 'login' });
  });

  it('sends the user on to a relative next path, and never to another site', async () => {
    const advertPath = `/adverts/${seeded.adverts.hostess.id}`;
    expect((await login(app, USERS.analyst.username, PASSWORD, advertPath)).headers.location).toBe(
      advertPath,
    );
    for (const next of [
      '//evil.example/x',
      'https://evil.example/',
      '/\\evil.example',
      'javascript:alert(1)',
      '/logout',
    ]) {
      expect((await login(app, USERS.analyst.username, PASSWORD, next)).headers.location, next).toBe(
        '/queue',
      );
    }
  });

  it('logs out: records it, destroys the session and refuses the old cookie', async () => {
    const cookie = sessionCookieOf(await login(app, USERS.analyst.username, PASSWORD));
    expect((await get('/queue', cookie)).statusCode).toBe(200);
    const res = await app.inject({ method: 'POST', url: '/logout', headers: { cookie } });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/login');
    expect((await get('/queue', cookie)).statusCode).toBe(302);
    expect(accountEvents().at(-1)).toEqual({ actor: USERS.analyst.username, action: 'logout' });
    const again = await app.inject({ method: 'POST', url: '/logout', headers: { cookie } });
    expect(again.statusCode).toBe(303);
    expect(accountEvents().filter((e) => e.action === 'logout')).toHaveLength(1);
  });

  it('refuses a form sent from another site', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/logout',
      headers: { cookie: analystCookie, origin: 'https://evil.example' },
    });
    expect(res.statusCode).toBe(403);
    const fetchSite = await app.inject({
      method: 'POST',
      url: '/logout',
      headers: { cookie: analystCookie, 'sec-fetch-site': 'cross-site', origin: 'null' },
    });
    expect(fetchSite.statusCode).toBe(403);
    expect((await get('/queue', analystCookie)).statusCode).toBe(200);
  });

  it('ignores a forged or unsigned session cookie', async () => {
    const value = analystCookie.split('=').slice(1).join('=');
    const tampered = `rw_session=${value.slice(0, -2)}${value.endsWith('AA') ? 'BB' : 'AA'}`;
    expect((await get('/queue', tampered)).statusCode).toBe(302);
    expect((await get('/queue', 'rw_session=made-up')).statusCode).toBe(302);
  });

  it('keeps a session across a restart of the app on the same database', async () => {
    const cookie = sessionCookieOf(await login(app, USERS.analyst.username, PASSWORD));
    const store = seeded.reopen();
    const evidence = openFsEvidenceStore({ dir: join(seeded.dir, 'evidence') });
    const restarted = await buildReviewApp({ store, evidence, sessionSecret: SESSION_SECRET });
    try {
      const res = await get('/queue', cookie, restarted);
      expect(res.statusCode).toBe(200);
      expect(res.body).toContain('Review queue');
      expect(res.body).toContain(USERS.analyst.username);
    } finally {
      await restarted.close();
      await store.close();
    }
  });
});

describe('roles', () => {
  it('shows other roles a 403 page naming the roles that may view it', async () => {
    for (const url of [
      '/queue',
      `/adverts/${seeded.adverts.hostess.id}`,
      `/snapshots/${seeded.adverts.hostess.snapshotSha}/raw`,
    ]) {
      const res = await get(url, inspectorCookie);
      expect(res.statusCode, url).toBe(403);
      expect(res.body).toContain('analyst, supervisor, admin');
      expect(res.body).toContain('inspector');
      expect(res.body).not.toContain('Club Aurora');
    }
  });
});

describe('review queue', () => {
  it('lists the open items highest risk first, with score, band, indicators and total', async () => {
    const res = await get('/queue', analystCookie);
    expect(res.statusCode).toBe(200);
    const body = res.body;
    const order = [
      body.indexOf(`href="/adverts/${seeded.adverts.hostess.id}"`),
      body.indexOf(`href="/adverts/${seeded.adverts.hostile.id}"`),
      body.indexOf(`href="/adverts/${seeded.adverts.cleaning.id}"`),
    ];
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(body).not.toContain(`/adverts/${seeded.adverts.unqueued.id}`);
    expect(body).toContain('3 adverts waiting for review');
    expect(body).toContain('<span class="score band-critical">91</span>');
    expect(body).toContain('<span class="score band-medium">34</span>');
    expect(body).toContain('<span class="tag ind-req">req.age_appearance</span>');
    expect(body).toContain('Club Aurora');
    expect(body).toMatch(/<td class="time">\d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC<\/td>/);
  });

  it('escapes hostile titles in the queue', async () => {
    const body = (await get('/queue', analystCookie)).body;
    expect(body).toContain('Urgent &lt;script&gt;window.__xss=1&lt;/script&gt;');
    expect(body).not.toContain(XSS_SCRIPT);
    expect(body).not.toContain('<img src=x');
  });

  it('pages, and says when a page is past the end', async () => {
    const res = await get('/queue?page=2', analystCookie);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('There are no adverts on page 2');
    expect(res.body).toContain('Page 2 of 1');
  });

  it('rejects a page that is not a positive whole number with a 400 page', async () => {
    for (const page of ['0', 'abc', '-1']) {
      const res = await get(`/queue?page=${page}`, analystCookie);
      expect(res.statusCode, page).toBe(400);
      expect(res.headers['content-type']).toMatch(/^text\/html/);
    }
  });

  it('says how adverts get into an empty queue', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'recruitwatch-review-ui-empty-'));
    const store = openSqliteStore({ path: join(dir, 'empty.sqlite') });
    const emptyApp = await buildReviewApp({
      store,
      evidence: openFsEvidenceStore({ dir: join(dir, 'evidence') }),
      sessionSecret: SESSION_SECRET,
    });
    try {
      const { createUserWithPassword } = await import('../../review-ui/users.ts');
      await createUserWithPassword(store, { username: 'sup', password: PASSWORD, role: 'supervisor' });
      const cookie = sessionCookieOf(await login(emptyApp, 'sup', PASSWORD));
      const res = await get('/queue', cookie, emptyApp);
      expect(res.statusCode).toBe(200);
      expect(res.body).toContain('The review queue is empty.');
      expect(res.body).toContain('run a crawl');
      expect(res.body).not.toContain('<table');
    } finally {
      await emptyApp.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('advert page', () => {
  it('highlights each piece of evidence with a mark naming its indicator', async () => {
    const res = await get(`/adverts/${seeded.adverts.hostess.id}`, analystCookie);
    expect(res.statusCode).toBe(200);
    const body = res.body;
    expect(body).toContain(
      '<mark class="ind ind-role" title="role.entertainment_abroad">Hostess work in Germany</mark>',
    );
    expect(body).toContain('<mark class="ind ind-req" title="req.age_appearance">Girls 18-25</mark>');
    expect(body).toContain(
      '<mark class="ind ind-housing" title="housing.provided">Accommodation provided 🏠</mark>',
    );
    // Nested evidence: travel.paid lies inside debt.travel_advance.
    expect(body).toContain(
      '<mark class="ind ind-debt" title="debt.travel_advance"><mark class="ind ind-travel" title="travel.paid">' +
        'We pay your ticket</mark>, repaid from salary</mark>',
    );
  });

  it('lists the hits, risk, extracted fields, snapshots and review state', async () => {
    const body = (await get(`/adverts/${seeded.adverts.hostess.id}`, analystCookie)).body;
    expect(body).toContain('docs.passport_upfront');
    expect(body).toContain('en.docs.passport_upfront.1');
    expect(body).toContain('<span class="score band-critical">91</span>');
    expect(body).toContain('combination seen in /ads/hostess');
    expect(body).toContain('Club Aurora');
    expect(body).toContain('Berlin');
    expect(body).toContain('≈ 3,000 EUR per month');
    expect(body).toContain('+49301234567');
    expect(body).toContain('<code>https://jobs.example.test/ads/hostess</code>');
    // URLs from the advert are text, never links.
    expect(body).not.toMatch(/href="https?:/);
    expect(body).toContain(seeded.adverts.hostess.snapshotSha);
    expect(body).toContain(`href="/snapshots/${seeded.adverts.hostess.snapshotSha}/raw"`);
    expect(body).toContain(`href="/snapshots/${seeded.adverts.hostess.snapshotSha}/screenshot"`);
    expect(body).toMatch(/<dt>State<\/dt><dd>new<\/dd>/);
    expect(body).toContain('enqueued');
  });

  it('lists related adverts as links to their pages, escaped, with what is not listed', async () => {
    const body = (await get(`/adverts/${seeded.adverts.hostess.id}`, analystCookie)).body;
    expect(body).toContain('<h2>Related adverts</h2>');
    expect(body).toContain(
      '<h3>Adverts that also give +49301234567 (5 stored adverts under 4 employer names)</h3>',
    );
    expect(body).toContain(
      `<a href="/adverts/${seeded.adverts.hostile.id}">Urgent &lt;script&gt;window.__xss=1&lt;/script&gt; job`,
    );
    expect(body).toContain('3 more not listed.');
    expect(body).toContain(
      'Not shown: template-index.json: not JSON. Fix: delete it; the next crawl rebuilds it',
    );
    const other = (await get(`/adverts/${seeded.adverts.hostile.id}`, analystCookie)).body;
    expect(other).not.toContain('Related adverts');
  });

  it('escapes hostile title and text, and marks evidence that overlaps the payloads', async () => {
    const res = await get(`/adverts/${seeded.adverts.hostile.id}`, analystCookie);
    expect(res.statusCode).toBe(200);
    const body = res.body;
    expect(body).not.toContain('<script>window.__xss');
    expect(body).not.toContain('<script');
    expect(body).not.toContain('<img');
    expect(body).not.toContain(XSS_SCRIPT);
    expect(body).not.toContain(XSS_IMG);
    expect(body).toContain('&lt;script&gt;window.__xss=1&lt;/script&gt;');
    expect(body).toContain('&lt;img src=x onerror=&quot;window.__xss=2&quot;&gt;');
    expect(body).toContain(
      '<mark class="ind ind-urgency" title="urgency">Urgent &lt;script&gt;window.__xss=1&lt;/script&gt;</mark>',
    );
    expect(body).toContain(
      '<mark class="ind ind-req" title="req.no_contract">Start tomorrow! &lt;script&gt;window.__xss=1&lt;/script&gt;</mark>',
    );
    expect(body).toContain(
      '<mark class="ind ind-fee ind-contradicted" title="fee.recruitment">No fees of any kind</mark>',
    );
    // A hit's note is shown with its evidence, escaped like the rest.
    expect(body).toContain(
      '<p class="note hit-note">paid in cash &lt;script&gt;window.__xss=1&lt;/script&gt;</p>',
    );
    // The <title> element holds the escaped title too.
    expect(body).toMatch(/<title>Urgent &lt;script&gt;/);
  });

  it('answers 404 with a page for an unknown advert and an unknown path', async () => {
    for (const url of ['/adverts/0000000000000000', `/adverts/${'<x>'.repeat(30)}`, '/no-such-page']) {
      const res = await get(url, analystCookie);
      expect(res.statusCode, url).toBe(404);
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      expect(res.body).toContain('404');
    }
  });
});

describe('snapshot evidence', () => {
  it('serves the raw body as plain text, inline, sandboxed', async () => {
    const res = await get(`/snapshots/${seeded.adverts.hostess.snapshotSha}/raw`, analystCookie);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('inline');
    expect(res.headers['content-security-policy']).toMatch(/^sandbox(;|$)/);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.body).toBe(seeded.adverts.hostess.rawBody);
  });

  it('serves the screenshot as PNG when there is one, and 404 otherwise', async () => {
    const shot = await get(`/snapshots/${seeded.adverts.hostess.snapshotSha}/screenshot`, analystCookie);
    expect(shot.statusCode).toBe(200);
    expect(shot.headers['content-type']).toBe('image/png');
    expect(shot.rawPayload.subarray(0, 8)).toEqual(
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    );
    const none = await get(`/snapshots/${seeded.adverts.hostile.snapshotSha}/screenshot`, analystCookie);
    expect(none.statusCode).toBe(404);
    expect(none.body).toContain('no screenshot');
  });

  it('answers 404 for an unknown or malformed SHA-256', async () => {
    expect((await get(`/snapshots/${'0'.repeat(64)}/raw`, analystCookie)).statusCode).toBe(404);
    expect((await get('/snapshots/..%2F..%2Fetc/raw', analystCookie)).statusCode).toBe(404);
  });
});
