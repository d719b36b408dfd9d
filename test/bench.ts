/**
 * `npm run bench`: matcher speed in Node. Prints throughput on the seed articles and on the
 * text of the largest real pages of ../shared/realpages, the index build time and size, and
 * the same with a synthetic dataset 100 times larger: if the one-pass claim holds, throughput
 * barely moves while the aliases grow a hundredfold.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { dataset } from '../data';
import type { Dataset } from '../lib/dataset/schema';
import { htmlToText } from '../lib/cli/html';
import type { CompiledIndex } from '../lib/match/compiled';
import { compileIndex, findMentions, loadIndex, type MatcherIndex } from '../lib/match/find-mentions';
import { sharedDir } from './support/shared';
import { multiplied } from './support/synthetic';

const shared = sharedDir();
if (!shared) process.exit(1);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** MB/s of matching `texts`, repeated until at least `minMs` have passed, best of three rounds. */
function throughput(index: MatcherIndex, texts: readonly string[], minMs = 400): number {
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
  const rounds: number[] = [];
  for (let r = 0; r < 3; r++) {
    let done = 0;
    const start = performance.now();
    do {
      for (const t of texts) findMentions(index, t);
      done++;
    } while (performance.now() - start < minMs);
    rounds.push((bytes * done) / 1e6 / ((performance.now() - start) / 1000));
  }
  return Math.max(...rounds);
}

/** What the build pays once (compiling) and what a page load pays (parsing and loading the compiled index). */
function indexTimes(data: Dataset): { compileMs: number; loadMs: number; json: string; index: MatcherIndex; heapMB: number } {
  const compileTimes: number[] = [];
  let json = '';
  for (let i = 0; i < 3; i++) {
    const start = performance.now();
    json = JSON.stringify(compileIndex(data));
    compileTimes.push(performance.now() - start);
  }
  const loadTimes: number[] = [];
  let index = loadIndex(JSON.parse(json) as CompiledIndex);
  for (let i = 0; i < 7; i++) {
    const start = performance.now();
    index = loadIndex(JSON.parse(json) as CompiledIndex);
    loadTimes.push(performance.now() - start);
  }
  // Heap per index: keep several alive at once, so that one collection's noise does not dominate.
  globalThis.gc?.();
  const before = process.memoryUsage().heapUsed;
  const kept = Array.from({ length: 5 }, () => loadIndex(JSON.parse(json) as CompiledIndex));
  globalThis.gc?.();
  const heapMB = (process.memoryUsage().heapUsed - before) / 1e6 / kept.length;
  return { compileMs: median(compileTimes), loadMs: median(loadTimes), json, index: kept[0] ?? index, heapMB };
}

/** Raw and gzipped size of the compiled index, in kB. */
const sizeOf = (json: string) => `${(Buffer.byteLength(json) / 1000).toFixed(0)} kB, ${(gzipSync(json).length / 1000).toFixed(0)} kB gzipped`;

const seeds = ['000_635cf5e7dbc0a24e.txt', '001_260718149ea48a8f.txt', '003_e67373e22f0f8cfd.txt'].map((f) =>
  readFileSync(path.join(shared, 'seeds', f), 'utf8'),
);
const stats = JSON.parse(readFileSync(path.join(shared, 'realpages', 'readability-stats.json'), 'utf8')) as Array<[string, number, number, number]>;
const largest = [...stats].sort((a, b) => b[2] - a[2]).slice(0, 10);
const extractStart = performance.now();
const pages = largest.map(([file]) => htmlToText(readFileSync(path.join(shared, 'realpages', 'readability', path.basename(file)), 'utf8')) ?? '');
const extractMs = performance.now() - extractStart;
const pageBytes = pages.reduce((n, t) => n + Buffer.byteLength(t), 0);

const real = indexTimes(dataset);
const big = multiplied(dataset, 100);
const synthetic = indexTimes(big);
const rows: Array<[string, string]> = [];
const seedRate = throughput(real.index, seeds);
const pageRate = throughput(real.index, pages);
const bigSeedRate = throughput(synthetic.index, seeds);
const bigPageRate = throughput(synthetic.index, pages);
rows.push(
  ['dataset', `${dataset.entities.length} entities, ${dataset.incidents.length} incidents, ${real.index.aliasCount} aliases`],
  ['index compile (build)', `${real.compileMs.toFixed(1)} ms; ${sizeOf(real.json)}`],
  ['index load (page, warm)', `${real.loadMs.toFixed(1)} ms (${real.heapMB.toFixed(1)} MB heap)`],
  ['seed articles', `${seedRate.toFixed(1)} MB/s (${(seeds.reduce((n, t) => n + t.length, 0) / 1000).toFixed(1)}k characters)`],
  ['10 largest real pages', `${pageRate.toFixed(1)} MB/s (${(pageBytes / 1e6).toFixed(2)} MB of text; HTML extraction took ${extractMs.toFixed(0)} ms in happy-dom)`],
  ['100× dataset', `${big.entities.length} entities, ${synthetic.index.aliasCount} aliases`],
  ['  index compile', `${synthetic.compileMs.toFixed(1)} ms; ${sizeOf(synthetic.json)}`],
  ['  index load (warm)', `${synthetic.loadMs.toFixed(1)} ms (${synthetic.heapMB.toFixed(1)} MB heap)`],
  ['  seed articles', `${bigSeedRate.toFixed(1)} MB/s (ratio to real dataset: ${(bigSeedRate / seedRate).toFixed(2)})`],
  ['  10 largest real pages', `${bigPageRate.toFixed(1)} MB/s (ratio to real dataset: ${(bigPageRate / pageRate).toFixed(2)})`],
);
console.log('Backgrounder matcher benchmark (Node ' + process.version + ')\n');
for (const [k, v] of rows) console.log(`${k.padEnd(24)} ${v}`);
