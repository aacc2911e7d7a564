import { describe, expect, it } from 'vitest';
import { highlight, type HighlightSpan } from '../../review-ui/highlight.ts';

function span(start: number, end: number, indicatorId = 'fee.recruitment'): HighlightSpan {
  return { start, end, indicatorId, group: indicatorId.split('.')[0] ?? indicatorId };
}

/** Removes the markup and decodes the entities highlight() produces, giving back the text. */
function textOf(html: string): string {
  return html
    .replace(/<\/?mark[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

/** The text inside each top-level <mark> (including nested marks' text), in order. */
function markedTexts(html: string): string[] {
  const texts: string[] = [];
  let depth = 0;
  let current = '';
  for (const token of html.split(/(<\/?mark[^>]*>)/)) {
    if (token.startsWith('<mark')) {
      depth += 1;
    } else if (token === '</mark>') {
      depth -= 1;
      if (depth === 0) {
        texts.push(textOf(current));
        current = '';
      }
    } else if (depth > 0) {
      current += token;
    }
  }
  return texts;
}

/** Checks that every <mark> is closed in order (the output is well-formed). */
function isBalanced(html: string): boolean {
  let depth = 0;
  for (const tag of html.match(/<\/?mark[^>]*>/g) ?? []) {
    depth += tag === '</mark>' ? -1 : 1;
    if (depth < 0) return false;
  }
  return depth === 0;
}

describe('highlight', () => {
  it('escapes text without spans', () => {
    const html = highlight(`<script>alert("x")</script> & 'y'`, []);
    expect(html).toBe('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;');
  });

  it('wraps a span in a mark with the group class and the indicator id as title', () => {
    const text = 'Pay a registration fee of 200 EUR';
    const start = text.indexOf('registration fee');
    const html = highlight(text, [span(start, start + 'registration fee'.length)]);
    expect(html).toBe(
      'Pay a <mark class="ind ind-fee" title="fee.recruitment">registration fee</mark> of 200 EUR',
    );
  });

  it('escapes the text inside and around marks, and the attribute values', () => {
    const text = 'a<img src=x onerror="window.__xss=2">b';
    const html = highlight(text, [
      { start: 1, end: text.length - 1, indicatorId: 'x"><script>', group: 'x" onmouseover="y' },
    ]);
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;img src=x onerror=&quot;window.__xss=2&quot;&gt;');
    expect(html).toContain('title="x&quot;&gt;&lt;script&gt;"');
    // The group becomes a class token: only [a-z0-9_-] survive.
    expect(html).toContain('class="ind ind-x--onmouseover--y"');
    expect(textOf(html)).toBe(text);
  });

  it('escapes text before the first mark, between marks and after the last mark', () => {
    const text = '<b>1</b> fee <i>2</i> visa <script>3</script>';
    const fee = text.indexOf('fee');
    const visa = text.indexOf('visa');
    const html = highlight(text, [span(fee, fee + 3), span(visa, visa + 4, 'legal.status_promised')]);
    expect(html).toBe(
      '&lt;b&gt;1&lt;/b&gt; <mark class="ind ind-fee" title="fee.recruitment">fee</mark> &lt;i&gt;2&lt;/i&gt; ' +
        '<mark class="ind ind-legal" title="legal.status_promised">visa</mark> &lt;script&gt;3&lt;/script&gt;',
    );
  });

  it('marks contradicted hits with an extra class', () => {
    const html = highlight('no fees of any kind', [{ ...span(0, 7), contradicted: true }]);
    expect(html).toContain(
      '<mark class="ind ind-fee ind-contradicted" title="fee.recruitment">no fees</mark>',
    );
  });

  it('uses the whole id as the group class of an id without a dot', () => {
    const html = highlight('urgent start', [{ start: 0, end: 6, indicatorId: 'urgency', group: 'urgency' }]);
    expect(html).toBe('<mark class="ind ind-urgency" title="urgency">urgent</mark> start');
  });

  it('keeps adjacent spans as two sibling marks', () => {
    const text = 'travel paidhousing provided';
    const html = highlight(text, [span(11, 27, 'housing.provided'), span(0, 11, 'travel.paid')]);
    expect(html).toBe(
      '<mark class="ind ind-travel" title="travel.paid">travel paid</mark>' +
        '<mark class="ind ind-housing" title="housing.provided">housing provided</mark>',
    );
  });

  it('nests a span contained in another, the longer one outside', () => {
    const text = 'we pay your travel and visa';
    const html = highlight(text, [span(12, 18, 'travel.paid'), span(0, text.length, 'debt.travel_advance')]);
    expect(html).toBe(
      '<mark class="ind ind-debt" title="debt.travel_advance">we pay your ' +
        '<mark class="ind ind-travel" title="travel.paid">travel</mark> and visa</mark>',
    );
  });

  it('splits the inner span where two spans cross, and stays well-formed', () => {
    const text = 'abcdefghij';
    const html = highlight(text, [span(0, 6, 'a.one'), span(3, 10, 'b.two')]);
    // a.one opened first and stays whole; b.two nests inside it and is reopened after it closes.
    expect(html).toBe(
      '<mark class="ind ind-a" title="a.one">abc<mark class="ind ind-b" title="b.two">def</mark></mark>' +
        '<mark class="ind ind-b" title="b.two">ghij</mark>',
    );
    expect(isBalanced(html)).toBe(true);
    expect(textOf(html)).toBe(text);
  });

  it('gives the same output whatever the order of the spans', () => {
    const text = 'one two three four five six';
    const spans = [span(0, 13, 'a.x'), span(4, 18, 'b.y'), span(8, 27, 'c.z'), span(4, 7, 'd.w')];
    const forward = highlight(text, spans);
    const backward = highlight(text, [...spans].reverse());
    expect(backward).toBe(forward);
    expect(isBalanced(forward)).toBe(true);
    expect(textOf(forward)).toBe(text);
  });

  it('keeps one mark for identical spans and nests different indicators on the same range', () => {
    const text = 'cash only';
    const once = highlight(text, [span(0, 4, 'pay.unusual_method'), span(0, 4, 'pay.unusual_method')]);
    expect(once.match(/<mark/g)).toHaveLength(1);
    const twice = highlight(text, [span(0, 4, 'pay.unusual_method'), span(0, 4, 'pay.deductions')]);
    expect(twice).toBe(
      '<mark class="ind ind-pay" title="pay.deductions"><mark class="ind ind-pay" title="pay.unusual_method">' +
        'cash</mark></mark> only',
    );
  });

  it('ignores spans out of range, empty, reversed or not integers', () => {
    const text = 'short text';
    const html = highlight(text, [
      span(-1, 3),
      span(5, 11),
      span(4, 4),
      span(6, 2),
      span(1.5, 3),
      span(Number.NaN, 3),
      span(0, 5, 'ok.kept'),
    ]);
    expect(html).toBe('<mark class="ind ind-ok" title="ok.kept">short</mark> text');
  });

  it('marks the whole text when a span covers all of it', () => {
    expect(highlight('abc', [span(0, 3)])).toBe(
      '<mark class="ind ind-fee" title="fee.recruitment">abc</mark>',
    );
  });

  it('keeps line breaks', () => {
    const text = 'line one\nline two\n\nparagraph';
    const html = highlight(text, [span(5, 13)]);
    expect(html).toBe(
      'line <mark class="ind ind-fee" title="fee.recruitment">one\nline</mark> two\n\nparagraph',
    );
  });

  it('uses UTF-16 offsets around emoji and diacritics', () => {
    const text = 'Zarobki 💶💶 w Niemczech, zakwaterowanie zapewnione, język niepotrzebny';
    const emoji = text.indexOf('💶💶');
    const housing = text.indexOf('zakwaterowanie zapewnione');
    const language = text.indexOf('język');
    const html = highlight(text, [
      span(emoji, emoji + 4, 'pay.too_good'),
      span(housing, housing + 'zakwaterowanie zapewnione'.length, 'housing.provided'),
      span(language, language + 'język niepotrzebny'.length, 'req.no_language'),
    ]);
    expect(markedTexts(html)).toEqual(['💶💶', 'zakwaterowanie zapewnione', 'język niepotrzebny']);
    expect(textOf(html)).toBe(text);
  });

  it('handles decomposed diacritics (a base letter plus a combining mark) by offset', () => {
    const text = 'cazare asigurata\u0306'; // "ă" written as a + combining breve
    const start = text.indexOf('asigurat');
    const html = highlight(text, [span(start, text.length, 'housing.provided')]);
    expect(markedTexts(html)).toEqual(['asigurata\u0306']);
  });

  it('widens a boundary that would split a surrogate pair instead of cutting the emoji', () => {
    const text = 'a😀b';
    // 1..2 is the high surrogate only; 2..3 the low surrogate only.
    const first = highlight(text, [span(1, 2)]);
    const second = highlight(text, [span(2, 4)]);
    expect(markedTexts(first)).toEqual(['😀']);
    expect(markedTexts(second)).toEqual(['😀b']);
    for (const html of [first, second]) {
      expect(html).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
      expect(html).not.toMatch(/(?<![\ud800-\udbff])[\udc00-\udfff]/);
    }
  });
});
