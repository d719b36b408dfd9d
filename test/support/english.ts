/**
 * The English catalogue as the tests' words: the components and the fake browser's i18n read
 * public/_locales/en/messages.json itself, so that a test sees the words a reader does.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type CatalogEntry, catalogMessages, createI18n, type I18n } from '../../lib/text/messages';

const LOCALES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../public/_locales');

/** A locale's messages.json, parsed. */
export function readCatalog(locale: string): Record<string, CatalogEntry> {
  return JSON.parse(readFileSync(path.join(LOCALES, locale, 'messages.json'), 'utf8')) as Record<string, CatalogEntry>;
}

/** The locales that have a catalogue. */
export function catalogLocales(): string[] {
  return readdirSync(LOCALES).sort();
}

/** The English words, with British dates (17 Apr 2021) as the tests expect them. */
export const english: I18n = createI18n(catalogMessages(readCatalog('en')), 'en-GB');
