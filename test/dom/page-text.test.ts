import { afterEach, describe, expect, it } from 'vitest';
import { dataset } from '../../data';
import { buildIndex, findMentions } from '../../lib/match/find-mentions';
import { extractText, rangeFor, startExtraction } from '../../lib/page/page-text';

afterEach(() => {
  document.body.innerHTML = '';
});

/** Builds a test page from trusted fixture markup. */
function page(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}

describe('extractText', () => {
  it('keeps prose and skips scripts, styles, form fields, code and editable regions', () => {
    const text = extractText(
      page(`<h1>Title</h1><p>Hamáček spoke.</p><script>var Peskov = 1</script><style>.Peskov{}</style>
        <textarea>Peskov</textarea><code>Peskov()</code><div contenteditable="true">Peskov</div><p>End.</p>`),
    )!.text;
    expect(text).toContain('Hamáček spoke.');
    expect(text).toContain('End.');
    expect(text).not.toContain('Peskov');
  });

  it('separates blocks so that a name never runs across paragraphs', () => {
    const extracted = extractText(page('<p>Dmitry</p><p>Peskov said</p>'))!;
    const mentions = findMentions(buildIndex(dataset), extracted.text);
    expect(mentions.map((m) => extracted.text.slice(m.start, m.end))).toEqual(['Peskov']);
  });

  it('joins inline elements so that a name split by markup is one mention', () => {
    const extracted = extractText(page('<p>Spokesman <a href="#">Dmitry</a> <b>Peskov</b> said</p>'))!;
    const [m] = findMentions(buildIndex(dataset), extracted.text);
    const range = rangeFor(extracted, m!.start, m!.end)!;
    expect(range.toString()).toBe('Dmitry Peskov');
    expect((range.startContainer as Text).data).toBe('Dmitry');
  });

  it('leaves out what the caller excludes (our own card)', () => {
    const text = extractText(page('<p>Hamáček</p><backgrounder-card>Peskov</backgrounder-card>'), (el) => el.localName === 'backgrounder-card')!.text;
    expect(text).not.toContain('Peskov');
  });

  it('gives up on a page over budget instead of stalling it', () => {
    const root = page(`<p>${'word '.repeat(1000)}</p>`);
    expect(extractText(root, undefined, { maxChars: 100, maxNodes: 10 })).toBeUndefined();
  });

  it('maps offsets back to ranges in the right text nodes', () => {
    const extracted = extractText(page('<p>The Czech minister <em>Jan Hamáček</em> and PM Babiš met.</p>'))!;
    const found = findMentions(buildIndex(dataset), extracted.text).map((m) => rangeFor(extracted, m.start, m.end)!.toString());
    expect(found).toEqual(['Jan Hamáček', 'Babiš']);
  });
});

