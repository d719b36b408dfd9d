/** The repo's own rules about what may import what, enforced on every file (test/support/boundaries.ts). */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFile, cyclesOf, importsOf, layerOf, resolverFor } from '../support/boundaries';

const root = path.resolve(__dirname, '../..');
const FOLDERS = ['lib', 'components', 'entrypoints', 'data'];

function sourcesUnder(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return sourcesUnder(rel);
    return /\.(ts|tsx)$/.test(entry.name) ? [rel] : [];
  });
}

const files = FOLDERS.flatMap(sourcesUnder);
const resolve = resolverFor((file) => statSync(path.join(root, file), { throwIfNoEntry: false })?.isFile() === true);
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');

describe('the layout', () => {
  it('finds the files of every layer, nested folders included', () => {
    expect(files.length).toBeGreaterThan(40);
    expect(new Set(files.map(layerOf))).toEqual(new Set(['text', 'dataset', 'match', 'data', 'ext', 'page', 'cli', 'components', 'entrypoints']));
    expect(files).toContain('lib/page/card/controller.ts');
  });

  it('has no file outside the layers in lib/', () => {
    expect(files.filter((f) => f.startsWith('lib/') && !layerOf(f))).toEqual([]);
  });

  it.each(files)('%s keeps the rules', (file) => {
    expect(checkFile(file, read(file), resolve)).toEqual([]);
  });

  it('has no import cycle', () => {
    const graph = new Map(files.map((f) => [f, importsOf(read(f)).filter((s) => s.startsWith('.')).map((s) => resolve(f, s))]));
    expect(cyclesOf(graph)).toEqual([]);
  });
});

describe('the checker', () => {
  const known = new Set(['lib/page/marks.ts', 'lib/text/normalize.ts', 'lib/match/exact.ts', 'lib/ext/settings.ts', 'components/Card.tsx', 'lib/cli/scan.ts', 'test/x.ts']);
  const fake = resolverFor((f) => known.has(f));
  const rules = (file: string, source: string) => checkFile(file, source, fake).map((v) => v.rule);

  it.each([
    ['a core file importing the page runtime', 'lib/match/exact.ts', "import { x } from '../page/marks';", /match may not import page/],
    ['a lower layer importing a higher one', 'lib/text/normalize.ts', "import type { X } from '../match/exact';", /text may not import match/],
    ['a re-export across layers', 'lib/dataset/catalog.ts', "export { y } from '../ext/settings';", /dataset may not import ext/],
    ['a dynamic import of the command-line tools', 'lib/page/content.ts', "const m = await import('../cli/scan');", /page may not import cli/],
    ['a component importing the browser glue', 'components/Card.tsx', "import { s } from '../lib/ext/settings';", /components may not import ext/],
    ['a test helper imported by product code', 'lib/page/marks.ts', "import { t } from '../../test/x';", /outside the layered folders/],
    ['a Node built-in in the core', 'lib/match/exact.ts', "import { readFileSync } from 'node:fs';", /Node built-in node:fs/],
    ['a bare Node built-in in the page runtime', 'lib/page/marks.ts', "import path from 'path';", /Node built-in path/],
    ['happy-dom in the core', 'lib/match/exact.ts', "import { Window } from 'happy-dom';", /package happy-dom/],
    ['Preact in the core', 'lib/dataset/card.ts', "import { h } from 'preact';", /package preact/],
    ['WXT in the core', 'lib/text/scripts.ts', "import { browser } from 'wxt/browser';", /package wxt\/browser/],
    ['the DOM in the core', 'lib/match/exact.ts', 'const d = document.body;', /uses the DOM or the browser/],
    ['the extension API in the core', 'lib/dataset/rank.ts', 'chrome.runtime.id;', /uses the DOM or the browser/],
    ['innerHTML anywhere', 'lib/page/marks.ts', 'el.innerHTML = text;', /HTML through a sink/],
    ['document.write anywhere', 'entrypoints/popup/App.tsx', 'document.write(x);', /HTML through a sink/],
    ["the build's compiled index read by the page runtime", 'lib/page/content.ts', "import i from 'virtual:backgrounder/matcher-index';", /only an entrypoint may/],
    ['dangerouslySetInnerHTML in a component', 'components/Card.tsx', '<div dangerouslySetInnerHTML={{ __html: x }} />', /HTML through a sink/],
  ])('reports %s', (_what, file, source, rule) => {
    expect(rules(file, source).join('\n')).toMatch(rule);
  });

  it('allows what the design allows', () => {
    expect(rules('lib/page/marks.ts', "import { fold } from '../text/normalize';\nimport { s } from '../ext/settings';")).toEqual([]);
    expect(rules('lib/cli/scan.ts', "import { readFile } from 'node:fs/promises';\nimport { x } from '../page/marks';")).toEqual([]);
    expect(rules('lib/text/normalize.ts', '// a comment that says document.write and innerHTML\nconst x = 1;')).toEqual([]);
    expect(rules('entrypoints/content/index.tsx', "import index from 'virtual:backgrounder/matcher-index';")).toEqual([]);
  });

  it('finds a cycle, and only a real one', () => {
    expect(cyclesOf(new Map([['a', ['b']], ['b', ['c']], ['c', ['a']]]))).toEqual([['a', 'b', 'c', 'a']]);
    expect(cyclesOf(new Map([['a', ['b', 'c']], ['b', ['c']], ['c', []]]))).toEqual([]);
  });
});
