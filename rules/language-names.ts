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

  /**
   * Keeps, of the statements (`present`) and contradictions found in `folded` for an indicator
   * about the local language, those that are about the workplace's language:
   * - a contradiction counts only when it names a local language or none ("English required" is
   *   no contradiction for work in the Netherlands);
   * - with the workplace stated and the advert written in one of its languages, a statement counts
   *   only when it names a local language or none: its readers need no other ("Kein Englisch
   *   nötig" for work in Germany);
   * - with the workplace not stated, an advert that says another language is not needed and asks
   *   for its own recruits speakers of its language for a workplace elsewhere ("Nie wymagamy
   *   niemieckiego, wymagany polski" on a Polish site): that requirement is no contradiction.
   */
  aboutLocal(folded: string, found: FoundStatements, where: Workplace): FoundStatements {
    const { local, stated, advertLanguage } = where;
    const namedIn = ([s, e]: readonly [number, number]): Set<string> => this.named(folded.slice(s, e));
    let { present, contradicted } = found;
    if (local) {
      const asksForLocal = ([s, e]: readonly [number, number]): boolean =>
        this.asksForLocal(folded.slice(s, e), local);
      if (contradicted) contradicted = contradicted.filter(asksForLocal);
      if (stated && present && advertLanguage && local.includes(advertLanguage))
        present = present.filter(asksForLocal);
    }
    if (!stated && advertLanguage && present && contradicted?.length) {
      const namesAnother = (named: Set<string>): boolean =>
        [...named].some((code) => code !== advertLanguage);
      if (present.some((r) => namesAnother(namedIn(r))))
        contradicted = contradicted.filter((r) => {
          const named = namedIn(r);
          return named.size === 0 || namesAnother(named);
        });
    }
    return { present, contradicted };
  }
}

type Ranges = Array<[number, number]> | undefined;

/** An indicator's ranges in one folded field: its statements and its contradictions. */
export interface FoundStatements {
  present: Ranges;
  contradicted: Ranges;
}

/** What is known of where the work is and who reads the advert (RuleEngine.match options). */
export interface Workplace {
  /** Languages of the workplace, stated or standing in for it; undefined when unknown. */
  local: readonly string[] | undefined;
  /** The advert states the workplace (its location), rather than the site's country standing in. */
  stated: boolean;
  /** The language the advert is written in. */
  advertLanguage: string | undefined;
}
