/**
 * The build's matcher index: a Vite plugin that compiles the dataset's index once, at build time,
 * into the virtual module `virtual:backgrounder/matcher-index` (the compiled index as one JSON
 * string, which the content script parses inside its `backgrounder:ready` measure). Node only.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

export const MATCHER_INDEX_MODULE = 'virtual:backgrounder/matcher-index';
const RESOLVED = `\0${MATCHER_INDEX_MODULE}`;
const DATA = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../data');

export function matcherIndexPlugin(): Plugin {
  return {
    name: 'backgrounder-matcher-index',
    resolveId: (source) => (source === MATCHER_INDEX_MODULE ? RESOLVED : undefined),
    async load(id) {
      if (id !== RESOLVED) return undefined;
      // The dataset's files, so that `wxt` (dev) recompiles the index when they change.
      for (const file of ['entities.json', 'incidents.json']) this.addWatchFile(path.join(DATA, file));
      const { dataset } = await import('../../data');
      const { compileIndex } = await import('../match/find-mentions');
      return `export default ${JSON.stringify(JSON.stringify(compileIndex(dataset)))};`;
    },
  };
}
