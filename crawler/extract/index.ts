// Extraction: an advert page → AdvertDraft.
export { extractAdvert, type ExtractOptions, type ExtractResult } from './extract-advert.ts';
export { canonicalUrl, normaliseUrl } from './canonical-url.ts';
export { htmlToText } from './html-text.ts';
export { countryCode } from './country-code.ts';
