// Helpers shared by the extraction tests: read a hand-written page, or wrap JSON-LD in a page.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { extractAdvert, type ExtractOptions } from '../../../crawler/extract/index.ts';
import type { AdvertDraft } from '../../../storage/records.ts';

export function fixture(name: string): string {
  return readFileSync(fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url)), 'utf8');
}

/** A minimal page carrying one JSON-LD block, with `<` escaped as sites must so `</script>` in a string cannot end the block. */
export function jsonLdPage(data: unknown): string {
  const json = JSON.stringify(data).replace(/</g, '\\u003c');
  return `<!DOCTYPE html><html><head><script type="application/ld+json">${json}</script></head><body></body></html>`;
}

/** Extracts and fails the test, with the reason, when extraction did not succeed. */
export function extractOk(html: string, url: string, options?: ExtractOptions): AdvertDraft {
  const result = extractAdvert(html, url, options);
  if (!result.ok) throw new Error(`expected an advert, got: ${result.reason}`);
  return result.advert;
}
