// Display formatting shared by the view models. Everything returns plain text; templates escape it.
import type { RiskBand } from '../storage/records.ts';

const RISK_BANDS: readonly RiskBand[] = ['low', 'medium', 'high', 'critical'];

/** `2025-03-01 14:05 UTC`, or the input unchanged when it is not a date. */
export function formatTime(iso: string | undefined): string {
  if (!iso) return '';
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  return new Date(ms).toISOString().slice(0, 16).replace('T', ' ') + ' UTC';
}

const numberFormat = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

/** CSS class of a risk band; unknown values get `band-unknown` rather than an arbitrary class. */
export function bandClass(band: string): string {
  return (RISK_BANDS as readonly string[]).includes(band) ? `band-${band}` : 'band-unknown';
}

/** Group of an indicator: the part of its id before the first dot. */
export function indicatorGroup(indicatorId: string): string {
  const dot = indicatorId.indexOf('.');
  return dot === -1 ? indicatorId : indicatorId.slice(0, dot);
}

/** A class name token: anything outside [a-z0-9_-] becomes '-'. */
export function cssToken(value: string): string {
  const token = value.toLowerCase().replace(/[^a-z0-9_-]/g, '-');
  return token === '' ? 'other' : token;
}
