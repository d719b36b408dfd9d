/**
 * The matcher's quality on the annotated articles of ../shared/eval, against the targets of
 * issue #4. Improve the matcher and the aliases when this fails, never the annotations.
 */
import { describe, expect, it } from 'vitest';
import { dataset } from '../../data';
import { buildIndex, findMentions } from '../../lib/match/find-mentions';
import { loadEvalDocs } from '../support/eval-docs';
import { loadOwnEvalDocs, parseAnnotated } from '../support/own-eval-docs';
import { score } from '../support/score';

const docs = loadEvalDocs();

// Outside this workplace the annotated articles are absent: say so rather than pass silently.
// CI never gets here without them (.ci/run fails first).
describe.skipIf(!docs)('matcher quality on ../shared/eval', () => {
  const index = buildIndex(dataset);
  const result = score(docs ?? [], (doc) =>
    findMentions(index, doc.text).map((m) => ({ start: m.start, end: m.end, entity: m.entityId })),
  );

  it('reaches precision 0.98 and recall 0.95 overall', () => {
    expect(result.overall.precision).toBeGreaterThanOrEqual(0.98);
    expect(result.overall.recall).toBeGreaterThanOrEqual(0.95);
  });

  it('reaches recall 0.90 in every language with five or more documents', () => {
    for (const [lang, counts] of result.byLang) {
      if (counts.docs >= 5) expect(counts.recall, `recall in ${lang}`).toBeGreaterThanOrEqual(0.9);
    }
  });

  it('scores every document, in all three languages', () => {
    expect(docs!.length).toBeGreaterThanOrEqual(60);
    expect([...result.byLang.keys()].sort()).toEqual(['cs', 'en', 'ru']);
  });
});

/**
 * Our own annotated texts in the languages the shared set lacks (test/fixtures/eval), issue #11's
 * targets per language. The dataset's spellings for these languages were written after reading the
 * matcher's misses on these texts, so they are a floor that must hold, not a measure of unseen
 * text: a held-out set of real articles measures that.
 */
describe('matcher quality on our own texts in six more languages', () => {
  const ids = new Set([...dataset.entities, ...dataset.incidents].map((item) => item.id));
  const own = loadOwnEvalDocs(ids);
  const index = buildIndex(dataset);
  const result = score(own, (doc) => findMentions(index, doc.text).map((m) => ({ start: m.start, end: m.end, entity: m.entityId })));

  it('has five texts in each of Polish, Slovak, Slovene, Ukrainian, Bulgarian and German', () => {
    expect(Object.fromEntries([...result.byLang].map(([lang, c]) => [lang, c.docs]))).toEqual({ bg: 5, de: 5, pl: 5, sk: 5, sl: 5, uk: 5 });
  });

  it.each(['bg', 'de', 'pl', 'sk', 'sl', 'uk'])('reaches precision 0.98 and recall 0.90 in %s', (lang) => {
    const counts = result.byLang.get(lang)!;
    expect(counts.precision).toBeGreaterThanOrEqual(0.98);
    expect(counts.recall).toBeGreaterThanOrEqual(0.9);
  });

  it('reads the inline markup into offsets, and refuses what it cannot read', () => {
    const doc = parseAnnotated('t', 'pl', 'Rzecznik [[Dmitrij Pieskow|dmitry-peskov]] i [[UE|european-union]].', ids);
    expect(doc.text).toBe('Rzecznik Dmitrij Pieskow i UE.');
    expect(doc.mentions.map((m) => [doc.text.slice(m.start, m.end), m.entity])).toEqual([['Dmitrij Pieskow', 'dmitry-peskov'], ['UE', 'european-union']]);
    expect(() => parseAnnotated('t', 'pl', '[[Ławrow|sergey-lavrov]]', ids)).toThrow('t:1: unknown id "sergey-lavrov"');
    expect(() => parseAnnotated('t', 'pl', 'a\n[[Putin|vladimir-putin]', ids)).toThrow('t:2: unbalanced');
  });
});
