/**
 * The interface's catalogues: every language has every message English has (each plural in every
 * form its language needs), with the same placeholders, and every key the code asks for exists.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogLocales, readCatalog } from '../support/english';

const root = path.resolve(__dirname, '../..');
const en = readCatalog('en');
/** The languages the readers read: English and the six of Central Europe. */
const WANTED = ['cs', 'de', 'en', 'pl', 'ru', 'sk', 'uk'];
const PLURAL = /_(zero|one|two|few|many|other)$/;
/** Plural messages by their base: `card_mentions` for `card_mentions_one`, `card_mentions_other`. */
const pluralBases = [...new Set(Object.keys(en).filter((k) => PLURAL.test(k)).map((k) => k.replace(PLURAL, '')))];
const placeholders = (entry: { placeholders?: Record<string, { content: string }> } | undefined) =>
  Object.entries(entry?.placeholders ?? {})
    .map(([name, p]) => `${name.toLowerCase()}=${p.content}`)
    .sort();

describe('the catalogues', () => {
  it('exist for every language the readers read', () => {
    expect(catalogLocales()).toEqual(WANTED);
  });

  describe.each(catalogLocales().filter((l) => l !== 'en'))('%s', (locale) => {
    const catalog = readCatalog(locale);
    const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;

    it('has every message English has, with the same placeholders', () => {
      const missing = Object.keys(en).filter((k) => !PLURAL.test(k) && !catalog[k]);
      expect(missing).toEqual([]);
      for (const key of Object.keys(en).filter((k) => !PLURAL.test(k))) expect(placeholders(catalog[key]), key).toEqual(placeholders(en[key]));
    });

    it('has each plural in every form the language needs', () => {
      for (const base of pluralBases)
        for (const category of categories) {
          const key = `${base}_${category}`;
          expect(catalog[key]?.message, key).toBeTruthy();
          expect(placeholders(catalog[key]), key).toEqual(placeholders(en[`${base}_other`]));
        }
    });

    it('describes the extension in at most 132 characters, as the Chrome Web Store takes it', () => {
      expect(catalog.ext_description?.message.length).toBeLessThanOrEqual(132);
    });

    it('has no message English lacks, and none empty', () => {
      const known = new Set([...Object.keys(en), ...pluralBases.flatMap((b) => ['zero', 'one', 'two', 'few', 'many', 'other'].map((c) => `${b}_${c}`))]);
      expect(Object.keys(catalog).filter((k) => !known.has(k))).toEqual([]);
      expect(Object.entries(catalog).filter(([, e]) => !e.message.trim()).map(([k]) => k)).toEqual([]);
    });
  });

  it('holds every key the code asks for by name', () => {
    const files = (dir: string): string[] =>
      readdirSync(dir).flatMap((name) => {
        const full = path.join(dir, name);
        return statSync(full).isDirectory() ? files(full) : /\.tsx?$/.test(name) ? [full] : [];
      });
    const asked = new Set<string>();
    for (const file of ['components', 'entrypoints', 'lib'].flatMap((d) => files(path.join(root, d))))
      for (const m of readFileSync(file, 'utf8').matchAll(/\b(?:t|plural)\(\s*'([A-Za-z0-9_]+)'/g)) asked.add(m[1]!);
    expect(asked.size).toBeGreaterThan(50);
    const missing = [...asked].filter((key) => !en[key] && !en[`${key}_other`]);
    expect(missing).toEqual([]);
  });
});
