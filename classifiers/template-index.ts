// The advert texts of the crawled corpus, for network.template and lifecycle.quick_removal:
// families of near-identical descriptions, how many employer names or contacts post them, and how
// often one of them was taken down soon after posting. A recruiter reposting its own advert is
// ordinary; the same text under several "employers" or phone numbers is how trafficking networks
// recruit, and adverts removed and reposted quickly evade moderation (INDICATORS.md). Built from
// the store after each crawl (pipeline/template-index-store.ts) and used by the runs that follow.
//
// Near-identical means a high estimated Jaccard similarity of the texts' 5-word phrases (shingles),
// estimated with MinHash and found with locality-sensitive hashing over bands of the signature.
// Written by hand: the npm MinHash packages hash every phrase once per permutation, in floating
// point, and keep their permutations per object; here each phrase is hashed once and the 64
// permutations are 32-bit integer mixes of that hash (bench/template-index.ts: 70–90 µs to sign and
// look up a 2 KB advert).
import { z } from 'zod';
import { parseCorpusIndex } from './corpus-index-file.ts';
import type { Contacts } from '../storage/records.ts';
import { contactKeys, foldEmployer, LISTED_ADVERTS } from './contact-index.ts';
import { forEachWord } from './text-features.ts';

export const TEMPLATE_INDEX_FORMAT = 'recruitwatch-template-index';
export const TEMPLATE_INDEX_VERSION = 1;

/** Values in a text's signature (MinHash permutations). */
export const SIGNATURE_SIZE = 64;
/** LSH bands of the signature; each band of SIGNATURE_SIZE / BANDS values is one bucket key. */
const BANDS = 16;
const ROWS = SIGNATURE_SIZE / BANDS;
/** Words per phrase (shingle). */
const SHINGLE = 5;
/**
 * Texts with fewer words are not compared: short adverts ("Drivers wanted, call …") are alike by
 * nature, not by copying.
 */
export const MIN_WORDS = 40;
/**
 * Estimated share of 5-word phrases two texts must share to be near-identical (after reading the
 * employer name and numbers as marks, see textSignature). Changing two words of a 120-word advert
 * leaves about 0.85. Among the 310 demo adverts, written from shared phrase lists, the most alike
 * pair shares 0.77 and the next 0.50; among the 1,820 labelled adverts five pairs reach 0.8.
 */
export const NEAR_IDENTICAL = 0.8;
/** A template is flagged when adverts under at least this many identities post it. */
export const MIN_IDENTITIES = 3;
/** An advert removed at most this many days after it was first seen was removed quickly. */
export const QUICK_REMOVAL_DAYS = 7;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface TemplateFamily {
  /** Signature of the family's most connected member, base64 of SIGNATURE_SIZE uint32 (LE). */
  signature: string;
  /** Stored adverts in the family. */
  adverts: number;
  /** Distinct employer names among them (case and spacing folded). */
  employers: number;
  /**
   * Distinct identities: the employer name, or for an advert without one its set of contacts.
   * Adverts with neither are not counted.
   */
  identities: number;
  /** Members removed from their site within QUICK_REMOVAL_DAYS of being first seen. */
  quickRemovals: number;
  /** When the last of those was found removed (ISO 8601). */
  lastRemovedAt?: string;
  /** Ids of the first LISTED_ADVERTS members, when the adverts had ids (absent in older files). */
  advertIds?: string[];
}

export interface TemplateIndex {
  format: typeof TEMPLATE_INDEX_FORMAT;
  version: typeof TEMPLATE_INDEX_VERSION;
  builtAt: string;
  /** Adverts read. */
  adverts: number;
  /** Families of two adverts or more, and lone adverts removed quickly; largest first. */
  families: TemplateFamily[];
}

export interface TemplateAdvert {
  /** The stored advert's id, to list it beside the others. */
  id?: string;
  text: string;
  employer?: string;
  contacts: Contacts;
  /** When the crawler first saw the advert and found it removed (ISO 8601), for quick removals. */
  firstSeenAt?: string;
  removedAt?: string;
}

