import { describe, expect, it } from 'vitest';
import { tokens } from '../../lib/text/tokens';
import { FOLDS_TO_NOTHING, fold, foldUnit, normalize, normalizeByCodePoint, toOriginal } from '../../lib/text/normalize';

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

describe('normalize, the native way and the long way', () => {
  it('folds every unit of the 16-bit range as normalize folds it alone', () => {
    const wrong: string[] = [];
    for (let code = 0; code < 0x10000; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const alone = normalizeByCodePoint(String.fromCharCode(code)).text;
      const unit = foldUnit(code);
      const expected = alone.length === 0 ? FOLDS_TO_NOTHING : alone.charCodeAt(0);
      if (unit !== expected) wrong.push(code.toString(16));
    }
    expect(wrong).toEqual([]);
  });

  it.each([
    'Jan Hamáček, Zdeněk Hřib and `quoted` PM Babiš’s – “government”',
    'Дмитрий Песков, ЁЛКА, Йошкар-Ола, Київ, Ґанок',
    'Zaorálek, Štíchová, Kulhánek; Łódź, Gdańsk; Straße, Größe',
    'ΣΊΣΥΦΟΣ: final sigma',
    'İstanbul and DİYARBAKIR',
    'Hama\u0301c\u030cek with marks, soft\u00adhyphen, zero\u200bwidth',
    '\u00ad\u00adPes\u00adkov\u00ad, Bun\u00ADdes\u00ADrepu\u00ADblik, e\u0301\u0301\u200d',
    'emoji 🇨🇿 then Peskov',
    '한국어 ǅ ﬁ Ⅻ ß',
  ])('gives the same text and offsets for %j', (input) => {
    const fast = normalize(input);
    const slow = normalizeByCodePoint(input);
    expect(fast.text).toBe(slow.text);
    expect([...fast.starts]).toEqual([...slow.starts]);
    expect([...fast.ends]).toEqual([...slow.ends]);
  });
});

describe('tokens', () => {
  it.each([
    'jan hamacek, zdenek hrib and peskov\'s 29155 unit',
    'дмитрии песков: «кремль» 2021',
    'emoji 🇨🇿 then 𝐀𝐁c and a lone \ud800 half, \udc00 too',
    'hama\u0301c\u030cek with marks, 한국어 and ǅ',
    '',
    '   ',
  ])('reads the words of %j as the Unicode letter and digit classes do', (text) => {
    const expected = [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => ({ start: m.index, end: m.index + m[0].length, word: m[0] }));
    expect(tokens(text)).toEqual(expected);
  });
});
