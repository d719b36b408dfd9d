import { describe, expect, it } from 'vitest';
import { fold, normalize, toOriginal } from '../../lib/text/normalize';

describe('fold', () => {
  it.each([
    ['Jan Hamáček', 'jan hamacek'],
    ['HAMÁČEK', 'hamacek'],
    ['Zdeněk Hřib', 'zdenek hrib'],
    ['Peskov’s', "peskov's"],
    ['Czech–Russian', 'czech-russian'],
    ['Vrbětice\u00a0area', 'vrbetice area'],
    ['Дмитрий Песков', 'дмитрии песков'],
    ['ЁЛКА', 'елка'],
    ['Hama\u0301c\u030cek', 'hamacek'],
    ['soft\u00adhyphen', 'softhyphen'],
  ])('%s → %s', (input, expected) => {
    expect(fold(input)).toBe(expected);
  });
});

describe('normalize offsets', () => {
  it.each([
    ['Minister Hamáček said', 'hamacek'],
    ['Minister Hama\u0301c\u030cek said', 'hamacek'],
    ['PM Babiš’s government', 'babis'],
    ['Kremlin: Песков', 'песков'],
    ['emoji 🇨🇿 then Peskov', 'peskov'],
    ['한국어 İstanbul then Peskov', 'peskov'],
  ])('maps %j back to the original word', (input, word) => {
    const n = normalize(input);
    const at = n.text.indexOf(word);
    const span = toOriginal(n, at, at + word.length);
    expect(fold(input.slice(span.start, span.end))).toBe(word);
  });
});

describe('normalize length', () => {
  it('never makes the text longer than the original', () => {
    const input = '한국어 İİİ ǅ ﬁ Ⅻ ß Hamáček';
    expect(normalize(input).text.length).toBeLessThanOrEqual(input.length);
  });
});