/** When the advert was removed, if that was within QUICK_REMOVAL_DAYS of first seeing it. */
function quickRemoval(advert: TemplateAdvert): string | undefined {
  if (advert.removedAt === undefined || advert.firstSeenAt === undefined) return undefined;
  const lived = Date.parse(advert.removedAt) - Date.parse(advert.firstSeenAt);
  return lived >= 0 && lived <= QUICK_REMOVAL_DAYS * DAY_MS ? advert.removedAt : undefined;
}

const EMPTY = 0xffffffff;
/** murmur3's 32-bit finaliser: a cheap permutation-like mix of a 32-bit value. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
const SEEDS = Uint32Array.from({ length: SIGNATURE_SIZE }, (_, i) => mix(0x9e3779b9 + i));
const NUMBER = 0x2f1c3a5b;
const EMPLOYER = 0x5a3e91c7;

/** The words of a text as hashes, every number as one word (NUMBER). */
function wordHashes(lower: string): number[] {
  const words: number[] = [];
  forEachWord(lower, (start, _end, hash) => {
    const c = lower.charCodeAt(start);
    words.push(c >= 48 && c <= 57 ? NUMBER : hash);
  });
  return words;
}

/** `words` with each whole occurrence of the word sequence `name` read as one EMPLOYER word. */
function markName(words: number[], name: number[]): number[] {
  if (name.length === 0) return words;
  const out: number[] = [];
  for (let i = 0; i < words.length;) {
    let k = 0;
    while (k < name.length && words[i + k] === name[k]) k++;
    if (k === name.length) {
      out.push(EMPLOYER);
      i += k;
    } else out.push(words[i++]!);
  }
  return out;
}

/**
 * The MinHash signature of a text's 5-word phrases, or undefined below MIN_WORDS. The text is read
 * lower-cased, with the advert's own employer name (when given) read as one word and every number
 * as one word, so a copy posted under another name, phone or amount reads as the same text.
 */
export function textSignature(text: string, employer?: string): Uint32Array | undefined {
  const name = employer ? wordHashes(employer.toLowerCase()) : [];
  const words = markName(wordHashes(text.toLowerCase()), name);
  if (words.length < MIN_WORDS) return undefined;
  const signature = new Uint32Array(SIGNATURE_SIZE).fill(EMPTY);
  for (let i = 0; i + SHINGLE <= words.length; i++) {
    let h = 0x811c9dc5;
    for (let k = 0; k < SHINGLE; k++) h = Math.imul(h ^ (words[i + k] as number), 0x01000193);
    for (let p = 0; p < SIGNATURE_SIZE; p++) {
      const v = mix(h ^ (SEEDS[p] as number));
      if (v < (signature[p] as number)) signature[p] = v;
    }
  }
  return signature;
}

/** Estimated Jaccard similarity of the phrases of two texts from their signatures. */
export function similarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let p = 0; p < SIGNATURE_SIZE; p++) if (a[p] === b[p]) same++;
  return same / SIGNATURE_SIZE;
}

/** The LSH bucket keys of a signature, one per band. */
function bandKeys(signature: Uint32Array): string[] {
  const keys: string[] = [];
  for (let b = 0; b < BANDS; b++)
    keys.push(`${b}:${Array.from(signature.subarray(b * ROWS, (b + 1) * ROWS)).join(',')}`);
  return keys;
}

/**
 * Members a bucket keeps. A board that posts one text thousands of times would otherwise make every
 * new copy a candidate of all the earlier ones (quadratic); the first members already stand for
 * the family, and a copy still meets them in its other bands.
 */
const BUCKET_CAP = 256;

/** Signatures in buckets: the candidates for near-identity with a signature. */
class BandBuckets {
  private readonly buckets = new Map<string, number[]>();

  add(id: number, signature: Uint32Array): void {
    for (const key of bandKeys(signature)) {
      const bucket = this.buckets.get(key);
      if (!bucket) this.buckets.set(key, [id]);
      else if (bucket.length < BUCKET_CAP) bucket.push(id);
    }
  }

