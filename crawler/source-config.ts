// A source is declared in one YAML file. This module is the schema and its loader: every file is
// validated at the edge, and an invalid file is reported with the file, the field and the fix.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { z } from 'zod';
import cron from 'node-cron';

const cssSelector = z.string().min(1, 'must be a non-empty CSS selector');

/** `selector` or `selector@attribute` (read the attribute instead of the text). */
const fieldSelector = z
  .string()
  .min(1, 'must be a CSS selector, optionally followed by @attribute (e.g. "time@datetime")');

const listingDiscovery = z.strictObject({
  type: z.literal('listing'),
  /** First listing page(s). */
  startUrls: z.array(z.url()).min(1, 'give at least one listing URL'),
  /** Selector of the links to advert pages on a listing page. */
  advertLinks: cssSelector,
  /** Selector of the link to the next listing page. Omit when pages are numbered with `pageParam`. */
  nextPage: cssSelector.optional(),
  /** Query parameter that numbers listing pages (e.g. "page"); crawling stops at the first page with no adverts. */
  pageParam: z.string().min(1).optional(),
  /** Safety limit on listing pages per run. Default 100. */
  maxPages: z.number().int().positive().default(100),
});

const sitemapDiscovery = z.strictObject({
  type: z.literal('sitemap'),
  url: z.url(),
  /** Only URLs matching this regular expression are adverts. */
  include: z
    .string()
    .refine((s) => {
      try {
        new RegExp(s);
        return true;
      } catch {
        return false;
      }
    }, 'must be a valid regular expression, e.g. "/jobs/[0-9]+"')
    .optional(),
});

const feedDiscovery = z.strictObject({
  type: z.literal('feed'),
  /** RSS 2.0 or Atom feed. */
  url: z.url(),
});

export const discoverySchema = z.discriminatedUnion(
  'type',
  [listingDiscovery, sitemapDiscovery, feedDiscovery],
  {
    error: 'discovery.type must be one of: listing, sitemap, feed',
  },
);

export const selectorMapSchema = z.strictObject({
  title: fieldSelector,
  text: fieldSelector,
  employer: fieldSelector.optional(),
  location: fieldSelector.optional(),
  salary: fieldSelector.optional(),
  postedAt: fieldSelector.optional(),
  contact: fieldSelector.optional(),
});

export const extractionSchema = z.strictObject({
  /** `auto`: schema.org JobPosting (JSON-LD, then microdata), then the selector map. `selectors`: selector map only. */
  mode: z.enum(['auto', 'selectors']).default('auto'),
  selectors: selectorMapSchema.optional(),
});

export const politenessSchema = z.strictObject({
  /** Minimum time between two requests to the same host. Default 2000 ms. */
  delayMs: z.number().int().min(0).default(2000),
  /** Honour robots.txt. Default true; only turn off for sites you own. */
  respectRobots: z.boolean().default(true),
  /** Request timeout. Default 30000 ms. */
  timeoutMs: z.number().int().positive().default(30_000),
  /** Retries on network errors and 429/5xx, with exponential backoff. Default 2. */
  retries: z.number().int().min(0).max(10).default(2),
});

