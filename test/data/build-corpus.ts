// Assembles the labelled corpus from its parts and splits it into a fixed training and test part:
//   test/data/corpus/written-*.jsonl   adverts written for the corpus, one file per language set
//   the demo generator                 adverts derived from the demo boards' generator (seeds below)
// → test/data/labelled/train.jsonl, test/data/labelled/test.jsonl (lines as for `recruitwatch
//   evaluate`: the assess input fields plus label, kind, provenance, split).
//
// The split is a hash of each advert's id, so it never changes when adverts are added; nothing may
// be tuned on the test part. Run: npx tsx test/data/build-corpus.ts
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BOARD_COUNTRY, generateDemoAdverts } from '../fixture-boards/generate.ts';

const here = dirname(fileURLToPath(import.meta.url));
/** Share of adverts in the test part. */
export const TEST_SHARE = 0.3;
/** Demo generator seeds for the corpus (not the demo's own seed, so the demo set is not in it). */
const GENERATOR_SEEDS = ['corpus-1', 'corpus-2'];

export interface LabelledAdvert {
  id: string;
  language: string;
  country: string;
  title: string;
  description: string;
  employer?: string;
  location?: string;
  salary?: string;
  label: 0 | 1;
  kind: 'risky' | 'hard-negative' | 'ordinary';
  signals?: string[];
  provenance: string;
  split: 'train' | 'test';
}

/** 'test' for about TEST_SHARE of ids, fixed by the id alone. */
export function splitOf(id: string): 'train' | 'test' {
  const h = createHash('sha256').update(id).digest().readUInt32BE(0);
  return h / 2 ** 32 < TEST_SHARE ? 'test' : 'train';
}

function written(): LabelledAdvert[] {
  const dir = join(here, 'corpus');
  const files = readdirSync(dir).filter((f) => /^written-.*\.jsonl$/.test(f)).sort();
  return files.flatMap((file) =>
    readFileSync(join(dir, file), 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((line, i) => {
        let o: Omit<LabelledAdvert, 'split'>;
        try {
          o = JSON.parse(line) as Omit<LabelledAdvert, 'split'>;
        } catch (err) {
          throw new Error(`corpus/${file} line ${i + 1}: not valid JSON (${(err as Error).message})`, {
            cause: err,
          });
        }
        if (o.label !== 0 && o.label !== 1) throw new Error(`corpus/${file} line ${i + 1}: label must be 0 or 1`);
        return { ...o, split: splitOf(o.id) };
      }),
  );
}

function generated(): LabelledAdvert[] {
  return GENERATOR_SEEDS.flatMap((seed) =>
    generateDemoAdverts(seed).map((a): LabelledAdvert => {
      const id = `gen-${seed}-${a.id}`;
      return {
        id,
        language: a.language,
        country: BOARD_COUNTRY[a.board],
        title: a.title,
        description: a.description,
        ...(a.employer !== undefined ? { employer: a.employer } : {}),
        location: a.locationText,
        ...(a.salary ? { salary: a.salary.text } : {}),
        label: a.risky ? 1 : 0,
        kind: a.risky ? 'risky' : a.kind === 'hard-negative' ? 'hard-negative' : 'ordinary',
        signals: [a.why],
        provenance: `derived from the demo generator (seed ${seed}, advert ${a.id})`,
        split: splitOf(id),
      };
    }),
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const all = [...written(), ...generated()];
  const ids = new Set<string>();
  for (const a of all) {
    if (ids.has(a.id)) throw new Error(`duplicate id ${a.id}`);
    ids.add(a.id);
  }
  const out = join(here, 'labelled');
  mkdirSync(out, { recursive: true });
  for (const split of ['train', 'test'] as const) {
    const part = all.filter((a) => a.split === split);
    writeFileSync(join(out, `${split}.jsonl`), part.map((a) => JSON.stringify(a)).join('\n') + '\n');
    const byLang: Record<string, [number, number]> = {};
    for (const a of part) {
      const c = (byLang[a.language] ??= [0, 0]);
      c[a.label]++;
    }
    console.log(`${split}: ${part.length} adverts; per language [negatives, positives]: ${JSON.stringify(byLang)}`);
  }
}
