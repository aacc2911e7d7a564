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
    const lines = (id: number): number => scan.lines(id);
    expect(lines(ids[0]!)).toBe(0b10); // "fees" is not the word "fee"
    expect(lines(ids[1]!)).toBe(0b10);
    expect(lines(ids[2]!)).toBe(0b1000);
    expect(lines(ids[3]!)).toBe(0); // infix: absent
    expect(lines(ids[4]!)).toBe(0b1000);
    expect(scan.lineCount).toBe(4);
  });

  it('finds infix anchors anywhere, and folds lines past the last bit into it', () => {
    const { index, ids } = indexOf(anchors);
    index.seal();
    const scan = index.newScan();
    const text = `${'x\n'.repeat(40)}paid in cash`;
    index.scan(text, index.finder(ids), scan, 7);
    expect(scan.lines(ids[3]!)).toBe(1 << 31);
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
    expect(scan.lines(ids[3]!)).toBe(0b101 | (1 << 31));
    expect(scan.lines(ids[3]!)).not.toBe(0);
  });

  it('tells whether an infix anchor occurs, and forgets it with the next text', () => {
    const { index, ids } = indexOf(anchors);
    index.seal();
    const scan = index.newScan();
    const finder = index.finder(ids);
    index.scan('only cashiers wanted', finder, scan, 1);
    expect(scan.lines(ids[3]!)).not.toBe(0);
    expect(scan.lines(ids[3]!)).toBe(1);
    index.scan('payment by transfer', finder, scan, 2);
    expect(scan.lines(ids[3]!)).toBe(0);
    expect(scan.lines(ids[3]!)).toBe(0);
    // Word anchors answer from the scan.
    expect(scan.lines(ids[0]!)).toBe(0);
    index.scan('a fee', finder, scan, 3);
    expect(scan.lines(ids[0]!)).not.toBe(0);
  });

  it('finds infix anchors inside one another, with spaces, and across a line break', () => {
    const { index, ids } = indexOf([
      { text: 'cash', kind: 'infix' },
      { text: 'ash', kind: 'infix' },
      { text: 'h ba', kind: 'infix' },
      { text: 'pay\nin', kind: 'infix' },
      { text: 'sh', kind: 'infix' },
    ]);
    index.seal();
    const scan = index.newScan();
    index.scan('no\nwashing\ncash back\npay\nin', index.finder(ids), scan, 1);
    expect(scan.lines(ids[0]!)).toBe(0b100);
    expect(scan.lines(ids[1]!)).toBe(0b110); // "washing", and inside "cash"
    expect(scan.lines(ids[2]!)).toBe(0b100);
    expect(scan.lines(ids[3]!)).toBe(0b1000); // the line it starts on
    expect(scan.lines(ids[4]!)).toBe(0b110);
  });

  it('finds the same infix anchors as a substring search on varied texts', () => {
    const words = ['ta', 'at', 'tat', 'a t', 'aa', 'taa', 't\na', 'a\n', '\nt', '\n'];
    const { index, ids } = indexOf(words.map((text) => ({ text, kind: 'infix' as const })));
    index.seal();
    const finder = index.finder(ids);
    const scan = index.newScan();
    let seed = 7;
    const random = (): number => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    for (let round = 1; round <= 300; round++) {
      const text = Array.from(
        { length: 1 + Math.floor(random() * 30) },
        () => 'at \nx'[Math.floor(random() * 6)],
      ).join('');
      index.scan(text, finder, scan, round);
      words.forEach((word, k) => {
        let expected = 0;
        for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1))
          expected |= 1 << Math.min(text.slice(0, at).split('\n').length - 1, 31);
        expect(scan.lines(ids[k]!), `${JSON.stringify(word)} in ${JSON.stringify(text)}`).toBe(expected);
      });
    }
  });

  it('finds only the anchors of its finder, and forgets the previous text', () => {
    const { index, ids } = indexOf(anchors);
    index.seal();
    const scan = index.newScan();
    const onlyFee = index.finder([ids[0]!]);
    index.scan('fee zakwaterowanie', onlyFee, scan, 1);
    expect(scan.lines(ids[0]!)).toBe(1);
    expect(scan.lines(ids[1]!)).toBe(0);
    index.scan('nothing here', onlyFee, scan, 2);
    expect(scan.lines(ids[0]!)).toBe(0);
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
