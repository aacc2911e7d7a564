import { describe, expect, it } from 'vitest';
import { anyToText, decodeEntities, htmlToText, tidyText } from '../../../crawler/extract/html-text.ts';

describe('htmlToText', () => {
  it('turns paragraphs into blank-line-separated blocks and <br> into line breaks', () => {
    expect(
      htmlToText('<p>First   paragraph\n continues</p><p>Second<br>line two<br><br>after a gap</p>'),
    ).toBe('First paragraph continues\n\nSecond\nline two\n\nafter a gap');
  });

  it('writes list items one per line with bullets or numbers', () => {
    expect(
      htmlToText(
        '<p>We offer:</p><ul><li>housing</li><li><p>transport</p></li></ul><ol><li>apply</li><li>start</li></ol>',
      ),
    ).toBe('We offer:\n\n- housing\n- transport\n\n1. apply\n2. start');
  });

  it('decodes entities and keeps escaped markup as literal text', () => {
    expect(
      htmlToText('<p>Caf&eacute; &amp; bar &ndash; &lt;script&gt;alert(1)&lt;/script&gt;&nbsp;end</p>'),
    ).toBe('Café & bar – <script>alert(1)</script> end');
  });

  it('drops scripts, styles and comments, and keeps inline spacing', () => {
    expect(
      htmlToText(
        '<div>Call <b>now</b>!<script>x()</script><style>p{}</style><!-- hidden --></div><div>Next</div>',
      ),
    ).toBe('Call now!\nNext');
  });

  it('separates table cells and rows', () => {
    expect(
      htmlToText('<table><tr><th>Pay</th><td>12 EUR</td></tr><tr><th>Hours</th><td>60</td></tr></table>'),
    ).toBe('Pay 12 EUR\nHours 60');
  });

  it('removes zero-width characters that split words', () => {
    expect(htmlToText('<p>what\u200Bs\u00ADapp</p>')).toBe('whatsapp');
  });
});

describe('anyToText', () => {
  it('reads HTML that was escaped once more (as JSON-LD descriptions often are)', () => {
    expect(anyToText('&lt;p&gt;One &amp;amp; two&lt;/p&gt;&lt;p&gt;Three&lt;/p&gt;')).toBe(
      'One & two\n\nThree',
    );
  });

  it('keeps the line breaks of plain text and a literal <script> typed in it', () => {
    expect(anyToText('Line one\nLine two\n\n\n\nAfter <script>x</script> &amp; more')).toBe(
      'Line one\nLine two\n\nAfter <script>x</script> & more',
    );
  });
});

describe('small helpers', () => {
  it('decodeEntities decodes references only', () => {
    expect(decodeEntities('a &lt;b&gt; &#x41;&#66; AT&T')).toBe('a <b> AB AT&T');
  });

  it('tidyText collapses spaces within lines and limits blank lines', () => {
    expect(tidyText('  a   b \r\n\r\n\r\n\r\n c\t d  ')).toBe('a b\n\nc d');
  });
});
