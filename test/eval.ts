/**
 * `npm run eval`: mention-level precision and recall of the matcher, per language and per entity,
 * with every false positive and every miss, on two sets: the real annotated articles of
 * ../shared/eval (English, Czech, Russian) and our own annotated texts of test/fixtures/eval (Polish,
 * Slovak, Slovene, Ukrainian, Bulgarian, German). `--quiet` prints the tables only. Also the
 * sentences taken for corrected claims (issue #13): test/unit/claims.test.ts lists the few
 * documents that state one.
 */
import { dataset } from '../data';
import { buildIndex, findMentions, scanText } from '../lib/match/find-mentions';
import { loadEvalDocs } from './support/eval-docs';
import { loadOwnEvalDocs } from './support/own-eval-docs';
import { type GoldDoc, score } from './support/score';

const quiet = process.argv.includes('--quiet');
const index = buildIndex(dataset);
const ids = new Set([...dataset.entities, ...dataset.incidents].map((item) => item.id));
const pct = (x: number) => (x * 100).toFixed(1).padStart(5);
const row = (name: string, c: { gold: number; predicted: number; precision: number; recall: number }, n = '') =>
  console.log(`${name.padEnd(10)} ${String(n).padStart(4)} ${String(c.gold).padStart(5)} ${String(c.predicted).padStart(5)}     ${pct(c.precision)}   ${pct(c.recall)}`);

function report(title: string, docs: readonly GoldDoc[]): void {
  const result = score(docs, (doc) => findMentions(index, doc.text).map((m) => ({ start: m.start, end: m.end, entity: m.entityId })));
  console.log(`${title}: ${docs.length} documents (${result.overall.gold} gold mentions)\n`);
  console.log('scope      docs  gold  pred  precision  recall');
  row('overall', result.overall, String(docs.length));
  for (const [lang, c] of [...result.byLang].sort()) row(lang, c, String(c.docs));
  console.log(`\nDocument level: entity precision ${pct(result.documents.entityPrecision)}, entity recall ${pct(result.documents.entityRecall)}`);
  if (!quiet) {
    console.log('\nPer entity (gold > 0 or predicted > 0):');
    for (const [id, c] of [...result.byEntity].sort((a, b) => b[1].gold - a[1].gold || a[0].localeCompare(b[0])))
      console.log(`  ${id.padEnd(42)} gold ${String(c.gold).padStart(3)}  pred ${String(c.predicted).padStart(3)}  P ${pct(c.precision)}  R ${pct(c.recall)}`);
    console.log(`\nFalse positives (${result.falsePositives.length}):`);
    for (const m of result.falsePositives) console.log(`  ${m.doc} [${m.lang}] ${m.entity}: ${m.context}`);
    console.log(`\nMisses (${result.misses.length}):`);
    for (const m of result.misses) console.log(`  ${m.doc} [${m.lang}] ${m.entity}: ${m.context}`);
  }
  const claims = docs.flatMap((doc) => scanText(index, doc.text, { claims: true }).claims.map((c) => ({ doc: doc.id, claim: c.claimId, text: doc.text.slice(c.start, c.end) })));
  console.log(`Sentences stating a corrected claim: ${claims.length}`);
  for (const c of claims) console.log(`  ${c.doc} ${c.claim}: ${c.text}`);
  console.log('');
}

const shared = loadEvalDocs();
if (shared) report('Real articles of ../shared/eval', shared);
report('Our own annotated texts of test/fixtures/eval', loadOwnEvalDocs(ids));
if (!shared) process.exit(1);
