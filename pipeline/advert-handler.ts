// The job handler that follows extraction: identify, assess, store and queue one advert.
// It composes stages owned by other folders (classifiers, storage) and so lives outside them;
// both the local and the cluster mode run it unchanged, with different Store adapters.
import type { Assessor } from '../classifiers/assess.ts';
import { QUEUE_THRESHOLD } from '../classifiers/risk-score.ts';
import type { SourceConfig } from '../crawler/source-config.ts';
import type { Store } from '../storage/ports.ts';
import type { AdvertDraft, IndicatorHit, Snapshot } from '../storage/records.ts';

export interface AdvertHandlerOptions {
  store: Store;
  assessor: Assessor;
  source: Pick<SourceConfig, 'id' | 'country' | 'languages'>;
  /** Score at or above which an advert enters the review queue. Default: the scorer's QUEUE_THRESHOLD. */
  queueThreshold?: number;
  /** Clock, for tests. Default: `() => new Date()`. */
  now?: () => Date;
}

export interface AdvertOutcome {
  advertId: string;
  created: boolean;
  changed: boolean;
  /** False when the stored assessment was already current: same content, rule/scorer/model versions,
   *  indicators and score. */
  assessed: boolean;
  queued: boolean;
  score: number;
}

export interface AdvertHandler {
  (draft: AdvertDraft, snapshot: Snapshot): Promise<AdvertOutcome>;
}

/** The indicators of a set of hits and their states, as one comparable string. */
const findings = (hits: readonly IndicatorHit[]): string =>
  hits
    .map((h) => `${h.indicatorId}:${h.state}`)
    .sort()
    .join(' ');

export function createAdvertHandler(options: AdvertHandlerOptions): AdvertHandler {
  const { store, assessor, source } = options;
  const threshold = options.queueThreshold ?? QUEUE_THRESHOLD;
  const now = options.now ?? (() => new Date());

  return async function handleAdvert(draft, snapshot) {
    const out = assessor.assess({
      title: draft.title,
      text: draft.text,
      employer: draft.employer,
      location: draft.location,
      salary: draft.salary ?? undefined,
      siteCountry: source.country,
      languageHints: source.languages,
      contactHints: draft.contactHints,
      ...(draft.sector ? { industry: draft.sector } : {}),
    });
    const { advert, created, changed } = await store.upsertAdvert({
      ...draft,
      salary: out.salary ?? draft.salary,
      sourceId: source.id,
      language: out.language,
      contacts: out.contacts,
      snapshotId: snapshot.sha256,
      seenAt: snapshot.fetchedAt,
    });

    // Re-crawling unchanged content under unchanged rules must not grow the assessment history;
    // what the corpus adds since (network hits, the salary baseline) does make a new assessment.
    const previous = created || changed ? undefined : await store.getAssessment(advert.id);
    const current =
      previous !== undefined &&
      previous.rulePackVersion === out.rulePackVersion &&
      previous.scorerVersion === out.scorerVersion &&
      previous.modelVersion === out.classifier?.modelVersion &&
      previous.risk.score === out.risk.score &&
      findings(previous.hits) === findings(out.hits);
    if (!current) {
      await store.saveAssessment({
        advertId: advert.id,
        language: out.language,
        hits: out.hits,
        risk: out.risk,
        ...(out.classifier
          ? {
              classifierProbability: out.classifier.probability,
              classifierTerms: out.classifier.terms,
              modelVersion: out.classifier.modelVersion,
            }
          : {}),
        rulePackVersion: out.rulePackVersion,
        scorerVersion: out.scorerVersion,
        assessedAt: now().toISOString(),
      });
    }
    const queued = out.risk.score >= threshold;
    if (queued) await store.enqueueReview(advert.id, out.risk.score);
    return { advertId: advert.id, created, changed, assessed: !current, queued, score: out.risk.score };
  };
}
