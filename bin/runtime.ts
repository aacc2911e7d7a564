// Composition root for the embedded mode: opens the SQLite store, the evidence folder and the
// assessor for a data directory. The cluster mode will choose other adapters here.
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createAssessor, type Assessor } from '../classifiers/assess.ts';
import { createRuleEngine, loadRulePacks } from '../rules/engine.ts';
import { openFsEvidenceStore } from '../storage/fs-evidence-store.ts';
import type { EvidenceStore, Store } from '../storage/ports.ts';
import { openSqliteStore } from '../storage/sqlite/index.ts';

export interface Runtime {
  dataDir: string;
  store: Store;
  evidence: EvidenceStore;
  close(): Promise<void>;
}

export function openRuntime(dataDir: string): Runtime {
  mkdirSync(dataDir, { recursive: true });
  const store = openSqliteStore({ path: join(dataDir, 'recruitwatch.sqlite') });
  const evidence = openFsEvidenceStore({ dir: join(dataDir, 'evidence') });
  return { dataDir, store, evidence, close: () => store.close() };
}

export function openAssessor(): Assessor {
  return createAssessor({ engine: createRuleEngine(loadRulePacks()) });
}

/**
 * The secret that signs session cookies: RECRUITWATCH_SESSION_SECRET, else one generated on first
 * use and kept (mode 0600) in the data directory so sessions survive a restart.
 */
export function sessionSecret(dataDir: string): string {
  const fromEnv = process.env.RECRUITWATCH_SESSION_SECRET;
  if (fromEnv !== undefined) {
    if (fromEnv.length < 32)
      throw new Error('RECRUITWATCH_SESSION_SECRET must be at least 32 characters long');
    return fromEnv;
  }
  const file = join(dataDir, 'session-secret');
  try {
    return readFileSync(file, 'utf8').trim();
  } catch {
    const secret = randomBytes(32).toString('base64url');
    writeFileSync(file, secret + '\n', { mode: 0o600 });
    return secret;
  }
}
