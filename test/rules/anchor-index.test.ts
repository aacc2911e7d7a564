import { describe, expect, it } from 'vitest';
import { AnchorIndex, ALL_LINES } from '../../rules/anchor-index.ts';
import type { Anchor } from '../../rules/pattern.ts';

function indexOf(anchors: Anchor[]): { index: AnchorIndex; ids: number[] } {
  const index = new AnchorIndex();
  const ids = anchors.map((a) => index.id(a));
  return { index, ids };
}

describe('AnchorIndex', () => {
  const anchors: Anchor[] = [
    { text: 'fee', kind: 'word' },
    { text: 'zakwaterowani', kind: 'prefix' },
    { text: 'gebuhr', kind: 'suffix' },
    { text: 'cash', kind: 'infix' },
    { text: 'w', kind: 'word' },
  ];

  it('finds whole words, prefixes and suffixes with the lines they are on', () => {
    const { index, ids } = indexOf(anchors);
    index.seal();
    const scan = index.newScan();
    index.scan('no fees\nzakwaterowanie, fee\n\nvermittlungsgebuhr w 2024', index.finder(ids), scan, 1);
    const lines = (id: number): number => index.lines(scan, id);
    expect(lines(ids[0]!)).toBe(0b10); // "fees" is not the word "fee"
    expect(lines(ids[1]!)).toBe(0b10);
    expect(lines(ids[2]!)).toBe(0b1000);
    expect(lines(ids[3]!)).toBe(0); // infix, looked up on request: absent
    expect(lines(ids[4]!)).toBe(0b1000);
    expect(scan.lineCount).toBe(4);
  });

  it('looks infix anchors up anywhere, and folds lines past the last bit into it', () => {
    const { index, ids } = indexOf(anchors);
    index.seal();
    const scan = index.newScan();
    const text = `${'x\n'.repeat(40)}paid in cash`;
    index.scan(text, index.finder(ids), scan, 7);
    expect(index.lines(scan, ids[3]!)).toBe(1 << 31);
    const [start, end] = scan.span(31, 31);
    expect(text.slice(start, end)).toContain('paid in cash');
    expect(start).toBe(62); // the start of line 31, which the last bit stands for
  });

  it('gives an infix anchor every line it is on, however often a line repeats it', () => {
    const { index, ids } = indexOf(anchors);
    index.seal();
    const scan = index.newScan();
    const text = `cash cash, cashback\nnone\nprepaid in cash\n${'x\n'.repeat(40)}cash\ncash`;
    index.scan(text, index.finder(ids), scan, 3);
    expect(index.lines(scan, ids[3]!)).toBe(0b101 | (1 << 31));
    expect(index.occurs(scan, ids[3]!)).toBe(true);
  });

  it('tells whether an infix anchor occurs at all, and forgets it with the next text', () => {
    const { index, ids } = indexOf(anchors);
    index.seal();
    const scan = index.newScan();
    const finder = index.finder(ids);
    index.scan('only cashiers wanted', finder, scan, 1);
    expect(index.occurs(scan, ids[3]!)).toBe(true);
    expect(index.lines(scan, ids[3]!)).toBe(1);
    index.scan('payment by transfer', finder, scan, 2);
    expect(index.occurs(scan, ids[3]!)).toBe(false);
    expect(index.lines(scan, ids[3]!)).toBe(0);
    // Word anchors answer from the scan.
    expect(index.occurs(scan, ids[0]!)).toBe(false);
    index.scan('a fee', finder, scan, 3);
    expect(index.occurs(scan, ids[0]!)).toBe(true);
  });

  it('finds only the anchors of its finder, and forgets the previous text', () => {
    const { index, ids } = indexOf(anchors);
    index.seal();
    const scan = index.newScan();
    const onlyFee = index.finder([ids[0]!]);
    index.scan('fee zakwaterowanie', onlyFee, scan, 1);
    expect(index.lines(scan, ids[0]!)).toBe(1);
    expect(index.lines(scan, ids[1]!)).toBe(0);
    index.scan('nothing here', onlyFee, scan, 2);
    expect(index.lines(scan, ids[0]!)).toBe(0);
  });

  it('records the word starts of tracked anchors, filtered by lines', () => {
    const index = new AnchorIndex();
    const id = index.id({ text: 'pay', kind: 'prefix' });
    index.track(id);
    index.seal();
    const scan = index.newScan();
    index.scan('pay, payment\nprepaid payday', index.finder([id]), scan, 1);
    const all: number[] = [];
    scan.starts(id, ALL_LINES, all);
    expect(all).toEqual([0, 5, 21]);
    const secondLine: number[] = [];
    scan.starts(id, 0b10, secondLine);
    expect(secondLine).toEqual([21]);
  });

  it('refuses anchors after it is sealed', () => {
    const index = new AnchorIndex();
    index.seal();
    expect(() => index.id({ text: 'late', kind: 'word' })).toThrow(/after seal/);
  });
});
