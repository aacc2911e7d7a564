// Composition root for the embedded mode: opens the SQLite store, the evidence folder and the
// assessor for a data directory. The cluster mode will choose other adapters here.
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createAssessor, type Assessor } from '../classifiers/assess.ts';
import { parseSalaryBaseline, type SalaryBaseline } from '../classifiers/salary-baseline.ts';
import type { ContactIndex } from '../classifiers/contact-index.ts';
import { BASELINE_FILE, loadSalaryBaseline } from '../pipeline/salary-baseline-store.ts';
import { CONTACT_INDEX_FILE, loadContactIndex } from '../pipeline/contact-index-store.ts';
import { TEMPLATE_INDEX_FILE, loadTemplateIndex } from '../pipeline/template-index-store.ts';
import type { TemplateIndex } from '../classifiers/template-index.ts';
import { createTextClassifier, parseTextModel, type TextClassifier } from '../classifiers/text-model.ts';
import { createRuleEngine, loadRulePacks } from '../rules/engine.ts';
import { UsageError } from './usage-error.ts';
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

/** The model trained on the training part of the bundled labelled corpus (`npm run train`). */
export const BUNDLED_MODEL = fileURLToPath(new URL('../classifiers/models/text-model.json', import.meta.url));

/** Loads a text model file; the error names the file and what is wrong with it. */
export function loadTextClassifier(path: string): TextClassifier {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new Error(
      `${path}: cannot load the text model (${code === 'ENOENT' ? 'no such file' : (err as Error).message}). Fix: give a file written by "recruitwatch train", or --no-model`,
      { cause: err },
    );
  }
  return createTextClassifier(parseTextModel(json, path));
}

/** Reads a salary baseline file for --baseline; the error names the file and the fix. */
export function readSalaryBaselineFile(path: string): SalaryBaseline {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (err) {
    throw new Error(
      `${path}: cannot read the salary baseline (${(err as NodeJS.ErrnoException).code ?? (err as Error).message}). Fix: give the salary-baseline.json of a data directory (written after each crawl)`,
      { cause: err },
    );
  }
  return parseSalaryBaseline(raw, path);
}

export interface AssessorChoice {
  /** A model file, or false for rules only. Default: the bundled model. */
  model?: string | false;
  /** Pay per sector × country for pay.too_good. Default: none (fixed thresholds). */
  salaryBaseline?: SalaryBaseline;
  /** Contacts of the stored adverts for network.shared_contact. Default: none (no such hit). */
  contactIndex?: ContactIndex;
  /** Near-identical text families of the stored adverts for network.template. Default: none. */
  templateIndex?: TemplateIndex;
}

/** A command's --model FILE / --no-model (false) / --baseline FILE options. */
export interface AssessorFileOptions {
  model?: string | boolean;
  baseline?: string;
}

/** The --baseline file read and checked, or undefined without the option; a UsageError names it. */
function baselineOption(opts: AssessorFileOptions): SalaryBaseline | undefined {
  if (opts.baseline === undefined) return undefined;
  try {
    return readSalaryBaselineFile(opts.baseline);
  } catch (err) {
    throw new UsageError(`--baseline ${(err as Error).message}`);
  }
}

/** `open()`, with a failure reported as the --model option's. */
function asModelOption<T>(open: () => T): T {
  try {
    return open();
  } catch (err) {
    throw new UsageError(`--model ${(err as Error).message}`);
  }
}

const modelOption = (opts: AssessorFileOptions): string | false | undefined =>
  opts.model === false ? false : typeof opts.model === 'string' ? opts.model : undefined;

/**
 * Checks the files that --model and --baseline name, with the errors openAssessorFromOptions gives,
 * without opening an assessor (compiling the rule packs is most of that second).
 */
export function checkAssessorOptions(opts: AssessorFileOptions): void {
  baselineOption(opts);
  const model = modelOption(opts);
  if (typeof model === 'string') asModelOption(() => loadTextClassifier(model));
}

/**
 * The assessor a command's --model / --no-model / --baseline options ask for; a bad file becomes a
 * UsageError naming the option.
 */
export function openAssessorFromOptions(opts: AssessorFileOptions): Assessor {
  const salaryBaseline = baselineOption(opts);
  return asModelOption(() =>
    openAssessor({ model: modelOption(opts), ...(salaryBaseline ? { salaryBaseline } : {}) }),
  );
}

/**
 * The assessor of a crawl into `dataDir`: with the salary baseline, the contact index and the
 * template index the previous crawl left there (none on the first run: fixed pay thresholds, no
 * network hits).
 */
export function openCrawlAssessor(dataDir: string): Assessor {
  const salaryBaseline = loadSalaryBaseline(join(dataDir, BASELINE_FILE));
  const contactIndex = loadContactIndex(join(dataDir, CONTACT_INDEX_FILE));
  const templateIndex = loadTemplateIndex(join(dataDir, TEMPLATE_INDEX_FILE));
  return openAssessor({
    ...(salaryBaseline ? { salaryBaseline } : {}),
    ...(contactIndex ? { contactIndex } : {}),
    ...(templateIndex ? { templateIndex } : {}),
  });
}

export function openAssessor(choice: AssessorChoice = {}): Assessor {
  const model = choice.model ?? BUNDLED_MODEL;
  return createAssessor({
    engine: createRuleEngine(loadRulePacks()),
    ...(model !== false ? { classifier: loadTextClassifier(model) } : {}),
    ...(choice.salaryBaseline ? { salaryBaseline: choice.salaryBaseline } : {}),
    ...(choice.contactIndex ? { contactIndex: choice.contactIndex } : {}),
    ...(choice.templateIndex ? { templateIndex: choice.templateIndex } : {}),
  });
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
