import { afterEach, describe, expect, it } from 'vitest';
import { dataset } from '../../data';
import { buildIndex, findMentions } from '../../lib/match/find-mentions';
import { extractText, rangeFor } from '../../lib/page/page-text';

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
