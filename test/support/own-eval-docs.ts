/**
 * Our own annotated texts (test/fixtures/eval): press-style sentences in the languages that
 * ../shared/eval lacks (Polish, Slovak, Slovene, Ukrainian, Bulgarian, German), annotated by the
 * rule of ../shared/eval/README.md. Each file is plain text with every mention written inline as
 * `[[surface|entity-id]]`, so that a reader checks an annotation where it stands; the loader turns
 * them into the same documents the shared eval has, with offsets into the text without markup.
 *
 * `tsx test/support/own-eval-docs.ts` checks every file and prints the counts per language.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { GoldDoc } from './score';

export const OWN_EVAL_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/eval');

const MARK = /\[\[([^[\]|]+)\|([a-z0-9-]+)\]\]/g;

/** One file's text and mentions; throws naming the file and line on markup it cannot read. */
export function parseAnnotated(id: string, lang: string, source: string, ids: ReadonlySet<string>): GoldDoc {
  const mentions: GoldDoc['mentions'] = [];
  let text = '';
  let last = 0;
  for (const m of source.matchAll(MARK)) {
    text += source.slice(last, m.index);
    const [, surface, entity] = m as unknown as [string, string, string];
    const where = `${id}:${source.slice(0, m.index).split('\n').length}`;
    if (!ids.has(entity)) throw new Error(`${where}: unknown id "${entity}"`);
    if (surface !== surface.trim()) throw new Error(`${where}: "${surface}" has spaces at its edge`);
    mentions.push({ start: text.length, end: text.length + surface.length, text: surface, entity });
    text += surface;
    last = m.index + m[0].length;
  }
  text += source.slice(last);
  const stray = /\[\[|\]\]/.exec(text);
  if (stray) throw new Error(`${id}:${text.slice(0, stray.index).split('\n').length}: unbalanced [[ ]] markup`);
  return { id, lang, text, mentions };
}

/** Every own document: files named `<lang>-<anything>.txt`. */
export function loadOwnEvalDocs(ids: ReadonlySet<string>): GoldDoc[] {
  return readdirSync(OWN_EVAL_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => parseAnnotated(f.replace(/\.txt$/, ''), f.split('-')[0]!, readFileSync(path.join(OWN_EVAL_DIR, f), 'utf8'), ids));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const { dataset } = await import('../../data');
  const ids = new Set([...dataset.entities, ...dataset.incidents].map((item) => item.id));
  const docs = loadOwnEvalDocs(ids);
  const byLang = new Map<string, { docs: number; mentions: number; entities: Set<string> }>();
  for (const doc of docs) {
    const row = byLang.get(doc.lang) ?? { docs: 0, mentions: 0, entities: new Set<string>() };
    row.docs++;
    row.mentions += doc.mentions.length;
    for (const m of doc.mentions) row.entities.add(m.entity);
    byLang.set(doc.lang, row);
  }
  for (const [lang, row] of [...byLang].sort()) console.log(`${lang}: ${row.docs} documents, ${row.mentions} mentions of ${row.entities.size} items`);
}
