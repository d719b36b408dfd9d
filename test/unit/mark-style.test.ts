import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contrast } from '../../lib/page/mark-style';

const css = (file: string) => readFileSync(path.join(__dirname, '../../entrypoints/content', file), 'utf8');
/** The colour of the drawn mark's underline, from its rule. */
function underline(text: string): number[] {
  const rule = /::highlight\(backgrounder-mention\)\s*\{([^}]*)\}/.exec(text)![1]!;
  const hex = /underline dotted #([0-9a-f]{6})/.exec(rule)![1]!;
  return [0, 2, 4].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
}

describe('mark styles', () => {
  it.each([
    ['marks-light.css', [[255, 255, 255], [245, 245, 245], [255, 253, 247], [235, 235, 230]]],
    ['marks-dark.css', [[0, 0, 0], [18, 18, 18], [30, 30, 30], [51, 51, 51]]],
  ])('%s keeps the underline at 3:1 or more against the backgrounds it is chosen for', (file, backgrounds) => {
    const colour = underline(css(file));
    for (const bg of backgrounds) expect(contrast(colour, bg), `against rgb(${bg})`).toBeGreaterThanOrEqual(3);
  });

  it.each([
    ['marks-light.css', [[255, 255, 255], [245, 245, 245], [255, 253, 247], [235, 235, 230]]],
    ['marks-dark.css', [[0, 0, 0], [18, 18, 18], [30, 30, 30], [51, 51, 51]]],
  ])('%s draws a corrected claim’s sentence in a line of its own, at 3:1 or more, unlike a name’s', (file, backgrounds) => {
    const rule = /::highlight\(backgrounder-claim\)\s*\{([^}]*)\}/.exec(css(file))![1]!;
    const hex = /underline wavy #([0-9a-f]{6})/.exec(rule)![1]!;
    const colour = [0, 2, 4].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
    for (const bg of backgrounds) expect(contrast(colour, bg), `against rgb(${bg})`).toBeGreaterThanOrEqual(3);
    expect(colour).not.toEqual(underline(css(file)));
    // Quieter than a name: no tint behind the words.
    expect(rule).not.toMatch(/background/);
  });

  it('follows forced colours in both', () => {
    for (const file of ['marks-light.css', 'marks-dark.css']) expect(css(file)).toMatch(/@media \(forced-colors: active\)[\s\S]*Mark/);
  });

  it('measures contrast as WCAG does', () => {
    expect(contrast([0, 0, 0], [255, 255, 255])).toBeCloseTo(21, 5);
    expect(contrast([119, 119, 119], [255, 255, 255])).toBeCloseTo(4.48, 1);
  });
});
