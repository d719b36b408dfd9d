/** The repo's own rules about what may import what (STYLE.md, convention 1). */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../..');
const importsOf = (file: string) =>
  [...readFileSync(file, 'utf8').matchAll(/^\s*import\s[^'"]*['"]([^'"]+)['"]/gm)].map((m) => m[1]!);

describe('lib/ core', () => {
  const files = readdirSync(path.join(root, 'lib')).filter((f) => f.endsWith('.ts'));

  it.each(files)('%s imports no DOM, browser, WXT or Preact code', (file) => {
    const imports = importsOf(path.join(root, 'lib', file));
    expect(imports.filter((i) => /^(wxt|#imports|preact|webextension-polyfill)|\/(page|ext)\//.test(i))).toEqual([]);
    expect(readFileSync(path.join(root, 'lib', file), 'utf8')).not.toMatch(/\b(document|window|browser|chrome)\./);
  });
});

describe('content script', () => {
  it('never writes HTML from data or page text', () => {
    const dirs = ['lib', 'lib/page', 'lib/ext', 'components', 'entrypoints/content'];
    for (const dir of dirs)
      for (const file of readdirSync(path.join(root, dir)).filter((f) => /\.tsx?$/.test(f)))
        expect(readFileSync(path.join(root, dir, file), 'utf8'), `${dir}/${file}`).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|dangerouslySetInnerHTML/);
  });
});
