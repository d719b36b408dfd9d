/**
 * The repo's layering rules as data, and a checker that reads source files against them
 * (STYLE.md, convention 8; in the spirit of Refined GitHub's build/features.test.ts). The
 * checker is separate from the test so that the test can also prove each rule bites.
 */
import { builtinModules } from 'node:module';
import path from 'node:path';

/** The parts of the design, lowest first. */
export type Layer = 'text' | 'dataset' | 'match' | 'data' | 'ext' | 'page' | 'cli' | 'components' | 'entrypoints';

/** The pure core: runs in Node and in any page, so no DOM, no `browser`, no framework. */
const CORE: readonly Layer[] = ['text', 'dataset', 'match'];

/** Which layers each layer may import (besides itself). Imports only run downwards. */
export const MAY_IMPORT: Readonly<Record<Layer, readonly Layer[]>> = {
  text: [],
  dataset: ['text'],
  match: ['text', 'dataset'],
  data: ['dataset'],
  ext: [...CORE],
  page: [...CORE, 'data', 'ext'],
  cli: [...CORE, 'data', 'page'],
  components: [...CORE],
  entrypoints: [...CORE, 'data', 'ext', 'page', 'components'],
};

/** Packages each layer may use; anything else (or anything unlisted) is a violation. */
const PACKAGES: Readonly<Record<Layer, readonly string[]>> = {
  text: [],
  dataset: ['valibot', 'fuse.js'],
  match: ['fuse.js'],
  data: [],
  ext: ['valibot', 'wxt', 'webextension-polyfill'],
  page: ['@floating-ui/dom'],
  cli: ['happy-dom', 'vite'],
  components: ['preact'],
  entrypoints: ['preact', 'wxt'],
};

/** The layer of a project file (a path relative to the project root), or undefined outside the layered folders. */
export function layerOf(file: string): Layer | undefined {
  const parts = file.split(/[\\/]/);
  if (parts[0] === 'lib') return (['text', 'dataset', 'match', 'ext', 'page', 'cli'] as const).find((l) => l === parts[1]);
  if (parts[0] === 'data') return 'data';
  if (parts[0] === 'components') return 'components';
  if (parts[0] === 'entrypoints') return 'entrypoints';
  return undefined;
}

/** Every module specifier a source file imports or re-exports, static or dynamic. */
export function importsOf(source: string): string[] {
  const code = withoutComments(source);
  const found: string[] = [];
  for (const m of code.matchAll(/\b(?:import|export)\s+(?:type\s+)?(?:[\w*{}\s,$]*?\s*from\s*)?['"]([^'"]+)['"]/g)) found.push(m[1]!);
  for (const m of code.matchAll(/\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g)) found.push(m[1]!);
  return found;
}

/** The source without comments, so that prose about `document.write` is not code. */
function withoutComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
}

/** The build's own modules (lib/cli/matcher-index-plugin.ts). */
const VIRTUAL = 'virtual:backgrounder/';
const NODE_BUILTINS = new Set(builtinModules);
const isNodeBuiltin = (spec: string) => spec.startsWith('node:') || NODE_BUILTINS.has(spec.split('/')[0]!);
/** The package a bare specifier names: `wxt/browser` → `wxt`, `@wxt-dev/x/y` → `@wxt-dev/x`. */
const packageOf = (spec: string) => spec.split('/').slice(0, spec.startsWith('@') ? 2 : 1).join('/');

const DOM_OR_BROWSER = /\b(document|window|navigator|location|browser|chrome|CSS|Highlight|HTMLElement|Range)\s*[.(]|\bnew\s+(Highlight|Range|MutationObserver)\b/;
const HTML_SINK = /\b(innerHTML|outerHTML|insertAdjacentHTML|dangerouslySetInnerHTML)\b|\bdocument\s*\.\s*write(ln)?\s*\(/;

/** One broken rule, said so that the fix is plain. */
export interface Violation {
  file: string;
  rule: string;
}

/**
 * Checks one file: the layers and packages it imports, Node built-ins, DOM and `browser` in
 * the core, HTML sinks anywhere. `resolve` maps a relative specifier to a project path.
 */
export function checkFile(file: string, source: string, resolve: (from: string, spec: string) => string): Violation[] {
  const layer = layerOf(file);
  const out: Violation[] = [];
  const say = (rule: string) => out.push({ file, rule });
  if (HTML_SINK.test(withoutComments(source))) say('writes HTML through a sink (innerHTML, outerHTML, insertAdjacentHTML, document.write, dangerouslySetInnerHTML)');
  if (!layer) return out;
  if (CORE.includes(layer) && DOM_OR_BROWSER.test(withoutComments(source))) say(`uses the DOM or the browser, which the ${layer} core must not`);
  for (const spec of importsOf(source)) {
    if (spec.startsWith('.')) {
      const target = resolve(file, spec);
      const to = layerOf(target);
      if (to === undefined) say(`imports ${target}, which is outside the layered folders`);
      else if (to !== layer && !MAY_IMPORT[layer].includes(to)) say(`imports ${target}: ${layer} may not import ${to}`);
    } else if (spec.startsWith(VIRTUAL)) {
      if (layer !== 'entrypoints') say(`imports the build's module ${spec}, which only an entrypoint may (the core and the runtimes get what it holds as an argument)`);
    } else if (isNodeBuiltin(spec)) {
      if (layer !== 'cli') say(`imports the Node built-in ${spec}, which only lib/cli may`);
    } else if (!PACKAGES[layer].includes(packageOf(spec))) {
      say(`imports the package ${spec}, which ${layer} may not use`);
    }
  }
  return out;
}

/** Import cycles among `graph`'s files (file → the project files it imports), each as a path of files. */
export function cyclesOf(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const cycles: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (file: string) => {
    state.set(file, 'open');
    stack.push(file);
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === 'open') cycles.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of graph.keys()) if (!state.has(file)) visit(file);
  return cycles;
}

/** Resolves a relative specifier from `from` (both project paths) to the file it names. */
export function resolverFor(exists: (file: string) => boolean): (from: string, spec: string) => string {
  return (from, spec) => {
    const base = path.posix.join(path.posix.dirname(from), spec.replace(/\?.*$/, ''));
    return [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`].find(exists) ?? base;
  };
}
