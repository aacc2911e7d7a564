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

export interface AssessJsonlResult {
  scored: number;
  skipped: number;
  /** `line N: reason` for each skipped line. */
  problems: string[];
}

export interface AssessJsonlOptions {
  assessor: Assessor;
  input: Readable;
  output: Writable;
  /** Called for each skipped line (line numbers start at 1). */
  onProblem?(message: string): void;
  /** Called every 1,000 lines and at the end. */
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

export async function assessJsonl(options: AssessJsonlOptions): Promise<AssessJsonlResult> {
  const { assessor, output } = options;
  const lines = createInterface({ input: options.input, crlfDelay: Infinity });
  const result: AssessJsonlResult = { scored: 0, skipped: 0, problems: [] };
  let n = 0;
  const skip = (message: string) => {
    result.skipped++;
    result.problems.push(message);
    options.onProblem?.(message);
  };
  // Lines are scored in batches (Assessor.assessMany is faster than one advert at a time) and
  // written in input order.
  let pending: AssessLine[] = [];
  const flush = async (): Promise<void> => {
    const batch = pending;
    pending = [];
    const outs = assessor.assessMany(
      batch.map((advert) => ({
        title: advert.title,
        text: advert.description,
        employer: advert.employer,
        location: advert.location,
        salary: advert.salary,
        siteCountry: advert.country?.toUpperCase(),
      })),
    );
    for (const [i, advert] of batch.entries()) {
      if (!output.write(JSON.stringify(toScoredLine(advert, outs[i]!)) + '\n')) await once(output, 'drain');
      result.scored++;
    }
  };
  for await (const line of lines) {
    n++;
    if (n % 1000 === 0) options.onProgress?.(n);
    if (line.trim() === '') continue;
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch (err) {
      skip(`line ${n}: not valid JSON (${(err as Error).message}); skipped`);
      continue;
    }
    const parsed = assessLineSchema.safeParse(raw);
    if (!parsed.success) {
      const why = parsed.error.issues.map((i) => (i.path.length ? `${i.path.join('.')}: ` : '') + i.message);
      skip(`line ${n}: ${why.join('; ')}; skipped`);
      continue;
    }
    pending.push(parsed.data);
    if (pending.length >= ASSESS_BATCH) await flush();
  }
  await flush();
  options.onProgress?.(n);
  return result;
}
