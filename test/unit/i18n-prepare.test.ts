/** The interface's words: what loading them ahead, step by step, asks and leaves as it was. */
import { describe, expect, it } from 'vitest';
import { catalogMessages, createI18n } from '../../lib/text/messages';

describe('createI18n', () => {
  const catalog = catalogMessages({
    names_one: { message: '$COUNT$ name', placeholders: { count: { content: '$1' } } },
    names_other: { message: '$COUNT$ names', placeholders: { count: { content: '$1' } } },
  });

  it('prepares in steps that ask the catalogue first and change nothing it says', () => {
    const asked: string[] = [];
    const words = createI18n((key, subs) => (asked.push(key), catalog(key, subs)), 'cs');
    expect(words.preparing.length).toBeGreaterThanOrEqual(2);
    words.preparing[0]!();
    // A message every catalogue has: the browser hands over the extension's messages on the first ask.
    expect(asked).toEqual(['@@ui_locale']);
    for (const step of words.preparing.slice(1)) step();
    expect(words.plural('names', 1)).toBe('1 name');
    expect(words.plural('names', 1234)).toBe('1\u00a0234 names');
  });
});
