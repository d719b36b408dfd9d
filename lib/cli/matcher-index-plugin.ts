/**
 * The build's matcher index: a Vite plugin that compiles the dataset's index once, at build time,
 * into virtual modules: `virtual:backgrounder/matcher-index` (the whole compiled index, for the
 * look-up page) and `virtual:backgrounder/matcher-rest` (the rest, the matcher kit's) as JSON
 * strings; `virtual:backgrounder/matcher-gate` (the gate's part, which the content script loads
 * inside its `backgrounder:ready` measure) as the object itself, a literal of a few long strings,
 * so that nothing parses it on the page; and the items' summaries into
 * `virtual:backgrounder/page-items`. Node only.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

export const MATCHER_INDEX_MODULE = 'virtual:backgrounder/matcher-index';
export const MATCHER_GATE_MODULE = 'virtual:backgrounder/matcher-gate';
export const MATCHER_REST_MODULE = 'virtual:backgrounder/matcher-rest';
/** Every item's id, kind, name and outlet domains (ItemSummary[]) as JSON: what a page needs without the dataset's texts. */
export const PAGE_ITEMS_MODULE = 'virtual:backgrounder/page-items';
const MODULES = [MATCHER_INDEX_MODULE, MATCHER_GATE_MODULE, MATCHER_REST_MODULE, PAGE_ITEMS_MODULE];
const DATA = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../data');

export function matcherIndexPlugin(): Plugin {
  /**
   * Each module's value as JavaScript, made once per build: the two loads run at the same time, and
   * two concurrent first imports of the dataset through the config's loader can see it half initialised.
   */
  let made: Promise<Record<string, string>> | undefined;
  const make = async (): Promise<Record<string, string>> => {
    const { dataset } = await import('../../data');
    const { summariesOf } = await import('../dataset/catalog');
    const { compileIndex } = await import('../match/find-mentions');
    const { gateOf, restOf } = await import('../match/compiled');
    const compiled = compileIndex(dataset);
    /** A JSON string, which its reader parses. */
    const asJson = (value: unknown) => JSON.stringify(JSON.stringify(value));
    /** The value itself: JSON is a JavaScript literal, which the page need not parse. */
    const asLiteral = (value: unknown) => JSON.stringify(value);
    return {
      [MATCHER_INDEX_MODULE]: asJson(compiled),
      [MATCHER_GATE_MODULE]: asLiteral(gateOf(compiled)),
      [MATCHER_REST_MODULE]: asJson(restOf(compiled)),
      [PAGE_ITEMS_MODULE]: asJson(summariesOf(dataset)),
    };
  };
  return {
    name: 'backgrounder-matcher-index',
    buildStart: () => void (made = undefined),
    resolveId: (source) => (MODULES.includes(source) ? `\0${source}` : undefined),
    async load(id) {
      const name = id.slice(1);
      if (!id.startsWith('\0') || !MODULES.includes(name)) return undefined;
      // The dataset's files, so that `wxt` (dev) recompiles the index when they change.
      for (const file of ['entities.json', 'incidents.json']) this.addWatchFile(path.join(DATA, file));
      return `export default ${(await (made ??= make()))[name]!};`;
    },
  };
}
