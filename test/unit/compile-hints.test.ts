/** The build's compile hint: the kits that run as soon as they arrive begin with it, and no other script does. */
import { describe, expect, it } from 'vitest';
import { COMPILE_HINT, compileHintsPlugin } from '../../lib/cli/compile-hints-plugin';

type Bundle = Record<string, { type: 'chunk' | 'asset'; fileName: string; code?: string }>;

const generate = (files: string[], bundle: Bundle): Bundle => {
  const hook = compileHintsPlugin(files).generateBundle as unknown as (options: unknown, bundle: Bundle) => void;
  hook({}, bundle);
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
});
