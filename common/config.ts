// The operator's config file (YAML), validated at the edge. Paths in it are relative to the file.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';

export const configSchema = z.strictObject({
  /** Folder for the SQLite file, the evidence store and the session secret. Default ./data */
  dataDir: z.string().min(1).default('./data'),
  /** Folder of source YAML files, one per site. Default ./sources */
  sources: z.string().min(1).default('./sources'),
  /** Values for ${NAME} placeholders in source files (environment variables override nothing: these win). */
  vars: z.record(z.string().regex(/^[A-Z0-9_]+$/, 'use UPPER_CASE names'), z.string()).default({}),
  ui: z
    .strictObject({
      /** Default 127.0.0.1: the UI holds personal data; expose it only behind a TLS proxy. */
      host: z.string().default('127.0.0.1'),
      port: z.number().int().min(0).max(65535).default(8080),
      /** Mark cookies Secure (set when served over HTTPS). Default false. */
      secureCookies: z.boolean().default(false),
    })
    .default({ host: '127.0.0.1', port: 8080, secureCookies: false }),
  crawl: z
    .strictObject({
      /** Advert pages fetched at once per source (per-host pacing still applies). Default 4. */
      concurrency: z.number().int().min(1).max(64).default(4),
    })
    .default({ concurrency: 4 }),
});

export type Config = z.infer<typeof configSchema>;

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

/** Reads and validates the config; returns it with dataDir and sources resolved to absolute paths. */
export function loadConfig(file: string): Config {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new ConfigError(
      `${file}: config file not found. Copy examples/recruitwatch.config.yaml to ${file}, or pass --config FILE.`,
    );
  }
  let raw: unknown;
  try {
    raw = parseYaml(text) ?? {};
  } catch (err) {
    throw new ConfigError(`${file}: not valid YAML: ${(err as Error).message.split('\n')[0]}`);
  }
  const parsed = configSchema.safeParse(raw);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  - ${i.path.join('.') || '(top level)'}: ${i.message}`);
    throw new ConfigError(`${file}: invalid config\n${lines.join('\n')}`);
  }
  const base = dirname(resolve(file));
  return {
    ...parsed.data,
    dataDir: resolve(base, parsed.data.dataDir),
    sources: resolve(base, parsed.data.sources),
  };
}
