// Reading the files the crawl derives from the stored corpus for the runs that follow (contact
// index, template index): JSON with a format name and a version, checked by a zod schema.
import type { z } from 'zod';

/**
 * Parses an index file's text with its schema; the error names the file, what is wrong and the fix
 * (the file is derived data: deleting it loses nothing the next crawl cannot rebuild).
 */
export function parseCorpusIndex<T>(
  json: string,
  source: string,
  schema: z.ZodType<T>,
  describe: { format: string; version: number },
): T {
  const fix = 'Fix: delete it; the next crawl rebuilds it';
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (err) {
    throw new Error(`${source}: not JSON (${(err as Error).message}). ${fix}`, { cause: err });
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const why = parsed.error.issues.map((i) => (i.path.length ? `${i.path.join('.')}: ` : '') + i.message);
    throw new Error(
      `${source}: not a ${describe.format} file of version ${describe.version} (${why.join('; ')}). ${fix}`,
    );
  }
  return parsed.data;
}
