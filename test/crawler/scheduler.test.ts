import { EventEmitter, once } from 'node:events';
import { Writable } from 'node:stream';
import winston from 'winston';
import { afterEach, describe, expect, it } from 'vitest';
import { startScheduler, type Scheduler } from '../../crawler/scheduler.ts';
import { sourceSchema, type SourceConfig } from '../../crawler/source-config.ts';

/** A real winston logger whose records are kept and announced as events. */
function capturingLogger() {
  const records: Array<Record<string, unknown>> = [];
  const events = new EventEmitter();
  const stream = new Writable({
    objectMode: true,
    write(chunk: unknown, _enc, done) {
      const record =
        typeof chunk === 'string'
          ? (JSON.parse(chunk) as Record<string, unknown>)
          : (chunk as Record<string, unknown>);
      records.push(record);
      events.emit('record', record);
      done();
    },
  });
  const logger = winston.createLogger({
    level: 'debug',
    format: winston.format.json(),
    transports: [new winston.transports.Stream({ stream })],
  });
  /** Resolves with the first record (already logged or still to come) that matches. */
  const next = (match: (r: Record<string, unknown>) => boolean) => {
    const found = records.find(match);
    if (found) return Promise.resolve(found);
    return new Promise<Record<string, unknown>>((resolve) => {
      const onRecord = (r: Record<string, unknown>) => {
        if (!match(r)) return;
        events.off('record', onRecord);
        resolve(r);
      };
      events.on('record', onRecord);
    });
  };
  return { logger, records, next };
}

function source(id: string, schedule?: string): SourceConfig {
  return sourceSchema.parse({
    id,
    name: id,
    country: 'DE',
    languages: ['de'],
    ...(schedule ? { schedule } : {}),
    discovery: { type: 'feed', url: 'https://board.example/feed.xml' },
  });
}

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

let scheduler: Scheduler | undefined;
afterEach(async () => {
  await scheduler?.stop();
  scheduler = undefined;
});

describe('startScheduler', () => {
  it('crawls a source on its cron, and leaves sources without a schedule alone', async () => {
    const runs = new EventEmitter();
    const started: string[] = [];
    const { logger } = capturingLogger();
    scheduler = startScheduler(
      [source('every-second', '*/1 * * * * *'), source('on-demand')],
      async (s) => {
        started.push(s.id);
        runs.emit('run', started.length);
      },
      { logger },
    );
    while (started.length < 2) await once(runs, 'run');
    expect(new Set(started)).toEqual(new Set(['every-second']));
  });

  it('skips a tick while the previous crawl of the source still runs, then runs again', async () => {
    const { logger, next } = capturingLogger();
    const slow = deferred();
    const runs = new EventEmitter();
    let calls = 0;
    let concurrent = 0;
    let maxConcurrent = 0;
    scheduler = startScheduler(
      [source('slow-board', '*/1 * * * * *')],
      async () => {
        calls += 1;
        concurrent += 1;
        maxConcurrent = Math.max(maxConcurrent, concurrent);
        runs.emit('run', calls);
        try {
          if (calls === 1) await slow.promise;
        } finally {
          concurrent -= 1;
        }
      },
      { logger },
    );
    // A tick came while the first crawl was still running: it was skipped and logged.
    const skipped = await next((r) => r.level === 'warn' && String(r.message).includes('still running'));
    expect(skipped.sourceId).toBe('slow-board');
    expect(calls).toBe(1);
    slow.resolve();
    while (calls < 2) await once(runs, 'run');
    expect(maxConcurrent).toBe(1);
  });

  it('stop() cancels the running crawl, waits for it, and schedules no more', async () => {
    const { logger } = capturingLogger();
    const runs = new EventEmitter();
    let calls = 0;
    let ended = false;
    scheduler = startScheduler(
      [source('board', '*/1 * * * * *')],
      async (_s, { signal }) => {
        calls += 1;
        runs.emit('run');
        await once(signal, 'abort');
        ended = true;
      },
      { logger },
    );
    await once(runs, 'run');
    await scheduler.stop();
    expect(ended).toBe(true);
    const callsAtStop = calls;
    // Wait past the next tick by waiting on a second, unrelated schedule firing.
    const probe = new EventEmitter();
    const other = startScheduler([source('probe', '*/1 * * * * *')], async () => void probe.emit('tick'), {
      logger,
    });
    await once(probe, 'tick');
    await once(probe, 'tick');
    await other.stop();
    expect(calls).toBe(callsAtStop);
  });

  it('logs a crawl that throws and keeps the schedule', async () => {
    const { logger, next } = capturingLogger();
    const runs = new EventEmitter();
    let calls = 0;
    scheduler = startScheduler(
      [source('broken', '*/1 * * * * *')],
      async () => {
        calls += 1;
        runs.emit('run');
        throw new Error('store is locked');
      },
      { logger },
    );
    const failed = await next((r) => r.level === 'error' && r.message === 'scheduled crawl failed');
    expect(failed).toMatchObject({ sourceId: 'broken', error: 'store is locked' });
    while (calls < 2) await once(runs, 'run');
  });

  it('names the source whose schedule cannot be used', () => {
    const bad = { ...source('bad-cron'), schedule: 'every tuesday' };
    expect(() => startScheduler([bad], async () => undefined)).toThrow(/bad-cron.*every tuesday/);
  });
});
