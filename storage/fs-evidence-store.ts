// Write-once, content-addressed evidence on disk. Bodies are gzip'd (`body/ab/<sha>.gz`), screenshots
// kept as PNG (`screenshot/ab/<sha>.png`); the SHA-256 is of the original bytes and is checked on
// every read, so an altered file is reported, never served.
import { createHash, randomBytes } from 'node:crypto';
import { chmod, link, mkdir, open, readFile, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gunzip, gzip } from 'node:zlib';
import type { EvidenceStore } from './ports.ts';
import { EvidenceIntegrityError } from './store-errors.ts';

const gzipAsync = promisify(gzip);
const gunzipAsync = promisify(gunzip);

export interface FsEvidenceStoreOptions {
  /** Root folder of the evidence; created if missing. */
  dir: string;
}

type Kind = 'body' | 'screenshot';

const KEY_PATTERN = /^(body|screenshot)\/([0-9a-f]{2})\/([0-9a-f]{64})\.(gz|png)$/;
const EXTENSION: Record<Kind, string> = { body: 'gz', screenshot: 'png' };

interface ParsedKey {
  kind: Kind;
  sha256: string;
}

/** Accepts only keys this store makes, so a key can never point outside `dir`. */
function parseKey(key: string): ParsedKey {
  const match = typeof key === 'string' ? KEY_PATTERN.exec(key) : null;
  const [, kind, prefix, sha256, extension] = match ?? [];
  if (!kind || !sha256 || prefix !== sha256.slice(0, 2) || extension !== EXTENSION[kind as Kind]) {
    throw new RangeError(
      `evidence key ${JSON.stringify(key)} is not valid; keys look like body/ab/<sha256>.gz or ` +
        'screenshot/ab/<sha256>.png, as returned by put()',
    );
  }
  return { kind: kind as Kind, sha256 };
}

function sha256Hex(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function isCode(error: unknown, code: string): boolean {
  return error instanceof Error && (error as NodeJS.ErrnoException).code === code;
}

export function openFsEvidenceStore(options: FsEvidenceStoreOptions): EvidenceStore {
  const { dir } = options;
  if (typeof dir !== 'string' || dir.length === 0) {
    throw new TypeError('openFsEvidenceStore: options.dir must be a folder path');
  }

  const pathOf = (key: string): string => join(dir, ...key.split('/'));

  /**
   * Writes to a temporary file, syncs it, then hard-links it to its final name: link() fails when
   * the name exists, so a key is never overwritten (rename would replace it), and a crash leaves
   * at most a stray temporary file, never a partial evidence file.
   */
  async function writeOnce(path: string, folder: string, bytes: Buffer): Promise<boolean> {
    await mkdir(folder, { recursive: true });
    const temp = join(folder, `.tmp-${process.pid}-${randomBytes(6).toString('hex')}`);
    const handle = await open(temp, 'wx', 0o600);
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    try {
      await chmod(temp, 0o444);
      await link(temp, path);
      return true;
    } catch (error) {
      if (isCode(error, 'EEXIST')) return false;
      throw new Error(`evidence: cannot store ${path}`, { cause: error });
    } finally {
      await unlink(temp).catch(() => undefined);
    }
  }

  async function exists(path: string): Promise<boolean> {
    try {
      await stat(path);
      return true;
    } catch (error) {
      if (isCode(error, 'ENOENT')) return false;
      throw error;
    }
  }

  return {
    async put(body, kind) {
      if (kind !== 'body' && kind !== 'screenshot') {
        throw new RangeError(
          `evidence put: kind must be "body" or "screenshot", got ${JSON.stringify(kind)}`,
        );
      }
      if (!Buffer.isBuffer(body)) throw new TypeError('evidence put: body must be a Buffer');
      const sha256 = sha256Hex(body);
      const key = `${kind}/${sha256.slice(0, 2)}/${sha256}.${EXTENSION[kind]}`;
      const path = pathOf(key);
      if (await exists(path)) return { key, sha256, created: false };
      const stored = kind === 'body' ? await gzipAsync(body) : body;
      const created = await writeOnce(path, join(dir, kind, sha256.slice(0, 2)), stored);
      return { key, sha256, created };
    },

    async get(key) {
      const { kind, sha256 } = parseKey(key);
      let stored: Buffer;
      try {
        stored = await readFile(pathOf(key));
      } catch (error) {
        if (isCode(error, 'ENOENT')) return undefined;
        throw new Error(`evidence: cannot read ${key}`, { cause: error });
      }
      let bytes: Buffer;
      if (kind === 'body') {
        try {
          bytes = await gunzipAsync(stored);
        } catch (error) {
          throw new EvidenceIntegrityError(key, `not valid gzip (${(error as Error).message})`);
        }
      } else {
        bytes = stored;
      }
      const actual = sha256Hex(bytes);
      if (actual !== sha256) throw new EvidenceIntegrityError(key, `content hashes to ${actual}`);
      return bytes;
    },

    async has(key) {
      parseKey(key);
      return exists(pathOf(key));
    },
  };
}
