// A real SQLite store and evidence folder in a fresh temp directory.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openFsEvidenceStore } from '../../../storage/fs-evidence-store.ts';
import type { EvidenceStore, Store } from '../../../storage/ports.ts';
import { openSqliteStore } from '../../../storage/sqlite/index.ts';

export interface TempStorage {
  dir: string;
  store: Store;
  evidence: EvidenceStore;
  dispose(): Promise<void>;
}

export async function openTempStorage(): Promise<TempStorage> {
  const dir = await mkdtemp(join(tmpdir(), 'recruitwatch-crawler-'));
  const store = openSqliteStore({ path: join(dir, 'store.db') });
  const evidence = openFsEvidenceStore({ dir: join(dir, 'evidence') });
  return {
    dir,
    store,
    evidence,
    async dispose() {
      await store.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
