// Loads the rule packs (one YAML file per language). Reading pack files — the bundled ones, or a
// pack folder the caller names — is the only I/O the rules module does; everything else in rules/
// takes values and returns values.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, YAMLParseError } from 'yaml';
import { parseRulePack, RulePackError, type RulePack } from './pack-schema.ts';

/** The packs shipped with the project: rules/packs next to this module. */
export const BUNDLED_PACKS_DIR = fileURLToPath(new URL('./packs/', import.meta.url));

/**
 * Reads and validates every `*.yaml` / `*.yml` pack in `dir` (default: the bundled packs), sorted
 * by language. Throws RulePackError naming the file, rule id, field and fix for an invalid pack.
 */
export function loadRulePacks(dir: string = BUNDLED_PACKS_DIR): RulePack[] {
  const files = listRulePackFiles(dir);
  if (files.length === 0) {
    throw new Error(`No rule packs (*.yaml) in ${dir}. Fix: add one <language>.yaml pack per language.`);
  }

  const packs: RulePack[] = [];
  const fileByLanguage = new Map<string, string>();
  for (const file of files) {
    const pack = readRulePackFile(file);
    const other = fileByLanguage.get(pack.language);
    if (other) {
      throw new RulePackError(file, [
        {
          field: 'language',
          problem: `language "${pack.language}" is already defined by ${other}`,
          fix: 'keep one pack per language',
        },
      ]);
    }
    fileByLanguage.set(pack.language, file);
    packs.push(pack);
  }
  return packs.sort((a, b) => a.language.localeCompare(b.language));
}

/** The `*.yaml` / `*.yml` files of a pack folder, sorted; an error names the folder and the fix. */
export function listRulePackFiles(dir: string = BUNDLED_PACKS_DIR): string[] {
  try {
    if (!statSync(dir).isDirectory()) throw new Error(`${dir} is not a directory`);
    return readdirSync(dir)
      .filter((n) => /\.ya?ml$/i.test(n))
      .sort()
      .map((n) => join(dir, n));
  } catch (err) {
    throw new Error(
      `Cannot read rule packs from ${dir}: ${(err as Error).message}. Fix: point to the folder holding the <language>.yaml packs.`,
      { cause: err },
    );
  }
}

/** Reads and validates one pack file; its name must be `<language>.yaml`. */
export function readRulePackFile(file: string): RulePack {
  let raw: unknown;
  try {
    raw = parse(readFileSync(file, 'utf8'));
  } catch (err) {
    if (!(err instanceof YAMLParseError)) throw err;
    throw new RulePackError(file, [
      {
        field: '(file)',
        problem: `not valid YAML: ${err.message}`,
        fix: 'correct the YAML at the line shown',
      },
    ]);
  }
  const pack = parseRulePack(raw, file);
  const name = basename(file);
  const stem = basename(name, extname(name));
  if (stem !== pack.language) {
    throw new RulePackError(file, [
      {
        field: 'language',
        problem: `the file is named ${name} but declares language "${pack.language}"`,
        fix: `rename the file to ${pack.language}.yaml or correct the language`,
      },
    ]);
  }
  return pack;
}
