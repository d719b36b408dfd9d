/**
 * `npm run scan -- [--json] FILE...`: the extension's matcher in Node, over text or HTML
 * files, for dataset authors and journalists checking an article. HTML goes through the
 * content script's text extraction; offsets are into a .txt file's content exactly, and into
 * the extracted text for HTML.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { dataset } from '../../data';
import { createCatalog } from '../dataset/catalog';
import { buildIndex, scanText } from '../match/find-mentions';
import { htmlToText } from './html';

/** One mention as the scan command reports it. */
export interface ScanMention {
  start: number;
  end: number;
  text: string;
  how: string;
  entity: { id: string; name: string; kind: string };
}

/** A sentence that states a corrected claim, as the scan command reports it. */
export interface ScanClaim {
  start: number;
  end: number;
  text: string;
  claim: { id: string; about: readonly string[] };
}

const catalog = createCatalog(dataset);
const index = buildIndex(dataset);

/** Scans one file's content; `isHtml` decides how its text is read. */
export function scanContent(content: string, isHtml: boolean): { text: string; mentions: ScanMention[]; claims: ScanClaim[] } | undefined {
  const text = isHtml ? htmlToText(content) : content;
  if (text === undefined) return undefined;
  const found = scanText(index, text, { claims: true });
  const mentions = found.mentions.map((m) => {
    const entity = catalog.entity(m.entityId);
    const kind = entity?.kind ?? 'incident';
    return { start: m.start, end: m.end, text: text.slice(m.start, m.end), how: m.how, entity: { id: m.entityId, name: catalog.nameOf(m.entityId), kind } };
  });
  const claims = found.claims.map((c) => ({ start: c.start, end: c.end, text: text.slice(c.start, c.end), claim: { id: c.claimId, about: c.about } }));
  return { text, mentions, claims };
}

function table(file: string, mentions: readonly ScanMention[], claims: readonly ScanClaim[]): string {
  const lines = [`${file}: ${mentions.length} mention(s), ${claims.length} corrected claim(s)`];
  const width = Math.min(32, Math.max(4, ...mentions.map((m) => m.text.length)));
  for (const m of mentions)
    lines.push(`  ${String(m.start).padStart(7)}  ${m.text.padEnd(width)}  ${m.entity.name} (${m.entity.kind}${m.how === 'exact' ? '' : `, ${m.how}`})`);
  for (const c of claims) lines.push(`  ${String(c.start).padStart(7)}  claim ${c.claim.id}: ${c.text.length > 90 ? `${c.text.slice(0, 89)}…` : c.text}`);
  return lines.join('\n');
}

async function main(args: string[]): Promise<number> {
  const json = args.includes('--json');
  const files = args.filter((a) => a !== '--json');
  if (files.length === 0) {
    console.error('usage: npm run scan -- [--json] FILE...   (text or HTML files)');
    return 2;
  }
  let failed = 0;
  for (const file of files) {
    let content: string;
    try {
      content = await readFile(file, 'utf8');
    } catch (error) {
      console.error(`${file}: cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
      failed++;
      continue;
    }
    const result = scanContent(content, /\.x?html?$/i.test(file));
    if (!result) {
      console.error(`${file}: skipped, its text is over the scan budget`);
      failed++;
      continue;
    }
    console.log(json ? JSON.stringify({ file, mentions: result.mentions.map(({ how: _how, ...m }) => m), claims: result.claims }) : table(file, result.mentions, result.claims));
  }
  return failed > 0 ? 1 : 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2));
}
