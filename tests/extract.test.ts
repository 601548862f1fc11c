import { describe, expect, it } from 'vitest';
import { type DomExtraction, domPosition, extractFromDocument } from '../lib/extract/dom-text.ts';
import { segmentIndex, textOffsetAt } from '../lib/highlight/dom-ranges.ts';
import { extractFromText } from '../lib/extract/plain-text.ts';
import { splitSentences } from '../lib/extract/sentences.ts';
import { parsePage, readPage } from './corpus.ts';

const page = (body: string) => parsePage(`<!doctype html><html lang="en"><head><title>Terms</title></head><body>${body}</body></html>`);

/** Every character of the text maps to its DOM character (a space to white space), and that position back to it. */
function expectMapsBothWays(ex: DomExtraction) {
  const segments = segmentIndex(ex);
  for (let i = 0; i < ex.text.length; i++) {
    const char = ex.text[i]!;
    if (char === '\n') continue;
    const pos = domPosition(ex, i)!;
    const raw = pos.node.data[pos.offset]!;
    expect(char === ' ' ? /\s/.test(raw) : raw).toBe(char === ' ' ? true : char);
    expect(textOffsetAt(segments, pos.node, pos.offset)).toBe(i);
  }
}

describe('DOM extraction', () => {
  it('keeps the document and skips page furniture', () => {
    const ex = extractFromDocument(page(`
      <header><nav><a href="/">Home</a> <a href="/pricing">Pricing</a></nav></header>
      <div class="cookie-banner">We use cookies. <button>Accept</button></div>
      <main><h1>Terms   of Service</h1><p>These   Terms govern\n your use.</p><ul><li>First item</li></ul></main>
      <footer>© Example <a href="/terms">Terms</a></footer>
      <script>var x = "These Terms";</script>`));
    const blocks = ex.blocks.map((b) => [b.kind, ex.text.slice(b.start, b.end)]);
    expect(blocks).toEqual([['heading', 'Terms of Service'], ['paragraph', 'These Terms govern your use.'], ['item', 'First item']]);
  });

  it('tells furniture from utility classes that merely mention it', () => {
    const ex = extractFromDocument(page(`
      <div class="sidebar">Related links</div>
      <div class="duration-sidebar ease-curve-sidebar grid"><p>These Terms govern your use.</p></div>`));
    expect(ex.text.trim()).toBe('These Terms govern your use.');
  });

  it('maps every character to its DOM text node and back', () => {
    expectMapsBothWays(extractFromDocument(page('<main><p>We  may <b>sell</b>\n   your data.</p><p>Second <i>para</i>graph.</p></main>')));
  });

  it('collapses white space exactly as \\s does, across node boundaries', () => {
    const spaces = [' ', '\t', '\n', '\r', '\f', '\v', '\u00a0', '\u1680', '\u2000', '\u200a', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff'];
    // Near-spaces that \s does not match stay as they are.
    const others = ['a', 'B', '\u200b', '\u0085', '\u180e', '\u00ad', 'é'];
    let seed = 7;
    const random = (n: number) => ((seed = (seed * 48271) % 2147483647) % n);
    for (let round = 0; round < 200; round++) {
      const pieces = Array.from({ length: 1 + random(4) }, () => Array.from({ length: random(12) }, () => (random(2) ? spaces[random(spaces.length)] : others[random(others.length)])).join(''));
      const doc = page(`<main><p></p></main>`);
      const p = doc.querySelector('p')!;
      pieces.forEach((piece, i) => (i % 2 ? p.appendChild(doc.createElement('b')).appendChild(doc.createTextNode(piece)) : p.appendChild(doc.createTextNode(piece))));
      const expected = pieces.join('').replace(/\s+/g, ' ').trim();
      expect(extractFromDocument(doc).text.replace(/\n$/, '').replace(/ $/, '')).toBe(expected);
    }
  });

  it('keeps only the <main> or <article> that holds most of the text, else the whole body', () => {
    const long = '<p>These Terms govern your use of the service and everything in it.</p>'.repeat(5);
    const inMain = extractFromDocument(page(`<div>Welcome back, reader</div><main>${long}</main><div>More from us</div>`));
    expect(inMain.text).not.toContain('Welcome');
    expect(inMain.text.startsWith('These Terms')).toBe(true);
    expect(inMain.blocks[0]!.start).toBe(0);
    expect(domPosition(inMain, 0)).toMatchObject({ node: { data: expect.stringMatching(/^These Terms/) }, offset: 0 });
    // A wrapper whose class name looks like furniture is not skipped when the document is inside it.
    const wrapped = extractFromDocument(page(`<div class="has-sidebar"><div class="sidebar">Related</div><main>${long}</main></div>`));
    expect(wrapped.text.startsWith('These Terms')).toBe(true);
    expect(wrapped.text).not.toContain('Related');
    const smallArticle = extractFromDocument(page(`${long}<article><p>A short aside.</p></article>`));
    expect(smallArticle.text).toContain('These Terms');
    expect(smallArticle.text).toContain('A short aside.');
  });

  it('marks the lines a <br> ends, and only those', () => {
    const ex = extractFromDocument(page('<main><p>First line<br>second line</p><p>Next paragraph</p></main>'));
    expect(ex.blocks.map((b) => [ex.text.slice(b.start, b.end), b.lineBreak ?? false])).toEqual([
      ['First line', true],
      ['second line', false],
      ['Next paragraph', false],
    ]);
  });

  it('reads block and item kinds from the text\'s own elements, and links as far as their text goes', () => {
    const ex = extractFromDocument(
      page('<main><h2>Your <em>choices</em></h2><ul><li>Opt out <a href="/opt-out"><div>here</div></a></li><li><p>Nested</p>then the item again</li></ul><div><span>You can write to our privacy team at </span><a href="mailto:privacy@example.com">privacy@example.com</a></div></main>'),
    );
    expect(ex.blocks.map((b) => [b.kind, b.level ?? 0, ex.text.slice(b.start, b.end)])).toEqual([
      ['heading', 2, 'Your choices'],
      ['item', 0, 'Opt out'],
      // 'here', all link, reads as navigation
      ['paragraph', 0, 'Nested'],
      ['paragraph', 0, 'then the item again'],
      ['paragraph', 0, 'You can write to our privacy team at privacy@example.com'],
    ]);
    expect(ex.links.map((l) => [ex.text.slice(l.start, l.end), l.href])).toEqual([
      ['here', '/opt-out'],
      ['privacy@example.com', 'mailto:privacy@example.com'],
    ]);
  });

  it('stops at the cap on huge pages and says so', () => {
    const ex = extractFromDocument(page(`<main>${'<p>We may share your data with partners.</p>'.repeat(5000)}</main>`), null, { maxChars: 10_000, maxTextNodes: 200_000 });
    expect(ex.truncated).toBe(true);
    expect(ex.text.length).toBeLessThanOrEqual(10_000);
  });

  it('returns nothing for a page with no text', () => {
    const ex = extractFromDocument(page(''));
    expect(ex.blocks).toEqual([]);
  });

  it('reads a real legal page into many blocks', () => {
    const ex = extractFromDocument(parsePage(readPage('legal/github__terms-of-service.html')));
    expect(ex.blocks.filter((b) => b.kind === 'heading').length).toBeGreaterThan(10);
    expect(ex.text).toContain('GitHub Terms of Service');
  });
});

describe('Markdown and text', () => {
  it('reads headings, paragraphs, items and links', () => {
    const ex = extractFromText('# Privacy Policy\n\nWe collect\nyour **email**.\n\n- See [settings](https://example.com/settings)\n');
    expect(ex.blocks.map((b) => [b.kind, ex.text.slice(b.start, b.end)])).toEqual([
      ['heading', 'Privacy Policy'],
      ['paragraph', 'We collect your email.'],
      ['item', 'See settings'],
    ]);
    expect(ex.links).toEqual([{ start: ex.text.indexOf('settings'), end: ex.text.indexOf('settings') + 8, href: 'https://example.com/settings' }]);
    expect(ex.title).toBe('Privacy Policy');
  });

  it('reads an underline of one line as a heading, and one that underlines nothing as no text', () => {
    const ex = extractFromText('Community rules\n\n\n=========\n\nOur mission\n===========\n\nBe kind.\n');
    expect(ex.blocks.map((b) => [b.kind, ex.text.slice(b.start, b.end)])).toEqual([
      ['paragraph', 'Community rules'],
      ['heading', 'Our mission'],
      ['paragraph', 'Be kind.'],
    ]);
  });

  it('drops emphasis markers and keeps link positions where the text ends up', () => {
    const ex = extractFromText('_Effective 27 May 2025_\n\nWe *do not* sell **your** data; see [the `opt_out` page](https://example.com/a_b_c) and [help](https://example.com/help).\n');
    expect(ex.text).toBe('Effective 27 May 2025\nWe do not sell your data; see the opt_out page and help.\n');
    expect(ex.links.map((l) => ex.text.slice(l.start, l.end))).toEqual(['the opt_out page', 'help']);
    expect(extractFromText('A snake_case_name and 2 * 3 * 4 stay as they are.').text).toBe('A snake_case_name and 2 * 3 * 4 stay as they are.\n');
  });

  it('reads each table cell, and each line of a cell, as a block of its own', () => {
    const ex = extractFromText('| Purpose | Grounds |\n|---|---|\n| To develop services<br><br>Examples:<br>* Training models | Consent |\n\nA line<br>with a break.\n');
    expect(ex.blocks.map((b) => [b.kind, ex.text.slice(b.start, b.end)])).toEqual([
      ['paragraph', 'Purpose'],
      ['paragraph', 'Grounds'],
      ['paragraph', 'To develop services'],
      ['paragraph', 'Examples:'],
      ['item', 'Training models'],
      ['paragraph', 'Consent'],
      ['paragraph', 'A line with a break.'],
    ]);
  });
});

describe('sentences', () => {
  const split = (text: string) => splitSentences(text).map(([s, e]) => text.slice(s, e));
  it('splits on terminal punctuation but not after abbreviations, initials or numbers', () => {
    expect(split('We collect data, e.g. your name. We share it with U.S. partners. See Section 5. Then stop!')).toEqual([
      'We collect data, e.g. your name.',
      'We share it with U.S. partners.',
      'See Section 5. Then stop!',
    ]);
    expect(split('1. Introduction. These Terms apply.')).toEqual(['1. Introduction.', 'These Terms apply.']);
    // A sentence may begin with a name in lower case; "etc." and "Inc." usually go on.
    expect(split('Continue to use npm Services. npm may change them at any time.')).toEqual(['Continue to use npm Services.', 'npm may change them at any time.']);
    expect(split('We keep photos, videos, etc. and we may share them with Example, Inc. or its affiliates.')).toHaveLength(1);
    expect(split("(see 'What do we collect?' for more detail) and more.")).toHaveLength(1);
    // A line break after a number's full stop ends the sentence.
    expect(split('Only for people over the age of 13.\nContent may not suit children.')).toHaveLength(2);
    // So does a sentence's opening word after a number that ends several words; a list number or an ordinal does not.
    expect(split('Our games are not meant for children under 13. If a player is younger, we turn ads off.')).toHaveLength(2);
    expect(split('2. The Services')).toHaveLength(1);
    expect(split('The safeguards are set out in Annex II. We review them every year.')).toHaveLength(2);
    expect(split('Diese Fassung gilt seit dem 3. Oktober 2026. Sie ersetzt die alte.')).toHaveLength(2);
    // Citations of European law run on.
    expect(split('Wir verarbeiten Ihre Daten gemäß Art. 6 Abs. 1 lit. b DSGVO. Sie können widersprechen.')).toHaveLength(2);
    expect(split('Il trattamento si basa sull\'art. 6, par. 1, lett. b) del GDPR. Puoi opporti.')).toHaveLength(2);
    expect(split('Wir liefern deine Bestellung (Art. 6 Abs. 1 lit. b DSGVO). Du kannst widersprechen.')).toHaveLength(2);
    expect(split("If you stop paying, we can't. Nor will we.")).toHaveLength(2);
  });
});

describe('offsets back from the DOM', () => {
  it('map offsets both ways through every kind of white space, inside nodes and across them', () => {
    const chars = [' ', ' ', '\n', '\t', '\u00a0', '\u3000', 'a', 'b', 'c', 'é', '\u200b'];
    let seed = 11;
    const random = (n: number) => ((seed = (seed * 48271) % 2147483647) % n);
    for (let round = 0; round < 300; round++) {
      const doc = page('<main><p></p></main>');
      const p = doc.querySelector('p')!;
      for (let i = 0, n = 1 + random(4); i < n; i++) {
        const piece = Array.from({ length: random(16) }, () => chars[random(chars.length)]).join('');
        (i % 2 ? p.appendChild(doc.createElement('b')) : p).appendChild(doc.createTextNode(piece));
      }
      expectMapsBothWays(extractFromDocument(doc));
    }
  });
});
