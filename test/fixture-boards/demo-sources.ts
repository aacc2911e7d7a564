// The demo boards' source files, with their ${DEMO_*_URL} placeholders filled from the boards' URLs.
import { fileURLToPath } from 'node:url';
import { loadSourceDir, type SourceConfig } from '../../crawler/source-config.ts';
import type { BoardId } from './generate.ts';

export const DEMO_SOURCES_DIR = fileURLToPath(new URL('./sources', import.meta.url));

/** Source id of each board's source file. */
export const DEMO_SOURCE_OF: Record<BoardId, string> = {
  jobboard: 'demo-jobboard',
  classifieds: 'demo-classifieds',
  jsboard: 'demo-jsboard',
};

/** Loads the demo sources for boards served at `urls` (any URL will do when only the metadata is needed). */
export function loadDemoSources(urls: Record<BoardId, string>): SourceConfig[] {
  return loadSourceDir(DEMO_SOURCES_DIR, {
    vars: {
      DEMO_JOBBOARD_URL: urls.jobboard,
      DEMO_CLASSIFIEDS_URL: urls.classifieds,
      DEMO_JSBOARD_URL: urls.jsboard,
    },
  });
}