describe('what is prose', () => {
  it.each([
    ['the navigation', '<nav>Peskov</nav>'],
    ['a navigation role', '<div role="navigation">Peskov</div>'],
    ['a banner', '<div role="banner">Peskov</div>'],
    ['the page’s own header', '<header>Voice of America · Peskov</header>'],
    ['the page’s own footer', '<footer>© Peskov</footer>'],
    ['a page-level aside', '<aside>Most read: Peskov</aside>'],
    ['a content-info landmark', '<div role="contentinfo">Peskov</div>'],
    ['a cookie box', '<div class="cookie-banner">Peskov</div>'],
    ['a newsletter box', '<div id="newsletter">Peskov</div>'],
    ['a hidden element', '<div hidden>Peskov</div>'],
    ['an element hidden by its style', '<div style="display: none">Peskov</div>'],
    ['an aria-hidden element', '<div aria-hidden="true">Peskov</div>'],
    ['a dialog', '<dialog open>Peskov</dialog>'],
  ])('leaves out %s', (_what, html) => {
    expect(extractText(page(`<p>Hamáček</p>${html}`))!.text).toBe('Hamáček');
  });

  it('keeps the headline and the byline in the article’s own header, and asides inside it', () => {
    const text = extractText(page('<article><header><h1>Peskov speaks</h1></header><p>Body</p><aside>Fact box: Babiš</aside></article>'))!.text;
    expect(text).toBe('Peskov speaks\n\nBody\n\nFact box: Babiš');
  });

  it('reads the open shadow roots of web components, each as a block of its own', () => {
    const root = page('<p>Before <x-quote></x-quote> after</p>');
    const shadow = root.querySelector('x-quote')!.attachShadow({ mode: 'open' });
    shadow.append('Dmitry', document.createElement('span'));
    shadow.querySelector('span')!.textContent = ' Peskov';
    const extracted = extractText(root)!;
    expect(extracted.text).toBe('Before  after\n\nDmitry Peskov');
    const [m] = findMentions(buildIndex(dataset), extracted.text);
    expect(rangeFor(extracted, m!.start, m!.end)!.toString()).toBe('Dmitry Peskov');
  });

  it('reads the documents of same-origin frames after the page that holds them, and leaves hidden frames out', async () => {
    const root = page('<p>Before</p><iframe id="shown" srcdoc="<p>Dmitry Peskov spoke.</p>"></iframe><iframe aria-hidden="true" srcdoc="<p>Hidden Babiš</p>"></iframe><p>After</p>');
    const frames = [...root.querySelectorAll('iframe')];
    // happy-dom writes a srcdoc frame's document a moment after the frame is added.
    await expect.poll(() => frames.every((f) => f.contentDocument?.body?.textContent)).toBe(true);
    const extraction = startExtraction(root);
    extraction.step(() => false);
    const extracted = extraction.result()!;
    expect(extracted.text).toBe('Before\n\nAfter\n\nDmitry Peskov spoke.');
    expect(extraction.frames()).toEqual([frames[0]]);
    const [m] = findMentions(buildIndex(dataset), extracted.text);
    const range = rangeFor(extracted, m!.start, m!.end)!;
    expect(range.toString()).toBe('Dmitry Peskov');
    expect(range.startContainer.ownerDocument).toBe(frames[0]!.contentDocument);
  });

  it('leaves out what is hidden or the site’s, and all inside it: text, web components and frames', async () => {
    const root = page(`<p>Kept Hamáček</p>
      <div hidden><p>Hidden Peskov</p><x-quote></x-quote><iframe srcdoc="<p>Framed Babiš</p>"></iframe></div>
      <p>Inline <span aria-hidden="true">Zeman</span><b style="display: none">Bartoš</b> stays</p>
      <div class="cookie-banner"><div><span>Vrbětice</span></div></div>
      <section role="navigation"><p>Navalny</p></section>`);
    root.querySelector('x-quote')!.attachShadow({ mode: 'open' }).append('Shadowed Putin');
    const frame = root.querySelector('iframe')!;
    await expect.poll(() => frame.contentDocument?.body?.textContent).toBe('Framed Babiš');
    const extraction = startExtraction(root);
    extraction.step(() => false);
    expect(extraction.result()!.text).toBe('Kept Hamáček\n\nInline  stays');
    expect(extraction.shadowRoots()).toEqual([]);
    expect(extraction.frames()).toEqual([]);
  });

  it('follows the page when it moves what is left to read between steps', () => {
    for (const hidden of [false, true]) {
      const root = page(Array.from({ length: 600 }, (_, i) => `<p>Paragraph ${i}.</p>`).join(''));
      const extraction = startExtraction(root);
      expect(extraction.step(() => true)).toBe(false);
      // Every paragraph, read or not, moves into a new element the walk has not been through.
      const main = document.createElement('main');
      main.hidden = hidden;
      main.append(...root.querySelectorAll('p'));
      root.append(main);
      while (!extraction.step(() => false));
      const paragraphs = extraction.result()!.text.split('\n\n');
      // Each paragraph once, in order; under a hidden element, none of those read after the move.
      expect(paragraphs).toEqual(Array.from({ length: hidden ? paragraphs.length : 600 }, (_, i) => `Paragraph ${i}.`));
      if (hidden) expect(paragraphs.length).toBeLessThan(600);
    }
  });

  it('gives the same text in steps as at once', () => {
    const root = page(Array.from({ length: 700 }, (_, i) => `<p>Paragraph ${i} names Peskov.</p>`).join(''));
    const whole = extractText(root)!;
    const extraction = startExtraction(root);
    let steps = 1;
    while (!extraction.step(() => true)) steps++;
    expect(steps).toBeGreaterThan(2);
    expect(extraction.result()!.text).toBe(whole.text);
  });
});