export const sourceSchema = z
  .strictObject({
    /** Stable id: lower-case letters, digits and dashes. */
    id: z
      .string()
      .regex(/^[a-z0-9][a-z0-9-]*$/, 'use lower-case letters, digits and dashes, e.g. "jobs-example"'),
    name: z.string().min(1),
    /** ISO 3166-1 alpha-2 of the site's audience, e.g. "PL". */
    country: z.string().regex(/^[A-Z]{2}$/, 'use a two-letter upper-case ISO 3166-1 code, e.g. "DE"'),
    /** Languages adverts are expected in (ISO 639-1); a hint for language identification. */
    languages: z.array(z.string().regex(/^[a-z]{2}$/, 'use two-letter ISO 639-1 codes, e.g. "de"')).min(1),
    sectors: z.array(z.string()).default([]),
    /** `static`: plain HTTP + cheerio. `browser`: render in Chromium (for JavaScript-built pages). */
    render: z.enum(['static', 'browser']).default('static'),
    /** Cron expression for the scheduler (local mode). Omit to crawl only on demand. */
    schedule: z
      .string()
      .refine((s) => cron.validate(s), 'must be a cron expression, e.g. "0 */6 * * *" (every six hours)')
      .optional(),
    discovery: discoverySchema,
    extraction: extractionSchema.default({ mode: 'auto' }),
    /** Browser sources: CSS selector that appears once an advert page has rendered (listing pages wait for advertLinks). */
    waitFor: cssSelector.optional(),
    politeness: politenessSchema.default({
      delayMs: 2000,
      respectRobots: true,
      timeoutMs: 30_000,
      retries: 2,
    }),
  })
  .refine((s) => s.extraction.mode !== 'selectors' || s.extraction.selectors !== undefined, {
    message: 'extraction.mode "selectors" needs extraction.selectors (at least title and text)',
    path: ['extraction', 'selectors'],
  });

export type SourceConfig = z.infer<typeof sourceSchema>;
export type Discovery = z.infer<typeof discoverySchema>;
export type SelectorMap = z.infer<typeof selectorMapSchema>;

/** An invalid source file: the message names the file, the field and the fix. */
export class SourceConfigError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`${file}: invalid source\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'SourceConfigError';
  }
}

/** Replaces `${NAME}` with `vars[NAME]`; an unknown name is an error (a typo must not crawl a wrong URL). */
function interpolate(text: string, vars: Record<string, string>, file: string): string {
  return text.replace(/\$\{([A-Z0-9_]+)\}/g, (_, name: string) => {
    const value = vars[name];
    if (value === undefined) {
      throw new SourceConfigError(file, [
        `\${${name}} is not defined: set the environment variable ${name} or define it under "vars" in the config`,
      ]);
    }
    return value;
  });
}

export interface LoadSourceOptions {
  /** Values for `${NAME}` placeholders. Default: process.env. */
  vars?: Record<string, string | undefined>;
}

/** Parses and validates one source from YAML text. */
export function parseSource(yamlText: string, file: string, options: LoadSourceOptions = {}): SourceConfig {
  const vars = Object.fromEntries(
    Object.entries(options.vars ?? process.env).filter((e): e is [string, string] => e[1] !== undefined),
  );
  let raw: unknown;
  try {
    raw = parseYaml(interpolate(yamlText, vars, file));
  } catch (err) {
    if (err instanceof SourceConfigError) throw err;
    const detail = err instanceof YAMLParseError ? err.message.split('\n')[0] : String(err);
    throw new SourceConfigError(file, [`not valid YAML: ${detail}`]);
  }
  const result = sourceSchema.safeParse(raw);
  if (!result.success) {
    throw new SourceConfigError(
      file,
      result.error.issues.map((issue) => {
        const field = issue.path.length > 0 ? issue.path.join('.') : '(top level)';
        return `${field}: ${issue.message}`;
      }),
    );
  }
  const expectedId = basename(file).replace(/\.ya?ml$/, '');
  if (result.data.id !== expectedId && !file.startsWith('<')) {
    throw new SourceConfigError(file, [
      `id: "${result.data.id}" must match the file name; rename the file to ${result.data.id}.yaml or change the id to "${expectedId}"`,
    ]);
  }
  return result.data;
}

/** Loads one source file. */
export function loadSourceFile(file: string, options: LoadSourceOptions = {}): SourceConfig {
  return parseSource(readFileSync(file, 'utf8'), file, options);
}

/** Loads every `*.yaml` / `*.yml` in a directory; ids must be unique. */
export function loadSourceDir(dir: string, options: LoadSourceOptions = {}): SourceConfig[] {
  if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory()) {
    throw new SourceConfigError(dir, [
      'not a directory: point "sources" in the config at a folder of source YAML files',
    ]);
  }
  const files = readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort();
  return files.map((f) => loadSourceFile(join(dir, f), options));
}
