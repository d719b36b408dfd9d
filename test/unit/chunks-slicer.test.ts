import { describe, expect, it } from 'vitest';
import { chunksOf } from '../../lib/page/scan';
import { createSlicer } from '../../lib/page/slicer';

describe('chunksOf', () => {
  const pieces = (text: string, size: number) => [...chunksOf(text, size)].map(({ start, end }) => text.slice(start, end));

  it('covers the text exactly, in order', () => {
    const text = Array.from({ length: 50 }, (_, i) => `Block ${i} with Dmitry Peskov`).join('\n\n');
    expect(pieces(text, 100).join('')).toBe(text);
  });

  it('cuts at a block break where one falls inside the piece', () => {
    expect(pieces('aaaa bbbb\n\ncccc dddd', 15)).toEqual(['aaaa bbbb', '\n\ncccc dddd']);
  });

  it('cuts a long block between sentences where it can, so that a name is never cut', () => {
    expect(pieces('He met Dmitry Peskov. Then Jan Hamáček spoke', 30)).toEqual(['He met Dmitry Peskov.', ' Then Jan Hamáček spoke']);
  });

  it('cuts a long block at a space, never inside a word', () => {
    expect(pieces('Dmitry Peskov said Hamáček', 16)).toEqual(['Dmitry Peskov', ' said Hamáček']);
  });

  it('cuts a single enormous word where it must', () => {
    expect(pieces('x'.repeat(25), 10)).toEqual(['x'.repeat(10), 'x'.repeat(10), 'x'.repeat(5)]);
  });
});

describe('createSlicer', () => {
  it('says when a slice is used up, and keeps the busy time and the longest slice', async () => {
    let t = 0;
    const slicer = createSlicer(8, () => t);
    t = 5;
    expect(slicer.shouldYield()).toBe(false);
    t = 9;
    expect(slicer.shouldYield()).toBe(true);
    await slicer.yield();
    t = 12;
    slicer.finish();
    expect(slicer.busyMs).toBe(12);
    expect(slicer.longestSliceMs).toBe(9);
  });
});
