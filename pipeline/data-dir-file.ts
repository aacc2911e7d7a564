// Files the crawl keeps in its data directory for the runs that follow (salary baseline, contact
// index): read when present, written whole or not at all.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';

/** The file's text, or undefined when it does not exist (yet). */
export function readIfPresent(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
}

/** Writes through a temporary file and a rename, so a crash mid-write leaves the previous file. */
export function writeWhole(path: string, text: string): string {
  writeFileSync(`${path}.tmp`, text);
  renameSync(`${path}.tmp`, path);
  return path;
}
