/** The build's compile hint: the scripts that run as soon as they arrive begin with it, and no other script does. */
import { describe, expect, it } from 'vitest';
import { COMPILE_HINT, compileHintsPlugin } from '../../lib/cli/compile-hints-plugin';

type Bundle = Record<string, { type: 'chunk' | 'asset'; fileName: string; code?: string }>;

type Hook = { order: string; handler: (options: unknown, bundle: Bundle) => void };
const hookOf = (files: string[]) => compileHintsPlugin(files).generateBundle as unknown as Hook;
const generate = (files: string[], bundle: Bundle): Bundle => {
  hookOf(files).handler({}, bundle);
  return bundle;
};

describe('compileHintsPlugin', () => {
  it('puts the hint on the first line of the named scripts only, before any code', () => {
    const bundle = generate(['page-kit.js'], {
      'page-kit.js': { type: 'chunk', fileName: 'page-kit.js', code: 'var pageKit=(function(){})();' },
      'card-kit.js': { type: 'chunk', fileName: 'card-kit.js', code: 'var cardKit=(function(){})();' },
      'page.css': { type: 'asset', fileName: 'page.css' },
    });
    expect(bundle['page-kit.js']!.code).toBe(`${COMPILE_HINT}\nvar pageKit=(function(){})();`);
    expect(COMPILE_HINT).toBe('//# allFunctionsCalledOnLoad');
    expect(bundle['card-kit.js']!.code).toBe('var cardKit=(function(){})();');
    expect(bundle['page.css']!.code).toBeUndefined();
  });

  it('writes the hint after every other plugin, so that WXT still finds a content script IIFE at its start', () => {
    // WXT strips `var content=` from the first line of a content script: a hint put first before it ran
    // left the script's value a variable of the page's isolated world.
    expect(hookOf(['content-scripts/content.js']).order).toBe('post');
    const bundle = generate(['content-scripts/content.js'], {
      'content-scripts/content.js': { type: 'chunk', fileName: 'content-scripts/content.js', code: '(function(){})();' },
    });
    expect(bundle['content-scripts/content.js']!.code).toBe(`${COMPILE_HINT}\n(function(){})();`);
  });
});
