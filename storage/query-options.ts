// Defaults and checks for the paging and filter options of the store's list methods, shared so
// every adapter reads them the same way.
import type { QueueQuery } from './ports.ts';
import type { ReviewState } from './records.ts';

export const REVIEW_STATES: readonly ReviewState[] = [
  'new',
  'claimed',
  'confirmed',
  'dismissed',
  'needs-more-info',
  'escalated',
  'closed',
];

export interface Page {
  limit: number;
  offset: number;
}

function checkCount(method: string, name: string, value: number): number {
  if (!Number.isInteger(value) || value < 0) {
    throw new RangeError(`${method}: ${name} must be a whole number ≥ 0, got ${value}`);
  }
  return value;
}

/** `limit` (default `defaultLimit`) and `offset` (default 0), checked. */
export function pageOf(
  method: string,
  query: { limit?: number; offset?: number } | undefined,
  defaultLimit: number,
): Page {
  return {
    limit: checkCount(method, 'limit', query?.limit ?? defaultLimit),
    offset: checkCount(method, 'offset', query?.offset ?? 0),
  };
}

/** The states to filter on, or undefined for all states (an absent or empty list means all). */
export function statesOf(
  method: string,
  states: readonly ReviewState[] | undefined,
): ReviewState[] | undefined {
  if (!states || states.length === 0) return undefined;
  for (const state of states) {
    if (!REVIEW_STATES.includes(state)) {
      throw new RangeError(
        `${method}: unknown review state "${state}"; use one of ${REVIEW_STATES.join(', ')}`,
      );
    }
  }
  return [...new Set(states)];
}

export interface QueueSelection extends Page {
  states: ReviewState[] | undefined;
}

/** `listQueue` options with defaults: all states, limit 50, offset 0. */
export function queueSelectionOf(query: QueueQuery | undefined): QueueSelection {
  return { states: statesOf('listQueue', query?.states), ...pageOf('listQueue', query, 50) };
}

/** The words of a search query: runs of letters and digits, at most 32 of them. */
export function searchTerms(query: string): string[] {
  return (query.match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 32);
}
