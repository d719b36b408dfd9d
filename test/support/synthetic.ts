/** Synthetic datasets for the benchmarks: the real one grown `factor` times with invented people. */
import type { Dataset, Entity } from '../../lib/dataset/schema';

/** The dataset plus `factor - 1` invented people per entity, with names no text contains. */
export function multiplied(data: Dataset, factor: number): Dataset {
  const syllables = ['ka', 'lo', 'mi', 'ret', 'vas', 'no', 'zu', 'pel', 'dri', 'gor', 'sha', 'tov', 'len', 'bek', 'yar'];
  let n = 0;
  const name = () => {
    let s = '';
    let k = ++n;
    do {
      s += syllables[k % syllables.length];
      k = Math.floor(k / syllables.length);
    } while (k > 0);
    return `Qx${s}`;
  };
  const extra: Entity[] = [];
  for (const entity of data.entities) {
    for (let i = 0; i < factor - 1; i++) {
      const first = name();
      const last = name();
      extra.push({ ...entity, id: `${entity.id}-synthetic-${i}`, name: `${first} ${last}`, incidents: [], aliases: { en: [last, `${first} ${last}`], ru: [`${last}ов`] } });
    }
  }
  return { entities: [...data.entities, ...extra], incidents: data.incidents };
}
