// The --labels option of `train` and `evaluate`: reads the file, reports its skipped lines on
// stderr, and turns an unusable file into a usage error naming the option.
import type { LabelledFile } from '../../pipeline/labelled-jsonl.ts';
import { UsageError } from '../usage-error.ts';

export async function readLabelsOption(path: string): Promise<LabelledFile> {
  const { readLabelledJsonl } = await import('../../pipeline/labelled-jsonl.ts');
  let file: LabelledFile;
  try {
    file = readLabelledJsonl(path);
  } catch (err) {
    throw new UsageError(`--labels ${(err as Error).message}`);
  }
  for (const p of file.problems) process.stderr.write(`${path}: ${p}\n`);
  return file;
}
