/** The interface's words: what loading them ahead, step by step, asks and leaves as it was. */
import { describe, expect, it } from 'vitest';
import { catalogMessages, createI18n } from '../../lib/text/messages';

describe('createI18n', () => {
  const catalog = catalogMessages({
    names_one: { message: '$COUNT$ name', placeholders: { count: { content: '$1' } } },
    names_other: { message: '$COUNT$ names', placeholders: { count: { content: '$1' } } },
  });

  it('prepares in steps that wait for the formats, then ask the catalogue, and change nothing it says', async () => {
    const asked: string[] = [];
    const words = createI18n((key, subs) => (asked.push(key), catalog(key, subs)), 'cs', async (locale) => void asked.push(`formats ${locale}`));
    expect(words.preparing.length).toBeGreaterThanOrEqual(3);
    await words.preparing[0]!();
    expect(asked).toEqual(['formats cs']);
    words.preparing[1]!();
    // A message every catalogue has: the browser hands over the extension's messages on the first ask.
    expect(asked).toEqual(['formats cs', '@@ui_locale']);
    for (const step of words.preparing.slice(2)) step();
    expect(words.plural('names', 1)).toBe('1 name');
    expect(words.plural('names', 1234)).toBe('1\u00a0234 names');
  });
});
