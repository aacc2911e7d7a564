// Which languages a stretch of folded text names, from the packs' `languageNames` tables, so that
// the engine can tell a requirement of the workplace's language ("Dutch required" in Rotterdam)
// from one of another ("English required" there). Pure: no I/O.
import type { RulePack } from './pack-schema.ts';

/** Word beginnings shorter than this are refused by pack validation, so they key the lookup. */
const KEY_LENGTH = 3;
const LETTERS = /\p{L}+/gu;

export class LanguageNames {
  /** Names by their first KEY_LENGTH letters: [beginning, language code]. */
  private readonly byKey = new Map<string, Array<[string, string]>>();

  constructor(packs: readonly Pick<RulePack, 'languageNames'>[]) {
    for (const pack of packs)
      for (const [code, names] of Object.entries(pack.languageNames ?? {}))
        for (const name of names) {
          const key = name.slice(0, KEY_LENGTH);
          let list = this.byKey.get(key);
          if (!list) this.byKey.set(key, (list = []));
          list.push([name, code]);
        }
  }

  /** Codes of the languages named in folded text: by a word that begins with a listed name. */
  named(folded: string): Set<string> {
    const out = new Set<string>();
    for (const [word] of folded.matchAll(LETTERS)) {
      for (const [name, code] of this.byKey.get(word.slice(0, KEY_LENGTH)) ?? [])
        if (word.startsWith(name)) out.add(code);
    }
    return out;
  }

  /**
   * Whether a requirement written as `folded` asks for one of the `local` languages: it names one
   * of them, or no language at all ("the local language", "language skills").
   */
  asksForLocal(folded: string, local: readonly string[]): boolean {
    const named = this.named(folded);
    return named.size === 0 || local.some((code) => named.has(code));
  }
}
