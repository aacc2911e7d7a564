// Scores adverts given as JSON lines (one advert per line) and writes each back with its assessment.
// Streaming, so a file of any size runs in constant memory; a bad line is reported and skipped.
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { once } from 'node:events';
import { z } from 'zod';
import type { AssessOutput, Assessor } from '../classifiers/assess.ts';

const locationSchema = z.looseObject({
  raw: z.string().optional(),
  city: z.string().optional(),
  region: z.string().optional(),
  country: z.string().optional(),
});
const salarySchema = z.looseObject({
  raw: z.string().optional(),
  min: z.number().optional(),
  max: z.number().optional(),
  currency: z.string().optional(),
  period: z.enum(['hour', 'day', 'week', 'month', 'year']).optional(),
});

/** One input line. Unknown fields are kept and written back unchanged. */
export const assessLineSchema = z.looseObject({
  title: z.string({ error: 'needs "title" (a string)' }),
  description: z.string({ error: 'needs "description" (a string)' }),
  employer: z.string().optional(),
  location: z.union([z.string(), locationSchema]).optional(),
  salary: z.union([z.string(), salarySchema]).optional(),
  /** ISO 3166-1 alpha-2 of the site the advert was posted on (for "abroad" and phone numbers). */
  country: z
    .string()
    .regex(/^[A-Za-z]{2}$/, 'must be a two-letter country code such as "PL"')
    .optional(),
  url: z.string().optional(),
  id: z.union([z.string(), z.number()]).optional(),
});

type AssessLine = z.infer<typeof assessLineSchema>;
/** Lines scored together (see the loop in assessJsonl). */
export const ASSESS_BATCH = 256;

/** A line of the input file and its number (from 1). */
export interface NumberedLine {
  n: number;
  text: string;
}

/** What scoring a batch of lines gives: the output lines, in order, and the lines skipped. */
export interface ScoredBatch {
  /** One JSON text per good line (no line break). */
  scored: string[];
  /** `line N: reason; skipped` for each bad line, in line order. */
  problems: string[];
}

/** Scores batches of lines elsewhere: on worker threads (bin/assess-pool.ts). */
export interface LineScorer {
  /** Batches it can score at once; assessJsonl keeps twice as many in flight. */
  readonly workers: number;
  scoreLines(lines: readonly NumberedLine[]): Promise<ScoredBatch>;
}

export interface AssessJsonlResult {
  scored: number;
  skipped: number;
  /** `line N: reason` for each skipped line. */
  problems: string[];
}

export interface AssessJsonlOptions {
  /** Scores in this thread (an Assessor) or on worker threads (a LineScorer). */
  assessor: Assessor | LineScorer;
  input: Readable;
  output: Writable;
  /** Called for each skipped line (line numbers start at 1), in line order. */
  onProblem?(message: string): void;
  /** Called every 1,000 lines read and at the end. */
  onProgress?(lines: number): void;
}

/** The evidence field names of the output follow the input's: `text` is the `description`. */
const FIELD_NAMES = { title: 'title', text: 'description' } as const;

/** An input line with its assessment, as written to the output. */
function toScoredLine(advert: AssessLine, out: AssessOutput): Record<string, unknown> {
  return {
    ...advert,
    language: out.language,
    sector: out.sector,
    contacts: out.contacts,
    indicators: out.hits.map((h) => ({
      id: h.indicatorId,
      state: h.state,
      weight: h.weight,
      rule: h.ruleId,
      ...(h.note !== undefined ? { note: h.note } : {}),
      evidence: h.evidence.map((e) => ({
        field: FIELD_NAMES[e.field],
        start: e.start,
        end: e.end,
        text: e.text,
      })),
    })),
    risk: out.risk,
    ...(out.classifier ? { classifier: out.classifier } : {}),
    versions: {
      rules: out.rulePackVersion,
      scorer: out.scorerVersion,
      ...(out.classifier ? { model: out.classifier.modelVersion } : {}),
    },
  };
}

/**
 * Parses, checks and scores a batch of input lines (Assessor.assessMany over the good ones). Pure
 * apart from the assessor, so a worker thread runs it as well as the main thread does.
 */
export function scoreLines(assessor: Assessor, lines: readonly NumberedLine[]): ScoredBatch {
  const problems: string[] = [];
  const good: AssessLine[] = [];
  for (const { n, text } of lines) {
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch (err) {
      problems.push(`line ${n}: not valid JSON (${(err as Error).message}); skipped`);
      continue;
    }
    const parsed = assessLineSchema.safeParse(raw);
    if (!parsed.success) {
      const why = parsed.error.issues.map((i) => (i.path.length ? `${i.path.join('.')}: ` : '') + i.message);
      problems.push(`line ${n}: ${why.join('; ')}; skipped`);
      continue;
    }
    good.push(parsed.data);
  }
  const outs = assessor.assessMany(
    good.map((advert) => ({
      title: advert.title,
      text: advert.description,
      employer: advert.employer,
      location: advert.location,
      salary: advert.salary,
      siteCountry: advert.country?.toUpperCase(),
    })),
  );
  return { scored: good.map((advert, i) => JSON.stringify(toScoredLine(advert, outs[i]!))), problems };
}

export async function assessJsonl(options: AssessJsonlOptions): Promise<AssessJsonlResult> {
  const { assessor, output } = options;
  const pool = 'scoreLines' in assessor ? assessor : undefined;
  const score = (batch: NumberedLine[]): Promise<ScoredBatch> =>
    pool ? pool.scoreLines(batch) : Promise.resolve(scoreLines(assessor as Assessor, batch));
  // Two batches per worker keep every worker busy while the results of a third are written.
  const inFlight = pool ? 2 * pool.workers : 1;
  const lines = createInterface({ input: options.input, crlfDelay: Infinity });
  const result: AssessJsonlResult = { scored: 0, skipped: 0, problems: [] };

  // Lines are scored in batches (Assessor.assessMany is faster than one advert at a time), and
  // the batches' results written in input order whichever finishes first.
  const running: Promise<ScoredBatch>[] = [];
  const writeOldest = async (): Promise<void> => {
    const { scored, problems } = await running.shift()!;
    for (const message of problems) {
      result.skipped++;
      result.problems.push(message);
      options.onProblem?.(message);
    }
    for (const line of scored) {
      if (!output.write(line + '\n')) await once(output, 'drain');
      result.scored++;
    }
  };
  try {
    let n = 0;
    let pending: NumberedLine[] = [];
    const dispatch = async (): Promise<void> => {
      running.push(score(pending));
      pending = [];
      if (running.length >= inFlight) await writeOldest();
    };
    for await (const text of lines) {
      n++;
      if (n % 1000 === 0) options.onProgress?.(n);
      if (text.trim() === '') continue;
      pending.push({ n, text });
      if (pending.length >= ASSESS_BATCH) await dispatch();
    }
    if (pending.length > 0) await dispatch();
    while (running.length > 0) await writeOldest();
    options.onProgress?.(n);
  } finally {
    // Settle what is still running (after an error), so no rejection goes unhandled.
    await Promise.allSettled(running);
  }
  return result;
}
