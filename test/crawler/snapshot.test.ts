import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FetchSuccess } from '../../crawler/fetch-result.ts';
import { captureSnapshot } from '../../crawler/snapshot.ts';
import { openTempStorage, type TempStorage } from './helpers/temp-storage.ts';

let storage: TempStorage;
beforeEach(async () => {
  storage = await openTempStorage();
});
afterEach(async () => {
  await storage.dispose();
});

function page(body: string, extra: Partial<FetchSuccess> = {}): FetchSuccess {
  return {
    ok: true,
    url: 'https://board.example/job/1?ref=list',
    finalUrl: 'https://board.example/job/1',
    status: 200,
    headers: { 'Content-Type': 'text/html', 'Set-Cookie': 'session=abc', 'x-served-by': 'edge-1' },
    body: Buffer.from(body),
    fetchedAt: '2024-05-01T10:00:00.000Z',
    render: 'static',
    ...extra,
  };
}

describe('captureSnapshot', () => {
  it('stores the body as evidence and records the snapshot, headers lower-cased without Set-Cookie', async () => {
    const body = '<html><body>advert</body></html>';
    const { snapshot, created } = await captureSnapshot(page(body), {
      ...storage,
      sourceId: 'board',
      crawlRunId: 'run-1',
    });
    expect(created).toBe(true);
    expect(snapshot.sha256).toBe(createHash('sha256').update(body).digest('hex'));
    expect(snapshot).toMatchObject({
      sourceId: 'board',
      crawlRunId: 'run-1',
      url: 'https://board.example/job/1?ref=list',
      finalUrl: 'https://board.example/job/1',
      status: 200,
      byteLength: Buffer.byteLength(body),
      render: 'static',
      headers: { 'content-type': 'text/html', 'x-served-by': 'edge-1' },
    });
    expect(Object.keys(snapshot.headers)).not.toContain('set-cookie');
    expect(snapshot.screenshotKey).toBeUndefined();
    expect((await storage.evidence.get(snapshot.storageKey))?.toString()).toBe(body);
    expect(await storage.store.getSnapshot(snapshot.sha256)).toMatchObject({
      sha256: snapshot.sha256,
      crawlRunId: 'run-1',
    });
  });

  it('adds nothing for a body already stored, and still reports the time it was seen now', async () => {
    const options = { ...storage, sourceId: 'board', crawlRunId: 'run-1' };
    await captureSnapshot(page('same'), options);
    const again = await captureSnapshot(page('same', { fetchedAt: '2024-05-02T10:00:00.000Z' }), {
      ...options,
      crawlRunId: 'run-2',
    });
    expect(again.created).toBe(false);
    expect(again.snapshot.fetchedAt).toBe('2024-05-02T10:00:00.000Z');
    expect(await storage.store.countSnapshots()).toBe(1);
  });

  it('stores the screenshot of a rendered page', async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]);
    const { snapshot } = await captureSnapshot(page('rendered', { render: 'browser', screenshot: png }), {
      ...storage,
      sourceId: 'board',
      crawlRunId: 'run-1',
    });
    expect(snapshot.render).toBe('browser');
    expect(snapshot.screenshotKey).toBeDefined();
    expect((await storage.evidence.get(snapshot.screenshotKey as string))?.equals(png)).toBe(true);
  });
});
