// The CLI as a user runs it: a real process, real files.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const BIN = new URL('../../bin/recruitwatch.mjs', import.meta.url).pathname;
const run = promisify(execFile);
const tmp = mkdtempSync(join(tmpdir(), 'recruitwatch-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function cli(
  args: string[],
  input?: string,
): Promise<{ code: number; stdout: string; stderr: string }> {
  const child = run(process.execPath, [BIN, ...args], { cwd: tmp, maxBuffer: 64 * 1024 * 1024 });
  if (input !== undefined) {
    child.child.stdin?.end(input);
  }
  try {
    const { stdout, stderr } = await child;
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('recruitwatch --help', () => {
  it('lists every command, and each command has its own help', async () => {
    const top = await cli(['--help']);
    expect(top.code).toBe(0);
    for (const command of ['demo', 'crawl', 'serve', 'extract', 'assess', 'user']) {
      expect(top.stdout).toContain(command);
      const help = await cli([command, '--help']);
      expect(help.code, command).toBe(0);
      expect(help.stdout).toMatch(/^Usage: recruitwatch /);
    }
  });
});

describe('recruitwatch assess', () => {
  it('scores each line, keeps unknown fields, and reports a malformed line by number', async () => {
    const input = join(tmp, 'adverts.jsonl');
    const output = join(tmp, 'scored.jsonl');
    writeFileSync(
      input,
      [
        JSON.stringify({
          id: 'a1',
          batch: 'x',
          title: 'Harvest work in Germany — start tomorrow',
          description:
            'No experience needed. We pay the bus ticket, the cost is deducted from your wages, as is the accommodation. Registration fee 200 EUR. Contact only on WhatsApp +48 600 123 456.',
          country: 'PL',
        }),
        '{"title": "broken',
        JSON.stringify({ title: 'no description here' }),
        JSON.stringify({
          id: 'a2',
          title: 'Software engineer',
          description:
            'Acme GmbH is hiring a backend engineer in Berlin. Permanent contract, 65,000 EUR per year.',
          employer: 'Acme GmbH',
          country: 'DE',
        }),
      ].join('\n') + '\n',
    );
    const result = await cli(['assess', '--input', input, '--output', output]);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/line 2: not valid JSON/);
    expect(result.stderr).toMatch(/line 3: .*description/);
    expect(result.stderr).toContain('scored 2, skipped 2');
    const lines = readFileSync(output, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['a1', 'a2']);
    const [risky, ordinary] = lines;
    expect(risky.batch).toBe('x');
    expect(risky.language).toBe('en');
    expect(risky.contacts.phones).toContain('+48600123456');
    const ids = risky.indicators.map((i: { id: string }) => i.id);
    expect(ids).toEqual(expect.arrayContaining(['fee.recruitment', 'pay.deductions']));
    for (const hit of risky.indicators) {
      for (const span of hit.evidence) {
        expect(risky[span.field].slice(span.start, span.end)).toBe(span.text);
      }
    }
    expect(risky.risk.score).toBeGreaterThan(ordinary.risk.score);
    expect(['high', 'critical']).toContain(risky.risk.band);
    expect(['low', 'medium']).toContain(ordinary.risk.band);
  });

  it('names a missing input file', async () => {
    const result = await cli(['assess', '--input', join(tmp, 'nope.jsonl')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('nope.jsonl: no such file');
  });
});

describe('recruitwatch extract', () => {
  it('prints the JobPosting of a saved page as JSON', async () => {
    const page = join(tmp, 'advert.html');
    writeFileSync(
      page,
      `<!doctype html><html><head><script type="application/ld+json">${JSON.stringify({
        '@context': 'https://schema.org',
        '@type': 'JobPosting',
        title: 'Kierowca C+E',
        description: '<p>Praca w transporcie międzynarodowym.</p>',
        hiringOrganization: { '@type': 'Organization', name: 'Trans-Pol Sp. z o.o.' },
        jobLocation: { '@type': 'Place', address: { addressLocality: 'Poznań', addressCountry: 'PL' } },
      })}</script></head><body></body></html>`,
    );
    const result = await cli(['extract', page, '--url', 'https://jobs.example/oferta/1?utm_source=x']);
    expect(result.code).toBe(0);
    const advert = JSON.parse(result.stdout);
    expect(advert.title).toBe('Kierowca C+E');
    expect(advert.employer).toBe('Trans-Pol Sp. z o.o.');
    expect(advert.location.city).toBe('Poznań');
    expect(advert.canonicalUrl).toBe('https://jobs.example/oferta/1');
    expect(advert.extractedBy).toBe('jsonld');
  });

  it('exits 1 with the reason when a page has no advert', async () => {
    const page = join(tmp, 'empty.html');
    writeFileSync(page, '<html><body><p>nothing</p></body></html>');
    const result = await cli(['extract', page, '--url', 'https://jobs.example/x']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('nothing extracted');
  });
});

describe('recruitwatch crawl with a bad source file', () => {
  it('names the file, the field and the fix, and stores nothing', async () => {
    const dir = join(tmp, 'badcfg');
    mkdirSync(join(dir, 'sources'), { recursive: true });
    writeFileSync(join(dir, 'recruitwatch.config.yaml'), 'dataDir: ./data\nsources: ./sources\n');
    writeFileSync(
      join(dir, 'sources', 'bad-board.yaml'),
      'id: bad-board\nname: Bad\ncountry: poland\nlanguages: [pl]\ndiscovery: {type: feed, url: "not a url"}\n',
    );
    const result = await cli(['crawl', '--config', join(dir, 'recruitwatch.config.yaml')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('bad-board.yaml');
    expect(result.stderr).toContain('country: use a two-letter upper-case ISO 3166-1 code');
    expect(result.stderr).toContain('discovery.url');
  });

  it('explains a missing config file', async () => {
    const result = await cli(['crawl', '--config', join(tmp, 'missing.yaml')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('config file not found');
  });
});

describe('recruitwatch demo --no-serve', () => {
  it('crawls the demo boards and prints one JSON summary line; a second run adds nothing', async () => {
    const dataDir = join(tmp, 'demo');
    const firstRun = await cli(['demo', '--no-serve', '--data-dir', dataDir]);
    expect(firstRun.code, firstRun.stderr).toBe(0);
    const lines = firstRun.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const summary = JSON.parse(lines[0]!);
    for (const key of ['adverts', 'snapshots', 'assessed', 'queued', 'errors']) {
      expect(typeof summary[key], key).toBe('number');
    }
    expect(summary.adverts).toBeGreaterThanOrEqual(300);
    expect(summary.snapshots).toBeGreaterThan(summary.adverts);
    expect(summary.assessed).toBe(summary.adverts);
    expect(summary.queued).toBeGreaterThan(0);
    expect(summary.errors).toBe(0);
    const again = JSON.parse((await cli(['demo', '--no-serve', '--data-dir', dataDir])).stdout.trim());
    expect(again.adverts).toBe(summary.adverts);
    expect(again.snapshots).toBe(summary.snapshots);
    expect(again.newAdverts).toBe(0);
  }, 600_000);
});
