import { dataset } from '../data';
import { buildIndex, findMentions } from '../lib/match/find-mentions';
import { loadOwnEvalDocs } from './support/own-eval-docs';
import { score } from './support/score';
const ids = new Set([...dataset.entities, ...dataset.incidents].map((i) => i.id));
const index = buildIndex(dataset);
const r = score(loadOwnEvalDocs(ids), (doc) => findMentions(index, doc.text).map((m) => ({ start: m.start, end: m.end, entity: m.entityId })));
const by = new Map<string, string[]>();
for (const m of r.misses) { const k = m.entity; by.set(k, [...(by.get(k) ?? []), `${m.lang}:${m.text}`]); }
for (const [k, v] of [...by].sort((a, b) => b[1].length - a[1].length)) console.log(k.padEnd(34), v.join(' | '));
console.log('\nFP:'); for (const m of r.falsePositives) console.log(' ', m.doc, m.entity, m.context);
