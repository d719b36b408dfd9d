import { describe, expect, it } from 'vitest';
import { type GoldDoc, score } from '../support/score';

const doc: GoldDoc = {
  id: 'd1',
  lang: 'en',
  text: 'Peskov met Babis and Peskov again.',
  mentions: [
    { start: 0, end: 6, text: 'Peskov', entity: 'dmitry-peskov' },
    { start: 11, end: 16, text: 'Babis', entity: 'andrej-babis' },
    { start: 21, end: 27, text: 'Peskov', entity: 'dmitry-peskov' },
  ],
};

describe('score', () => {
  it('counts overlaps of the same entity, each gold span once', () => {
    const result = score([doc], () => [
      { start: 0, end: 6, entity: 'dmitry-peskov' },
      { start: 2, end: 5, entity: 'dmitry-peskov' },
      { start: 11, end: 16, entity: 'gru' },
    ]);
    expect(result.overall).toMatchObject({ correct: 1, predicted: 3, gold: 3, found: 1 });
    expect(result.overall.precision).toBeCloseTo(1 / 3);
    expect(result.overall.recall).toBeCloseTo(1 / 3);
    expect(result.falsePositives.map((f) => f.entity)).toEqual(['dmitry-peskov', 'gru']);
    expect(result.misses.map((m) => m.text)).toEqual(['Babis', 'Peskov']);
    expect(result.documents.entityRecall).toBeCloseTo(1 / 2);
    expect(result.documents.entityPrecision).toBeCloseTo(1 / 2);
  });

  it('counts every prediction in a document without gold as a false positive', () => {
    const result = score([{ ...doc, mentions: [] }], () => [{ start: 0, end: 6, entity: 'dmitry-peskov' }]);
    expect(result.overall.precision).toBe(0);
    expect(result.byLang.get('en')!.docs).toBe(1);
  });
});
