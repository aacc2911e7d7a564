import { createHash } from 'node:crypto';
import { chmod, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openFsEvidenceStore } from '../../storage/fs-evidence-store.ts';
import type { EvidenceStore } from '../../storage/ports.ts';
import { EvidenceIntegrityError } from '../../storage/store-errors.ts';

const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

/** Every file under `dir`, as paths relative to it. */
async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .sort();
}

describe('on-disk evidence store', () => {
  let dir: string;
  let evidence: EvidenceStore;
  const html = Buffer.from(
    '<html><body><h1>Driver wanted</h1><p>Pay the placement fee first.</p></body></html>'.repeat(20),
  );
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4, 5]);

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'recruitwatch-evidence-'));
    evidence = openFsEvidenceStore({ dir: join(dir, 'evidence') });
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('stores a body gzip’d under its SHA-256 and gives back the original bytes', async () => {
    const sha = sha256(html);
    const put = await evidence.put(html, 'body');
    expect(put).toEqual({ key: `body/${sha.slice(0, 2)}/${sha}.gz`, sha256: sha, created: true });
    expect(await evidence.has(put.key)).toBe(true);
    expect(await evidence.get(put.key)).toEqual(html);

    const onDisk = await readFile(join(dir, 'evidence', 'body', sha.slice(0, 2), `${sha}.gz`));
    expect(onDisk.subarray(0, 2)).toEqual(Buffer.from([0x1f, 0x8b])); // gzip magic
    expect(onDisk.length).toBeLessThan(html.length);
    expect(gunzipSync(onDisk)).toEqual(html);
  });

  it('stores a screenshot as is, as .png', async () => {
    const sha = sha256(png);
    const put = await evidence.put(png, 'screenshot');
    expect(put.key).toBe(`screenshot/${sha.slice(0, 2)}/${sha}.png`);
    expect(await readFile(join(dir, 'evidence', put.key))).toEqual(png);
    expect(await evidence.get(put.key)).toEqual(png);
  });

  it('is idempotent: the same bytes again create nothing and leave no stray files', async () => {
    const first = await evidence.put(html, 'body');
    const second = await evidence.put(html, 'body');
    expect(second).toEqual({ ...first, created: false });
    const concurrent = await Promise.all([1, 2, 3, 4].map(() => evidence.put(png, 'screenshot')));
    expect(concurrent.filter((r) => r.created)).toHaveLength(1);
    expect(await filesUnder(join(dir, 'evidence'))).toEqual([first.key, concurrent[0]?.key].sort());
  });

  it('never overwrites a stored key', async () => {
    const { key } = await evidence.put(html, 'body');
    const path = join(dir, 'evidence', key);
    const before = await readFile(path);
    await evidence.put(html, 'body');
    expect(await readFile(path)).toEqual(before);
  });

  it('answers undefined / false for a valid key that is not stored', async () => {
    const key = `body/00/${'0'.repeat(64)}.gz`;
    expect(await evidence.get(key)).toBeUndefined();
    expect(await evidence.has(key)).toBe(false);
  });

  it('detects a stored file that was altered', async () => {
    const { key } = await evidence.put(html, 'body');
    const path = join(dir, 'evidence', key);
    await chmod(path, 0o644);
    await writeFile(path, gzipSync(Buffer.from('<html>a different page</html>')));
    await expect(evidence.get(key)).rejects.toBeInstanceOf(EvidenceIntegrityError);
    await expect(evidence.get(key)).rejects.toThrow(key);

    await writeFile(path, Buffer.from('not gzip at all'));
    await expect(evidence.get(key)).rejects.toThrow(/integrity check: not valid gzip/);

    const shot = await evidence.put(png, 'screenshot');
    const shotPath = join(dir, 'evidence', shot.key);
    await chmod(shotPath, 0o644);
    await writeFile(shotPath, Buffer.concat([png, Buffer.from([0])]));
    await expect(evidence.get(shot.key)).rejects.toBeInstanceOf(EvidenceIntegrityError);
  });

  it('rejects keys it did not make, including path traversal', async () => {
    const sha = sha256(html);
    const bad = [
      '../x',
      '../../etc/passwd',
      `body/${sha.slice(0, 2)}/../../../${sha}.gz`,
      `/body/${sha.slice(0, 2)}/${sha}.gz`,
      `body/zz/${sha}.gz`, // prefix does not match the hash
      `body/${sha.slice(0, 2)}/${sha}.png`, // wrong extension for the kind
      `screenshot/${sha.slice(0, 2)}/${sha}.gz`,
      `other/${sha.slice(0, 2)}/${sha}.gz`,
      `body/${sha.slice(0, 2)}/${sha.toUpperCase()}.gz`,
      '',
    ];
    for (const key of bad) {
      await expect(evidence.get(key), key).rejects.toThrow(/not valid/);
      await expect(evidence.has(key), key).rejects.toThrow(/not valid/);
    }
  });

  it('rejects an unknown kind', async () => {
    await expect(evidence.put(html, 'video' as 'body')).rejects.toThrow(/kind/);
  });
});
