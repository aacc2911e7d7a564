// Scores every demo advert straight from the generator (no crawl) and prints the confusion counts
// at the queue threshold, with the hits of each advert on the wrong side of it.
// Usage: npx tsx test/fixture-boards/diagnose.ts [advert-id ...]   (ids: show those adverts instead)
import { openAssessor } from '../../bin/runtime.ts';
import { DEMO_SOURCE_OF, loadDemoSources } from './demo-sources.ts';
import { QUEUE_THRESHOLD } from '../../classifiers/risk-score.ts';
import { generateDemoAdverts } from './generate.ts';

const sources = loadDemoSources({
  jobboard: 'http://127.0.0.1',
  classifieds: 'http://127.0.0.1',
  jsboard: 'http://127.0.0.1',
});
const assessor = openAssessor();
const wanted = new Set(process.argv.slice(2));
const counts = { tp: 0, fp: 0, fn: 0, tn: 0 };

for (const demo of generateDemoAdverts()) {
  const source = sources.find((s) => s.id === DEMO_SOURCE_OF[demo.board])!;
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
