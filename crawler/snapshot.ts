// Evidence capture: the raw body (and screenshot) go to the write-once EvidenceStore, the metadata
// to the Store. A snapshot is identified by the SHA-256 of its body, so an unchanged page adds nothing.
import type { EvidenceStore, Store } from '../storage/ports.ts';
import type { Snapshot } from '../storage/records.ts';
import type { FetchSuccess } from './fetch-result.ts';

export interface CaptureOptions {
  evidence: EvidenceStore;
  store: Store;
  sourceId: string;
  crawlRunId: string;
  /** Default: how the page was fetched (`page.render`). */
  render?: Snapshot['render'];
}

export interface CaptureResult {
  /**
   * This fetch's snapshot. When the body was stored before, the store keeps the first record and
   * this one is not stored, but its time is still when the page was seen now.
   */
  snapshot: Snapshot;
  /** False when a snapshot with this body was already stored. */
  created: boolean;
}

/** Headers that carry the crawler's session, not the page: not kept as evidence. */
const DROPPED_HEADERS = new Set(['set-cookie', 'set-cookie2']);

export async function captureSnapshot(page: FetchSuccess, options: CaptureOptions): Promise<CaptureResult> {
  const { evidence, store } = options;
  const body = await evidence.put(page.body, 'body');
  const screenshot = page.screenshot ? await evidence.put(page.screenshot, 'screenshot') : undefined;

  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(page.headers)) {
    const lower = name.toLowerCase();
    if (!DROPPED_HEADERS.has(lower)) headers[lower] = value;
  }
  const snapshot: Snapshot = {
    sha256: body.sha256,
    sourceId: options.sourceId,
    url: page.url,
    finalUrl: page.finalUrl,
    status: page.status,
    headers,
    fetchedAt: page.fetchedAt,
    byteLength: page.body.byteLength,
    storageKey: body.key,
    ...(screenshot ? { screenshotKey: screenshot.key } : {}),
    render: options.render ?? page.render,
    crawlRunId: options.crawlRunId,
  };
  const { created } = await store.recordSnapshot(snapshot);
  return { snapshot, created };
}
