// Reads labelled adverts: JSON lines as for `recruitwatch assess`, plus `label` (1 risky, 0 not).
// Used by `train` and `evaluate`. A bad line is reported with its number and skipped, so one typo
// does not throw away a corpus; a file with no usable line is an error.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { assessLineSchema } from './assess-jsonl.ts';

export const labelledLineSchema = assessLineSchema.extend({
  label: z.union([z.literal(0), z.literal(1)], { error: 'needs "label": 1 (risky) or 0 (not risky)' }),
});

export type LabelledLine = z.infer<typeof labelledLineSchema>;

export interface LabelledFile {
  lines: LabelledLine[];
  /** `line N: reason` for each skipped line. */
  problems: string[];
  /** sha256 of the file's bytes, recorded with whatever is made from it. */
  sha256: string;
}

export function readLabelledJsonl(path: string): LabelledFile {
  let raw: Buffer;
  try {
    raw = readFileSync(path);
  } catch (err) {
    throw new Error(
      `${path}: cannot read the labels file (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`,
      { cause: err },
    );
  }
  const lines: LabelledLine[] = [];
  const problems: string[] = [];
  raw
    .toString('utf8')
    .split('\n')
    .forEach((line, i) => {
      if (line.trim() === '') return;
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch (err) {
        problems.push(`line ${i + 1}: not valid JSON (${(err as Error).message}); skipped`);
        return;
      }
      const parsed = labelledLineSchema.safeParse(value);
      if (!parsed.success) {
        const why = parsed.error.issues.map(
          (x) => (x.path.length ? `${x.path.join('.')}: ` : '') + x.message,
        );
        problems.push(`line ${i + 1}: ${why.join('; ')}; skipped`);
        return;
      }
      lines.push(parsed.data);
    });
  if (lines.length === 0)
    throw new Error(
      `${path}: no usable labelled advert${problems.length ? ` (${problems[0]}${problems.length > 1 ? ` and ${problems.length - 1} more` : ''})` : ''}. Each line needs "title", "description" and "label" (1 or 0)`,
    );
  return { lines, problems, sha256: `sha256:${createHash('sha256').update(raw).digest('hex')}` };
}
