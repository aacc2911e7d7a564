// Builds the review queue row the UI lists from the stored item, advert and current assessment,
// the same way in every adapter.
import { locationDisplay } from './advert-identity.ts';
import type { Advert, Assessment, QueueEntry, ReviewItem } from './records.ts';

/** The ids of the indicators the assessment found present, each once, in hit order. */
export function presentIndicatorIds(assessment: Assessment | undefined): string[] {
  if (!assessment) return [];
  const ids = assessment.hits.filter((hit) => hit.state === 'present').map((hit) => hit.indicatorId);
  return [...new Set(ids)];
}

/**
 * An advert not yet assessed is listed with score 0, band 'low' and no indicators, rather than
 * hidden, so the queue and its count always agree.
 */
export function toQueueEntry(
  item: ReviewItem,
  advert: Pick<Advert, 'title' | 'sourceId' | 'employer' | 'location'>,
  assessment: Assessment | undefined,
): QueueEntry {
  const entry: QueueEntry = {
    ...item,
    title: advert.title,
    sourceId: advert.sourceId,
    riskScore: assessment?.risk.score ?? 0,
    riskBand: assessment?.risk.band ?? 'low',
    indicatorIds: presentIndicatorIds(assessment),
  };
  if (advert.employer !== undefined) entry.employer = advert.employer;
  const location = locationDisplay(advert.location);
  if (location !== undefined) entry.location = location;
  return entry;
}
