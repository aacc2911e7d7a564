// Builds what the queue page shows. Pure: queue entries in, display values out (plain text).
import type { QueueEntry } from '../storage/records.ts';
import { bandClass, cssToken, formatNumber, formatTime, indicatorGroup } from './format.ts';

export interface QueueRow {
  href: string;
  title: string;
  score: string;
  band: string;
  bandClass: string;
  employer: string;
  location: string;
  source: string;
  state: string;
  indicators: { id: string; group: string }[];
  queuedAt: string;
}

export interface QueuePage {
  rows: QueueRow[];
  total: number;
  page: number;
  pageCount: number;
  firstShown: number;
  lastShown: number;
  previousHref?: string;
  nextHref?: string;
}

export function buildQueuePage(
  entries: QueueEntry[],
  total: number,
  page: number,
  pageSize: number,
): QueuePage {
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const offset = (page - 1) * pageSize;
  return {
    rows: entries.map((e) => ({
      href: `/adverts/${encodeURIComponent(e.advertId)}`,
      title: e.title.trim() === '' ? '(no title)' : e.title,
      score: formatNumber(e.riskScore),
      band: e.riskBand,
      bandClass: bandClass(e.riskBand),
      employer: e.employer ?? '',
      location: e.location ?? '',
      source: e.sourceId,
      state: e.state,
      indicators: e.indicatorIds.map((id) => ({ id, group: cssToken(indicatorGroup(id)) })),
      queuedAt: formatTime(e.createdAt),
    })),
    total,
    page,
    pageCount,
    firstShown: entries.length > 0 ? offset + 1 : 0,
    lastShown: offset + entries.length,
    ...(page > 1 ? { previousHref: `/queue?page=${Math.min(page - 1, pageCount)}` } : {}),
    ...(page < pageCount ? { nextHref: `/queue?page=${page + 1}` } : {}),
  };
}
