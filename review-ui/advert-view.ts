// Builds what the advert page shows from the stored records. Pure: records in, display values out.
// All values are plain text for the template to escape, except `titleHtml` and `textHtml`, which
// highlight() has already escaped.
import type {
  Advert,
  AdvertField,
  Assessment,
  AuditEvent,
  EvidenceSpan,
  IndicatorHit,
  ReviewItem,
  Salary,
  Snapshot,
} from '../storage/records.ts';
import { bandClass, cssToken, formatNumber, formatTime, indicatorGroup } from './format.ts';
import { highlight, type HighlightSpan } from './highlight.ts';
import type { RelatedAdverts } from '../pipeline/related-adverts.ts';

export interface RelatedRow {
  href: string;
  title: string;
  employer: string;
  source: string;
  firstSeen: string;
  removed: string;
}

export interface RelatedGroupRow {
  reason: string;
  adverts: RelatedRow[];
  more: number;
}

export interface AdvertPageInput {
  advert: Advert;
  /** Adverts related by a shared contact or near-identical text; none when not given. */
  related?: RelatedAdverts;
  assessment?: Assessment;
  review?: ReviewItem;
  audit: AuditEvent[];
  /** Snapshots found for `listedSnapshotIds(advert)`, in any order. */
  snapshots: Snapshot[];
}

/** More snapshots than this are not listed (an advert seen daily for years). */
export const MAX_LISTED_SNAPSHOTS = 100;

/** The snapshot ids the page lists: the latest MAX_LISTED_SNAPSHOTS, without repeats. */
export function listedSnapshotIds(advert: Advert): string[] {
  return [...new Set(advert.snapshotIds)].slice(-MAX_LISTED_SNAPSHOTS);
}

export interface FieldRow {
  label: string;
  value: string;
  /** Show as code (URLs): never a clickable link, since advert URLs may lead to hostile sites. */
  code?: boolean;
}

export interface EvidenceRow {
  field: AdvertField;
  text: string;
  offsets: string;
  /** The offsets point at the quoted text in the current advert; otherwise it is not highlighted. */
  inText: boolean;
}

export interface HitRow {
  indicatorId: string;
  /** CSS class of the indicator's group, matching the highlight colour. */
  groupClass: string;
  state: string;
  weight: string;
  ruleId: string;
  evidence: EvidenceRow[];
  /** Why an entity-derived hit fired (the salary baseline and the distance from it, the stored
   *  adverts that share a contact), when the spans alone cannot say. */
  note?: string;
}

export interface SnapshotRow {
  sha256: string;
  fetchedAt: string;
  status: number;
  finalUrl: string;
  render: string;
  bytes: string;
  rawHref: string;
  screenshotHref?: string;
}

export interface AdvertPage {
  id: string;
  title: string;
  titleHtml: string;
  textHtml: string;
  risk?: {
    score: string;
    band: string;
    bandClass: string;
    reasons: string[];
    details: FieldRow[];
  };
  hits: HitRow[];
  /** Hits whose evidence could not be placed in the current text (the assessment is older). */
  staleEvidence: number;
  fields: FieldRow[];
  contacts: FieldRow[];
  warnings: string[];
  snapshots: SnapshotRow[];
  /** Snapshot ids the advert names that the store does not have. */
  missingSnapshots: string[];
  /** Adverts related by a shared contact or near-identical text, by reason. */
  related: RelatedGroupRow[];
  /** Why related adverts could not be looked up (an unreadable index file). */
  relatedProblems: string[];
  /** Older snapshots not listed. */
  unlistedSnapshots: number;
  review?: FieldRow[];
  audit: { at: string; actor: string; action: string; transition: string; reason: string }[];
}

