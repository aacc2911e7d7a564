// Scores every demo advert straight from the generator (no crawl) and prints the confusion counts
// at the queue threshold, with the hits of each advert on the wrong side of it.
// Usage: npx tsx test/fixture-boards/diagnose.ts [advert-id ...]   (ids: show those adverts instead)
import { fileURLToPath } from 'node:url';
import { openAssessor } from '../../bin/runtime.ts';
import { QUEUE_THRESHOLD } from '../../classifiers/risk-score.ts';
import { loadSourceDir } from '../../crawler/source-config.ts';
import { generateDemoAdverts, type BoardId } from './generate.ts';

const SOURCE_OF: Record<BoardId, string> = {
  jobboard: 'demo-jobboard',
  classifieds: 'demo-classifieds',
  jsboard: 'demo-jsboard',
};
const sources = loadSourceDir(fileURLToPath(new URL('./sources', import.meta.url)), {
  vars: { DEMO_JOBBOARD_URL: 'http://x', DEMO_CLASSIFIEDS_URL: 'http://x', DEMO_JSBOARD_URL: 'http://x' },
});
const assessor = openAssessor();
const wanted = new Set(process.argv.slice(2));
const counts = { tp: 0, fp: 0, fn: 0, tn: 0 };

for (const demo of generateDemoAdverts()) {
  const source = sources.find((s) => s.id === SOURCE_OF[demo.board])!;
  const out = assessor.assess({
    title: demo.title,
    text: demo.description,
    employer: demo.employer,
    location: demo.locationText,
    salary: demo.salary?.text,
    siteCountry: source.country,
    languageHints: source.languages,
  });
  const queued = out.risk.score >= QUEUE_THRESHOLD;
  counts[queued ? (demo.risky ? 'tp' : 'fp') : demo.risky ? 'fn' : 'tn']++;
  if (wanted.size > 0 ? wanted.has(demo.id) : queued !== demo.risky) {
    const hits = out.hits.map((h) => h.indicatorId + (h.state === 'contradicted' ? ' (contradicted)' : ''));
    console.log(`${demo.id} ${demo.kind} ${demo.language} score ${out.risk.score}`);
    console.log(`  intended: ${demo.indicators.join(', ')}\n  hits:     ${hits.join(', ')}\n  ${demo.why}`);
  }
}
console.log(counts);
