// The precision–recall curve as a standalone SVG file. Written by hand: the chart libraries for
// Node need a DOM or a canvas build, and this is one fixed plot of a few lines on two 0–1 axes.
import type { ThresholdFigures } from './evaluation.ts';

export interface CurveSeries {
  name: string;
  curve: readonly ThresholdFigures[];
  /** Threshold to mark on the line (the queue threshold). */
  mark?: number;
}

const WIDTH = 640;
const HEIGHT = 480;
const PAD = { left: 60, right: 20, top: 40, bottom: 50 };
const COLOURS = ['#c0392b', '#2471a3', '#239b56', '#7d3c98', '#b9770e'];

const escapeXml = (s: string): string =>
  s.replace(
    /[<>&"']/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] ?? c,
  );

export function prCurveSvg(series: readonly CurveSeries[], title: string): string {
  const w = WIDTH - PAD.left - PAD.right;
  const h = HEIGHT - PAD.top - PAD.bottom;
  const x = (recall: number): string => (PAD.left + recall * w).toFixed(1);
  const y = (precision: number): string => (PAD.top + (1 - precision) * h).toFixed(1);
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" font-family="sans-serif" font-size="12">`,
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="white"/>`,
    `<text x="${WIDTH / 2}" y="22" text-anchor="middle" font-size="15">${escapeXml(title)}</text>`,
  ];
  for (let i = 0; i <= 10; i++) {
    const v = i / 10;
    parts.push(
      `<line x1="${x(v)}" y1="${y(0)}" x2="${x(v)}" y2="${y(1)}" stroke="#e5e5e5"/>`,
      `<line x1="${x(0)}" y1="${y(v)}" x2="${x(1)}" y2="${y(v)}" stroke="#e5e5e5"/>`,
      `<text x="${x(v)}" y="${Number(y(0)) + 16}" text-anchor="middle">${v.toFixed(1)}</text>`,
      `<text x="${PAD.left - 8}" y="${Number(y(v)) + 4}" text-anchor="end">${v.toFixed(1)}</text>`,
    );
  }
  parts.push(
    `<rect x="${PAD.left}" y="${PAD.top}" width="${w}" height="${h}" fill="none" stroke="#333"/>`,
    `<text x="${PAD.left + w / 2}" y="${HEIGHT - 12}" text-anchor="middle">recall</text>`,
    `<text x="16" y="${PAD.top + h / 2}" text-anchor="middle" transform="rotate(-90 16 ${PAD.top + h / 2})">precision</text>`,
  );
  series.forEach((s, i) => {
    const colour = COLOURS[i % COLOURS.length] as string;
    // Points from the highest threshold down: recall grows along the line.
    const points = [...s.curve]
      .reverse()
      .filter((c) => c.precision !== null && c.recall !== null)
      .map((c) => `${x(c.recall as number)},${y(c.precision as number)}`);
    if (points.length > 0)
      parts.push(`<polyline fill="none" stroke="${colour}" stroke-width="2" points="${points.join(' ')}"/>`);
    const mark = s.curve.find((c) => c.threshold === s.mark);
    if (mark && mark.precision !== null && mark.recall !== null)
      parts.push(
        `<circle cx="${x(mark.recall)}" cy="${y(mark.precision)}" r="5" fill="${colour}"><title>threshold ${mark.threshold}</title></circle>`,
      );
    const ly = PAD.top + h - 16 - (series.length - 1 - i) * 18;
    parts.push(
      `<line x1="${PAD.left + 12}" y1="${ly}" x2="${PAD.left + 36}" y2="${ly}" stroke="${colour}" stroke-width="2"/>`,
      `<text x="${PAD.left + 42}" y="${ly + 4}">${escapeXml(s.name)}${s.mark !== undefined ? ` (dot: threshold ${s.mark})` : ''}</text>`,
    );
  });
  parts.push('</svg>');
  return parts.join('\n') + '\n';
}
