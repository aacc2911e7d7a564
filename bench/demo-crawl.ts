// Benchmark: the whole crawl pipeline (discover, robots, fetch, snapshot, extract, assess, store)
// over the demo boards, beside its peer: a bare sequential HTTP GET of the same pages with no
// processing (the floor the pipeline cannot beat). Run: npx tsx bench/demo-crawl.ts
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadDemoSources } from '../test/fixture-boards/demo-sources.ts';
import { openAssessor, openRuntime } from '../bin/runtime.ts';
import { crawlSources } from '../pipeline/crawl-sources.ts';
import { startDemoBoards } from '../test/fixture-boards/server.ts';

const boards = await startDemoBoards();
const dataDir = mkdtempSync(join(tmpdir(), 'recruitwatch-bench-'));
const runtime = openRuntime(dataDir);
try {
  const sources = loadDemoSources(boards.urls);
  const assessor = openAssessor();
  const report = (label: string, pages: number, ms: number) =>
    console.log(
      `${label.padEnd(48)} ${String(pages).padStart(5)} pages ${(ms / 1000).toFixed(2).padStart(7)} s ${(pages / (ms / 1000)).toFixed(1).padStart(8)} pages/s`,
    );

  for (const source of sources) {
    const first = await crawlSources({
      sources: [source],
      store: runtime.store,
      evidence: runtime.evidence,
      assessor,
    });
    const pages = first.runs[0]!.stats.pagesFetched;
    report(`${source.id}: pipeline, first crawl`, pages, first.durationMs);
    const again = await crawlSources({
      sources: [source],
      store: runtime.store,
      evidence: runtime.evidence,
      assessor,
    });
    report(
      `${source.id}: pipeline, re-crawl (nothing new)`,
      again.runs[0]!.stats.pagesFetched,
      again.durationMs,
    );
  }

  // Peer: plain GETs of the same static pages, one at a time (the pipeline's per-host limit).
  const paths = boards.requests.filter(
    (r) => r.board !== 'jsboard' && r.method === 'GET' && r.status === 200,
  );
  const unique = [...new Map(paths.map((r) => [`${r.board} ${r.path}`, r])).values()];
  const started = Date.now();
  for (const r of unique) await (await fetch(boards.urls[r.board] + r.path)).arrayBuffer();
  report("peer: bare GET of the static boards' pages", unique.length, Date.now() - started);
} finally {
  await runtime.close();
  await boards.close();
  rmSync(dataDir, { recursive: true, force: true });
}