  candidates(signature: Uint32Array): Set<number> {
    const out = new Set<number>();
    for (const key of bandKeys(signature)) for (const id of this.buckets.get(key) ?? []) out.add(id);
    return out;
  }
}

const encode = (s: Uint32Array): string =>
  Buffer.from(s.buffer, s.byteOffset, s.byteLength).toString('base64');

function decode(base64: string): Uint32Array | undefined {
  const bytes = Buffer.from(base64, 'base64');
  if (bytes.length !== SIGNATURE_SIZE * 4) return undefined;
  return new Uint32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
}

/** Whose advert it is: the employer name, else its contacts, else nobody known. */
function identityOf(advert: TemplateAdvert): string | undefined {
  if (advert.employer?.trim()) return `employer:${foldEmployer(advert.employer)}`;
  const keys = contactKeys(advert.contacts).sort();
  return keys.length > 0 ? `contacts:${keys.join(' ')}` : undefined;
}

/** Builds a template index one advert at a time (keeps signatures, not texts). */
export class TemplateIndexBuilder {
  private readonly members: Array<{
    signature: Uint32Array;
    identity?: string;
    employer?: string;
    removedQuicklyAt?: string;
    id?: string;
  }> = [];
  private readonly buckets = new BandBuckets();
  /** Union–find parents over members: near-identical members end up under one root. */
  private readonly parent: number[] = [];
  /** Near-identical links of each member (one per family met), to pick a well-connected member. */
  private readonly links: number[] = [];
  private count = 0;

  private find(i: number): number {
    const parent = this.parent;
    while (parent[i] !== i) i = parent[i] = parent[parent[i] as number] as number;
    return i;
  }

  add(advert: TemplateAdvert): void {
    this.count++;
    const signature = textSignature(advert.text, advert.employer);
    if (!signature) return;
    const id = this.members.length;
    const identity = identityOf(advert);
    const removedQuicklyAt = quickRemoval(advert);
    this.members.push({
      signature,
      ...(identity !== undefined ? { identity } : {}),
      ...(removedQuicklyAt !== undefined ? { removedQuicklyAt } : {}),
      ...(advert.id !== undefined ? { id: advert.id } : {}),
      ...(advert.employer?.trim() ? { employer: foldEmployer(advert.employer) } : {}),
    });
    this.parent.push(id);
    this.links.push(0);
    for (const other of this.buckets.candidates(signature)) {
      // Already in the family through another member: one link is enough to join it.
      if (this.find(other) === this.find(id)) continue;
      if (similarity(signature, this.members[other]!.signature) < NEAR_IDENTICAL) continue;
      this.links[id]!++;
      this.links[other]!++;
      this.parent[this.find(id)] = this.find(other);
    }
    this.buckets.add(id, signature);
  }

  build(now = new Date()): TemplateIndex {
    const groups = new Map<number, number[]>();
    for (let id = 0; id < this.members.length; id++) {
      const root = this.find(id);
      const group = groups.get(root);
      if (group) group.push(id);
      else groups.set(root, [id]);
    }
    const families: TemplateFamily[] = [];
    for (const ids of groups.values()) {
      const employers = new Set<string>();
      const identities = new Set<string>();
      let quickRemovals = 0;
      let lastRemovedAt: string | undefined;
      let centre = ids[0]!;
      const advertIds: string[] = [];
      for (const id of ids) {
        const member = this.members[id]!;
        if (member.id !== undefined && advertIds.length < LISTED_ADVERTS) advertIds.push(member.id);
        if (member.employer !== undefined) employers.add(member.employer);
        if (member.identity !== undefined) identities.add(member.identity);
        if (member.removedQuicklyAt !== undefined) {
          quickRemovals++;
          if (lastRemovedAt === undefined || member.removedQuicklyAt > lastRemovedAt)
            lastRemovedAt = member.removedQuicklyAt;
        }
        if (this.links[id]! > this.links[centre]!) centre = id;
      }
      // A lone advert is kept only when it was removed quickly: its repost may come later.
      if (ids.length < 2 && quickRemovals === 0) continue;
      families.push({
        signature: encode(this.members[centre]!.signature),
        adverts: ids.length,
        employers: employers.size,
        identities: identities.size,
        quickRemovals,
        ...(lastRemovedAt !== undefined ? { lastRemovedAt } : {}),
        ...(advertIds.length > 0 ? { advertIds } : {}),
      });
    }
    families.sort((a, b) => b.adverts - a.adverts || (a.signature < b.signature ? -1 : 1));
    return {
      format: TEMPLATE_INDEX_FORMAT,
      version: TEMPLATE_INDEX_VERSION,
      builtAt: now.toISOString(),
      adverts: this.count,
      families,
    };
  }
}

