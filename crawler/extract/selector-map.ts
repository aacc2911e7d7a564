// A source's selector map (CSS selectors from its YAML) applied to an advert page.
import type { CheerioAPI } from 'cheerio';
import type { SelectorMap } from '../source-config.ts';
import type { Location, Salary } from '../../storage/records.ts';
import { ContactHintsBuilder, type ContactHints } from './contact-hints.ts';
import { nodesToText, tidyText, toSingleLine } from './html-text.ts';
import { toIsoUtc } from './iso-date.ts';
import { parseLocationText } from './location-text.ts';

export interface SelectorFields {
  title?: string;
  text?: string;
  employer?: string;
  location: Location;
  /** Only `raw`: amounts are parsed by the classifiers stage. */
  salary?: Salary;
  postedAt?: string;
  contactHints?: ContactHints;
  warnings: string[];
}

export type SelectorMapResult = { ok: true; fields: SelectorFields } | { ok: false; reason: string };

export interface ApplySelectorMapOptions {
  /** The page URL, against which relative links are resolved. */
  baseUrl: string;
  /**
   * Default true: a title or text selector that finds nothing fails the extraction.
   * false when the map only fills the gaps structured data left.
   */
  requireTitleAndText?: boolean;
}

export interface FieldSelector {
  css: string;
  /** Read this attribute instead of the element's text. */
  attribute?: string;
}

/** `time.posted@datetime` → css `time.posted`, attribute `datetime`. An `@` inside brackets or quotes stays CSS. */
export function parseFieldSelector(spec: string): FieldSelector {
  const m = /^(.*\S)\s*@([A-Za-z_:][-\w:.]*)$/.exec(spec.trim());
  return m?.[1] !== undefined && m[2] !== undefined ? { css: m[1], attribute: m[2] } : { css: spec.trim() };
}

class SelectorError extends Error {}

type Field = keyof SelectorMap;

export function applySelectorMap(
  $: CheerioAPI,
  map: SelectorMap,
  options: ApplySelectorMapOptions,
): SelectorMapResult {
  const required = options.requireTitleAndText ?? true;
  const warnings: string[] = [];

  /** Matches of a field's selector, outermost only (a match inside another match would repeat its text). */
  const select = (field: Field) => {
    const spec = map[field];
    if (spec === undefined) return undefined;
    const { css, attribute } = parseFieldSelector(spec);
    let found;
    try {
      found = $(css);
    } catch (err) {
      const detail = err instanceof Error ? err.message : String(err);
      throw new SelectorError(
        `selector map: ${field} selector "${spec}" is not valid CSS (${detail}); fix it in the source YAML`,
      );
    }
    const matched = new Set(found.get());
    const outermost = found.get().filter((el) => {
      for (let p = el.parent; p !== null; p = p.parent) if (matched.has(p)) return false;
      return true;
    });
    return { spec, attribute, elements: outermost };
  };

  /** Each match's value: the attribute when one is named, else the element's text (line breaks kept). */
  const values = (field: Field): { spec: string; values: string[] } | undefined => {
    const s = select(field);
    if (s === undefined) return undefined;
    const vals = s.elements
      .map((el) => (s.attribute !== undefined ? tidyText($(el).attr(s.attribute) ?? '') : nodesToText([el])))
      .filter((v) => v !== '');
    return { spec: s.spec, values: vals };
  };
  const firstLine = (field: Field): string | undefined => {
    const v = values(field)?.values[0];
    return v === undefined ? undefined : toSingleLine(v);
  };

  try {
    const fields: SelectorFields = { location: {}, warnings };

    const title = values('title');
    fields.title = title?.values[0] === undefined ? undefined : toSingleLine(title.values[0]);
    if (required && fields.title === undefined) {
      return { ok: false, reason: `selector map: title selector "${map.title}" found nothing` };
    }
    const text = values('text');
    if (text !== undefined && text.values.length > 0) fields.text = text.values.join('\n\n');
    if (required && fields.text === undefined) {
      return { ok: false, reason: `selector map: text selector "${map.text}" found nothing` };
    }

    fields.employer = firstLine('employer');
    const location = firstLine('location');
    if (location !== undefined) fields.location = parseLocationText(location);
    const salary = firstLine('salary');
    if (salary !== undefined) fields.salary = { raw: salary };

    const posted = firstLine('postedAt');
    if (posted !== undefined) {
      fields.postedAt = toIsoUtc(posted);
      if (fields.postedAt === undefined)
        warnings.push(`postedAt "${posted.slice(0, 40)}" is not a date; left out`);
    }

    const contact = select('contact');
    if (contact !== undefined) {
      const hints = new ContactHintsBuilder(options.baseUrl);
      for (const el of contact.elements) {
        const $el = $(el);
        if (contact.attribute !== undefined) {
          const value = $el.attr(contact.attribute) ?? '';
          hints.url(value);
          hints.fromText(value);
          continue;
        }
        hints.fromText(nodesToText([el]));
        $el
          .find('a[href]')
          .addBack('a[href]')
          .each((_, a) => hints.url($(a).attr('href')));
      }
      fields.contactHints = hints.result();
    }

    for (const key of ['title', 'text', 'employer', 'salary', 'postedAt', 'contactHints'] as const) {
      if (fields[key] === undefined) delete fields[key];
    }
    return { ok: true, fields };
  } catch (err) {
    if (err instanceof SelectorError) return { ok: false, reason: err.message };
    throw err;
  }
}
