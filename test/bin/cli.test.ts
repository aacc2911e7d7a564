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
  env: Record<string, string> = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  const child = run(process.execPath, [BIN, ...args], {
    cwd: tmp,
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, ...env },
  });
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
    for (const command of [
      'demo',
      'crawl',
      'serve',
      'extract',
      'assess',
      'user',
      'rules',
      'train',
      'evaluate',
    ]) {
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

  it('names a salary baseline file that is missing or not a baseline', async () => {
    const input = join(tmp, 'one.jsonl');
    writeFileSync(input, JSON.stringify({ title: 'Cook', description: 'Kitchen work.' }) + '\n');
    const missing = await cli(['assess', '--input', input, '--baseline', join(tmp, 'none.json')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(
      /--baseline .*none\.json: cannot read the salary baseline \(ENOENT\)\. Fix:/,
    );
    const bad = join(tmp, 'bad-baseline.json');
    writeFileSync(bad, '{"format": "other"}');
    const wrong = await cli(['assess', '--input', input, '--baseline', bad]);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('bad-baseline.json');
  });

  it('scores on worker threads with --workers, writing what one thread writes', async () => {
    // Three batches, so that two workers score at once and their lines must be put back in order.
    const input = join(tmp, 'many.jsonl');
    const lines = labelledLines(600).map((l, i) => {
      const { title, description } = JSON.parse(l) as { title: string; description: string };
      return JSON.stringify({ id: i, title, description, country: 'PL' });
    });
    writeFileSync(input, [...lines.slice(0, 5), 'not json', ...lines.slice(5)].join('\n') + '\n');
    const one = await cli(['assess', '--input', input]);
    const two = await cli(['assess', '--input', input, '--workers', '2']);
    expect(one.code).toBe(0);
    expect(two.code).toBe(0);
    expect(two.stdout.split('\n').filter(Boolean)).toHaveLength(600);
    expect(two.stdout).toBe(one.stdout);
    expect(two.stderr).toContain('line 6: not valid JSON');
    expect(two.stderr).toContain('scored 600, skipped 1');
  }, 60_000);

  it('refuses a --workers that is not a whole number from 1', async () => {
    const input = join(tmp, 'one-advert.jsonl');
    writeFileSync(input, JSON.stringify({ title: 'Cook', description: 'Kitchen work.' }) + '\n');
    for (const bad of ['0', 'two', '1.5', '65']) {
      const result = await cli(['assess', '--input', input, '--workers', bad]);
      expect(result.code, bad).toBe(2);
      expect(result.stderr).toContain(`--workers ${bad}: not a number of worker threads. Fix:`);
    }
    // A bad model is named before any worker starts.
    const badModel = await cli([
      'assess',
      '--input',
      input,
      '--workers',
      '2',
      '--model',
      join(tmp, 'none.json'),
    ]);
    expect(badModel.code).toBe(2);
    expect(badModel.stderr).toMatch(/--model .*none\.json/);
  });

  it('names a missing input file', async () => {
    const result = await cli(['assess', '--input', join(tmp, 'nope.jsonl')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('nope.jsonl: no such file');
  });
});

/** Labelled lines: risky adverts carry a fee and a passport demand; others are ordinary jobs. */
function labelledLines(n: number): string[] {
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    const risky = i % 3 === 0;
    lines.push(
      JSON.stringify({
        id: `x${i}`,
        title: risky ? `Work abroad ${i}, start now` : `Accountant ${i} in Leeds`,
        description: risky
          ? `Factory work in the Netherlands. Registration fee 300 euro before departure. Send a copy of your passport on WhatsApp +48 600 100 ${String(100 + i)}. No contract needed.`
          : `Leeds Finance Ltd is hiring an accountant for our office team. Permanent contract, 35 hours a week, apply at careers.example.com.`,
        country: 'GB',
        label: risky ? 1 : 0,
      }),
    );
  }
  return lines;
}

describe('recruitwatch train and evaluate', () => {
  it('trains a model from labelled lines, then evaluates with it and writes the report files', async () => {
    const labels = join(tmp, 'labels.jsonl');
    writeFileSync(
      labels,
      [...labelledLines(60), '{"title": "no label", "description": "x"}'].join('\n') + '\n',
    );
    const model = join(tmp, 'model.json');
    const trained = await cli(['train', '--labels', labels, '--out', model]);
    expect(trained.code, trained.stderr).toBe(0);
    expect(trained.stderr).toContain('line 61: label: needs "label": 1 (risky) or 0 (not risky); skipped');
    const summary = JSON.parse(trained.stdout) as {
      examples: number;
      positives: number;
      skippedLines: number;
    };
    expect(summary).toMatchObject({ examples: 60, positives: 20, skippedLines: 1 });
    const file = JSON.parse(readFileSync(model, 'utf8')) as { training: { dataHash: string } };
    expect(file.training.dataHash).toMatch(/^sha256:[0-9a-f]{64}$/);

    const report = join(tmp, 'report');
    const evaluated = await cli(['evaluate', '--labels', labels, '--model', model, '--report', report]);
    expect(evaluated.code, evaluated.stderr).toBe(0);
    expect(evaluated.stdout).toMatch(/60 adverts \(20 risky, 40 not\); queue threshold 60/);
    expect(evaluated.stdout).toMatch(/^combined /m);
    expect(evaluated.stdout).toMatch(/^classifier /m);
    expect(evaluated.stdout).toContain('fee.recruitment');
    const metrics = JSON.parse(readFileSync(join(report, 'metrics.json'), 'utf8')) as {
      scorers: { scorer: string; threshold: { recall: number; precision: number } }[];
    };
    const combined = metrics.scorers.find((x) => x.scorer === 'combined')!;
    expect(combined.threshold.recall).toBe(1);
    expect(combined.threshold.precision).toBe(1);
    const csv = readFileSync(join(report, 'pr-curve.csv'), 'utf8').trimEnd().split('\n');
    expect(csv[0]).toBe(
      'scorer,threshold,flagged,true_positives,false_positives,precision,recall,false_alerts_per_10k',
    );
    expect(csv).toHaveLength(1 + 3 * 101);
    expect(readFileSync(join(report, 'pr-curve.svg'), 'utf8')).toContain('<polyline');
  });

  it('cross-validates on a training file with a model per fold, and refuses --folds with --no-model', async () => {
    const labels = join(tmp, 'labels-cv.jsonl');
    writeFileSync(labels, labelledLines(45).join('\n'));
    const result = await cli(['evaluate', '--labels', labels, '--folds', '3', '--json']);
    expect(result.code, result.stderr).toBe(0);
    const figures = JSON.parse(result.stdout) as {
      versions: { model: string | null };
      scorers: { scorer: string; adverts: number }[];
    };
    expect(figures.scorers.map((x) => [x.scorer, x.adverts])).toEqual([
      ['combined', 45],
      ['rules', 45],
      ['classifier', 45],
    ]);
    const clash = await cli(['evaluate', '--labels', labels, '--folds', '3', '--no-model']);
    expect(clash.code).toBe(2);
    expect(clash.stderr).toContain('--folds trains its own models: leave out --model and --no-model');
  });

  it('evaluates with rules only, and prints JSON on request', async () => {
    const labels = join(tmp, 'labels-rules.jsonl');
    writeFileSync(labels, labelledLines(9).join('\n'));
    const result = await cli(['evaluate', '--labels', labels, '--no-model', '--json']);
    expect(result.code, result.stderr).toBe(0);
    const figures = JSON.parse(result.stdout) as {
      versions: { model: string | null };
      scorers: { scorer: string }[];
    };
    expect(figures.versions.model).toBeNull();
    expect(figures.scorers.map((x) => x.scorer)).toEqual(['combined']);
  });

  it('refuses a labels file with no usable line, a bad threshold and a file that is not a model', async () => {
    const labels = join(tmp, 'nolabels.jsonl');
    writeFileSync(labels, '{"title": "t", "description": "d"}\n');
    const train = await cli(['train', '--labels', labels, '--out', join(tmp, 'm.json')]);
    expect(train.code).toBe(2);
    expect(train.stderr).toMatch(/no usable labelled advert .*line 1: label/);
    const ok = join(tmp, 'labels-ok.jsonl');
    writeFileSync(ok, labelledLines(6).join('\n'));
    const few = await cli(['train', '--labels', ok, '--out', join(tmp, 'm.json')]);
    expect(few.code).toBe(2);
    expect(few.stderr).toMatch(/at least 5 risky \(label 1\) and 5 other/);
    const threshold = await cli(['evaluate', '--labels', ok, '--threshold', '101']);
    expect(threshold.code).toBe(2);
    expect(threshold.stderr).toContain('--threshold must be a whole number from 0 to 100');
    const notModel = join(tmp, 'not-a-model.json');
    writeFileSync(notModel, '{"hello": 1}');
    const bad = await cli(['evaluate', '--labels', ok, '--model', notModel]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/not-a-model\.json: not a usable text model - format/);
  });
});

describe('recruitwatch rules lint', () => {
  it('passes the bundled packs and fails a pack whose example does not match', async () => {
    const ok = await cli(['rules', 'lint']);
    expect(ok.code, ok.stdout).toBe(0);
    expect(ok.stdout).toMatch(/pack file\(s\), \d+ rules: 0 problem\(s\)/);
    const dir = join(tmp, 'packs');
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      join(dir, 'en.yaml'),
      [
        'language: en',
        'version: 1.0.0',
        'rules:',
        '  - id: en.urgency.1',
        '    indicator: urgency',
        '    patterns: ["start tomorrow"]',
        '    examples: ["Start today!"]',
        '    counterExamples: ["Start next month."]',
      ].join('\n') + '\n',
    );
    const bad = await cli(['rules', 'lint', '--dir', dir]);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain(
      'en.yaml: en.urgency.1: examples[0]: "Start today!" gives absent, not present',
    );
    expect(bad.stdout).toContain('1 pack file(s), 1 rules: 2 problem(s)');
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
  }, 900_000);
});

describe('recruitwatch crawl, user add and serve with a config file', () => {
  it('crawls one configured source, adds a user, and serves the UI until SIGTERM', async () => {
    const { startDemoBoards } = await import('../fixture-boards/server.ts');
    const boards = await startDemoBoards();
    try {
      const dir = join(tmp, 'configured');
      mkdirSync(dir, { recursive: true });
      const config = join(dir, 'recruitwatch.config.yaml');
      const sources = new URL('../fixture-boards/sources', import.meta.url).pathname;
      writeFileSync(
        config,
        [
          'dataDir: ./data',
          `sources: ${sources}`,
          'vars:',
          `  DEMO_JOBBOARD_URL: ${boards.urls.jobboard}`,
          `  DEMO_CLASSIFIEDS_URL: ${boards.urls.classifieds}`,
          `  DEMO_JSBOARD_URL: ${boards.urls.jsboard}`,
          'ui: { port: 0 }',
        ].join('\n') + '\n',
      );
      const classifieds = boards.adverts.filter((a) => a.board === 'classifieds').length;
      const crawled = await cli(['crawl', '--config', config, '--source', 'demo-classifieds']);
      expect(crawled.code, crawled.stderr).toBe(0);
      const summary = JSON.parse(crawled.stdout.trim());
      expect(summary.adverts).toBe(classifieds);
      expect(summary.newAdverts).toBe(classifieds);
      const again = JSON.parse(
        (await cli(['crawl', '--config', config, '--source', 'demo-classifieds'])).stdout,
      );
      expect(again.newAdverts).toBe(0);
      expect(again.newSnapshots).toBe(0);

      const unknown = await cli(['crawl', '--config', config, '--source', 'nope']);
      expect(unknown.code).toBe(2);
      expect(unknown.stderr).toContain('known sources: demo-classifieds, demo-jobboard, demo-jsboard');

      const noBrowser = await cli(['crawl', '--config', config, '--source', 'demo-jsboard'], undefined, {
        CHROMIUM_PATH: join(tmp, 'no-such-chromium'),
      });
      expect(noBrowser.code).toBe(1);
      expect(noBrowser.stderr).toContain(
        'crawl of demo-jsboard failed: browser did not start: Chromium not found',
      );
      expect(JSON.parse(noBrowser.stdout).errors).toBe(1);

      const short = await cli(['user', 'add', 'alice', '--config', config], 'short');
      expect(short.code).toBe(2);
      expect(short.stderr).toContain('at least 12 characters');
      const added = await cli(
        ['user', 'add', 'alice', '--role', 'analyst', '--config', config],
        'a long enough secret\n',
      );
      expect(added.code, added.stderr).toBe(0);

      const { spawn } = await import('node:child_process');
      const server = spawn(process.execPath, [BIN, 'serve', '--config', config], { cwd: tmp });
      const url = await new Promise<string>((resolve, reject) => {
        let out = '';
        server.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString();
          const m = out.match(/Review UI: (http:\/\/\S+)\/queue/);
          if (m) resolve(m[1]!);
        });
        server.once('exit', (code) => reject(new Error(`serve exited early with ${code}`)));
      });
      expect((await fetch(`${url}/healthz`)).status).toBe(200);
      const login = await fetch(`${url}/login`, {
        method: 'POST',
        redirect: 'manual',
        headers: { 'content-type': 'application/x-www-form-urlencoded', origin: url },
        body: 'username=alice&password=a+long+enough+secret',
      });
      expect(login.status).toBe(303);
      const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
      const queue = await fetch(`${url}/queue`, { headers: { cookie } });
      expect(queue.status).toBe(200);
      expect(await queue.text()).toMatch(/adverts? waiting for review/);
      const exited = new Promise<number | null>((resolve) => server.once('exit', resolve));
      server.kill('SIGTERM');
      expect(await exited).toBe(0);
    } finally {
      await boards.close();
    }
  }, 120_000);
});