/** Groups the given adverts' texts into families of near-identical ones. */
export function buildTemplateIndex(adverts: Iterable<TemplateAdvert>, now = new Date()): TemplateIndex {
  const builder = new TemplateIndexBuilder();
  for (const advert of adverts) builder.add(advert);
  return builder.build(now);
}

interface PreparedIndex {
  signatures: Uint32Array[];
  buckets: BandBuckets;
}
const prepared = new WeakMap<TemplateIndex, PreparedIndex>();

function prepare(index: TemplateIndex): PreparedIndex {
  let p = prepared.get(index);
  if (!p) {
    const buckets = new BandBuckets();
    const signatures = index.families.map((f, id) => {
      const signature = decode(f.signature) as Uint32Array;
      buckets.add(id, signature);
      return signature;
    });
    prepared.set(index, (p = { signatures, buckets }));
  }
  return p;
}

/** A family of the index and how alike the text asked about is to it. */
export type FamilyMatch = TemplateFamily & { similarity: number };

/**
 * The family of stored adverts whose text is near-identical to this one (the most alike, among
 * those `accept` takes), with the estimated share of phrases in common; undefined when none.
 */
export function findFamily(
  text: string,
  index: TemplateIndex,
  employer?: string,
  accept: (family: TemplateFamily) => boolean = () => true,
): FamilyMatch | undefined {
  const signature = textSignature(text, employer);
  if (!signature || index.families.length === 0) return undefined;
  const { signatures, buckets } = prepare(index);
  let best: FamilyMatch | undefined;
  for (const id of buckets.candidates(signature)) {
    const family = index.families[id] as TemplateFamily;
    if (!accept(family)) continue;
    const s = similarity(signature, signatures[id] as Uint32Array);
    if (s >= NEAR_IDENTICAL && (!best || s > best.similarity)) best = { ...family, similarity: s };
  }
  return best;
}

/**
 * The near-identical family that says something (findFamily): posted under at least
 * MIN_IDENTITIES identities, or with a quick removal.
 */
export function templateMatch(
  text: string,
  index: TemplateIndex,
  employer?: string,
): FamilyMatch | undefined {
  return findFamily(text, index, employer, (f) => f.identities >= MIN_IDENTITIES || f.quickRemovals > 0);
}

const templateIndexSchema = z.object({
  format: z.literal(TEMPLATE_INDEX_FORMAT),
  version: z.literal(TEMPLATE_INDEX_VERSION),
  builtAt: z.string(),
  adverts: z.number().int().nonnegative(),
  families: z.array(
    z.object({
      signature: z
        .string()
        .refine((s) => decode(s) !== undefined, `must be base64 of ${SIGNATURE_SIZE} 32-bit values`),
      adverts: z.number().int().nonnegative(),
      employers: z.number().int().nonnegative(),
      identities: z.number().int().nonnegative(),
      // Absent in files written before quick removals were counted.
      quickRemovals: z.number().int().nonnegative().default(0),
      lastRemovedAt: z.string().optional(),
      advertIds: z.array(z.string()).optional(),
    }),
  ),
});

/** Parses a template index file's text; the error names the file and what is wrong. */
export function parseTemplateIndex(json: string, source = 'template index'): TemplateIndex {
  return parseCorpusIndex(json, source, templateIndexSchema, {
    format: TEMPLATE_INDEX_FORMAT,
    version: TEMPLATE_INDEX_VERSION,
  });
}