export function buildAdvertPage(input: AdvertPageInput): AdvertPage {
  const { advert, assessment } = input;
  const hits = [...(assessment?.hits ?? [])].sort(hitOrder);
  const spans: Record<AdvertField, HighlightSpan[]> = { title: [], text: [] };
  let staleEvidence = 0;
  const hitRows = hits.map((hit): HitRow => {
    const group = indicatorGroup(hit.indicatorId);
    const evidence = hit.evidence.map((span): EvidenceRow => {
      const fieldText = advert[span.field] ?? '';
      const inText = evidenceInText(fieldText, span);
      if (inText) {
        spans[span.field]?.push({
          start: span.start,
          end: span.end,
          indicatorId: hit.indicatorId,
          group,
          contradicted: hit.state === 'contradicted',
        });
      } else {
        staleEvidence += 1;
      }
      return { field: span.field, text: span.text, offsets: `${span.start}–${span.end}`, inText };
    });
    return {
      indicatorId: hit.indicatorId,
      groupClass: `ind-${cssToken(group)}`,
      state: hit.state,
      weight: formatNumber(hit.weight),
      ruleId: hit.ruleId,
      evidence,
      ...(hit.note !== undefined ? { note: hit.note } : {}),
    };
  });

  const byId = new Map(input.snapshots.map((s) => [s.sha256, s]));
  const snapshotIds = listedSnapshotIds(advert);

  return {
    id: advert.id,
    title: advert.title,
    titleHtml: highlight(advert.title, spans.title),
    textHtml: highlight(advert.text, spans.text),
    risk: assessment && riskOf(assessment),
    hits: hitRows,
    staleEvidence,
    fields: fieldsOf(advert),
    contacts: contactsOf(advert),
    warnings: advert.warnings ?? [],
    snapshots: snapshotIds.flatMap((id) => {
      const s = byId.get(id);
      return s ? [snapshotRow(s)] : [];
    }),
    missingSnapshots: snapshotIds.filter((id) => !byId.has(id)),
    related: (input.related?.groups ?? []).map((g): RelatedGroupRow => ({
      reason: g.reason,
      more: g.more,
      adverts: g.adverts.map((r) => ({
        href: `/adverts/${encodeURIComponent(r.id)}`,
        title: r.title || '(no title)',
        employer: r.employer ?? '—',
        source: r.sourceId,
        firstSeen: formatTime(r.firstSeenAt),
        removed: formatTime(r.removedAt),
      })),
    })),
    relatedProblems: input.related?.problems ?? [],
    unlistedSnapshots: new Set(advert.snapshotIds).size - snapshotIds.length,
    review: input.review && reviewOf(input.review),
    audit: input.audit.map((e) => ({
      at: formatTime(e.at),
      actor: e.actor,
      action: e.action,
      transition: e.fromState || e.toState ? `${e.fromState ?? '—'} → ${e.toState ?? '—'}` : '',
      reason: e.reason ?? '',
    })),
  };
}

/** Present hits first, heaviest first; then contradicted ones; ties by indicator id. */
function hitOrder(a: IndicatorHit, b: IndicatorHit): number {
  const state = (h: IndicatorHit) => (h.state === 'present' ? 0 : 1);
  return state(a) - state(b) || b.weight - a.weight || a.indicatorId.localeCompare(b.indicatorId);
}

/**
 * Whether the span's offsets still point at its quoted text. An assessment made of an earlier
 * version of the advert may carry offsets into other text; highlighting those would mislead.
 * Case and runs of white space are ignored, since rules may report a normalised quote.
 */
function evidenceInText(fieldText: string, span: EvidenceSpan): boolean {
  if (!Number.isInteger(span.start) || !Number.isInteger(span.end)) return false;
  if (span.start < 0 || span.end > fieldText.length || span.start >= span.end) return false;
  if (span.text === '') return true;
  const norm = (s: string) => s.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
  return norm(fieldText.slice(span.start, span.end)) === norm(span.text);
}

function riskOf(assessment: Assessment): NonNullable<AdvertPage['risk']> {
  const details: FieldRow[] = [];
  if (assessment.classifierProbability !== undefined) {
    details.push({ label: 'Classifier probability', value: formatNumber(assessment.classifierProbability) });
  }
  if (assessment.classifierTerms?.length) {
    // Signed shares of the log-odds: the words that pushed the classifier towards risky (+) or not (−).
    const terms = assessment.classifierTerms.map(
      (t) => `${t.term} ${t.weight >= 0 ? '+' : '−'}${Math.abs(t.weight)}`,
    );
    details.push({ label: 'Classifier words', value: terms.join(', ') });
  }
  details.push({ label: 'Language assessed', value: assessment.language });
  details.push({ label: 'Rule pack', value: assessment.rulePackVersion });
  if (assessment.modelVersion) details.push({ label: 'Model', value: assessment.modelVersion });
  details.push({ label: 'Scorer', value: assessment.scorerVersion });
  details.push({ label: 'Assessed', value: formatTime(assessment.assessedAt) });
  return {
    score: formatNumber(assessment.risk.score),
    band: assessment.risk.band,
    bandClass: bandClass(assessment.risk.band),
    reasons: assessment.risk.reasons,
    details,
  };
}

