import { describe, expect, it } from 'vitest';
import { blockCut, chunksOf, nextWindow } from '../../lib/page/scan';
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

  it('starts small and doubles each piece up to its size', () => {
    const text = Array.from({ length: 40 }, (_, i) => `Block ${String(i).padStart(2, '0')} names Dmitry Peskov`).join('\n\n');
    const lengths = [...chunksOf(text, 400, 50)].map(({ start, end }) => end - start);
    // Blocks of 28 characters and a break of 2: a piece ends at the last break inside its window.
    expect(lengths.slice(0, 5)).toEqual([28, 90, 180, 390, 390]);
    expect([...chunksOf(text, 400, 50)].map(({ start, end }) => text.slice(start, end)).join('')).toBe(text);
  });

  it('ends a small first piece at the next block break rather than between sentences', () => {
    const text = `${'He met Dmitry Peskov. '.repeat(5)}\n\nThen Jan Hamáček spoke.`;
    expect([...chunksOf(text, 200, 30)].map(({ start, end }) => text.slice(start, end))[0]).toBe(text.slice(0, text.indexOf('\n\n')));
  });

  it('cuts a single enormous word where it must', () => {
    expect(pieces('x'.repeat(25), 10)).toEqual(['x'.repeat(10), 'x'.repeat(10), 'x'.repeat(5)]);
  });
});

describe('blockCut', () => {
  const text = 'aaaa bbbb\n\ncccc. dddd eeee\n\nffff';
  it('ends a piece at the last block break inside its window, else at the next one, never between sentences', () => {
    expect(blockCut(text, 0, text.length, 12)).toBe(9);
    expect(blockCut(text, 9, text.length, 5)).toBe(text.lastIndexOf('\n\n'));
    expect(blockCut(text, 0, 20, 12)).toBe(9);
  });
  it('takes the rest where the window reaches the end or no break follows', () => {
    expect(blockCut(text, 0, text.length, 100)).toBe(text.length);
    expect(blockCut(text, 11, 20, 3)).toBe(20);
  });
});

describe('nextWindow', () => {
  it('doubles the window while the matcher is quick, up to the largest', () => {
    expect(nextWindow(250, 250, 0.1)).toBe(500);
    expect(nextWindow(1500, 1500, 0.1)).toBe(2000);
    // A clock too coarse to see the call at all.
    expect(nextWindow(250, 250, 0)).toBe(500);
  });

  it('shrinks it to what the last call matched in 2 ms when the matcher is slow (a tab just opened), never below a block or two', () => {
    expect(nextWindow(500, 500, 10)).toBe(100);
    expect(nextWindow(1000, 1000, 5)).toBe(400);
    expect(nextWindow(250, 250, 1000)).toBe(100);
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