function fieldsOf(advert: Advert): FieldRow[] {
  const rows: FieldRow[] = [];
  const add = (label: string, value: string | undefined, code = false) => {
    if (value !== undefined && value !== '') rows.push(code ? { label, value, code } : { label, value });
  };
  add('Employer', advert.employer);
  add('Location', locationOf(advert));
  add('Salary', advert.salary && salaryOf(advert.salary));
  add(
    'Monthly estimate',
    advert.salary?.monthlyEur !== undefined
      ? `≈ ${formatNumber(advert.salary.monthlyEur)} EUR per month`
      : undefined,
  );
  add('Posted', formatTime(advert.postedAt));
  add('Valid through', formatTime(advert.validThrough));
  add('Employment type', advert.employmentType);
  add('Sector', advert.sector);
  add('Language', advert.language);
  add('Source', advert.sourceId);
  add('Canonical URL', advert.canonicalUrl, true);
  if (advert.url !== advert.canonicalUrl) add('Page URL', advert.url, true);
  add('Extracted from', advert.extractedBy);
  add('First seen', formatTime(advert.firstSeenAt));
  add('Last seen', formatTime(advert.lastSeenAt));
  add('Removed', formatTime(advert.removedAt));
  add('Version', String(advert.version));
  return rows;
}

function locationOf(advert: Advert): string | undefined {
  const { raw, city, region, country } = advert.location;
  const structured = [city, region, country].filter(Boolean).join(', ');
  if (raw && structured && !structured.includes(raw)) return `${structured} (“${raw}”)`;
  return structured || raw;
}

function salaryOf(salary: Salary): string | undefined {
  const amount =
    salary.min !== undefined && salary.max !== undefined && salary.min !== salary.max
      ? `${formatNumber(salary.min)}–${formatNumber(salary.max)}`
      : salary.min !== undefined || salary.max !== undefined
        ? formatNumber((salary.min ?? salary.max) as number)
        : undefined;
  const parts = [amount, amount && salary.currency, amount && salary.period && `per ${salary.period}`].filter(
    Boolean,
  );
  const structured = parts.join(' ');
  if (salary.raw && structured) return `${structured} (“${salary.raw}”)`;
  return structured || salary.raw;
}

function contactsOf(advert: Advert): FieldRow[] {
  const rows: FieldRow[] = [];
  const { phones, emails, messengers, urls } = advert.contacts;
  for (const phone of phones) rows.push({ label: 'Phone', value: phone });
  for (const email of emails) rows.push({ label: 'Email', value: email });
  for (const m of messengers) rows.push({ label: `Messenger (${m.kind})`, value: m.handle });
  for (const url of urls) rows.push({ label: 'URL', value: url, code: true });
  return rows;
}

function snapshotRow(s: Snapshot): SnapshotRow {
  const base = `/snapshots/${encodeURIComponent(s.sha256)}`;
  return {
    sha256: s.sha256,
    fetchedAt: formatTime(s.fetchedAt),
    status: s.status,
    finalUrl: s.finalUrl,
    render: s.render,
    bytes: formatNumber(s.byteLength),
    rawHref: `${base}/raw`,
    ...(s.screenshotKey ? { screenshotHref: `${base}/screenshot` } : {}),
  };
}

function reviewOf(item: ReviewItem): FieldRow[] {
  const rows: FieldRow[] = [
    { label: 'State', value: item.state },
    { label: 'Priority', value: formatNumber(item.priority) },
  ];
  if (item.claimedBy) rows.push({ label: 'Claimed by', value: item.claimedBy });
  if (item.leaseExpiresAt) rows.push({ label: 'Lease expires', value: formatTime(item.leaseExpiresAt) });
  rows.push({ label: 'Queued', value: formatTime(item.createdAt) });
  rows.push({ label: 'Updated', value: formatTime(item.updatedAt) });
  return rows;
}
