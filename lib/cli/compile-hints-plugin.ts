/**
 * Explicit compile hints (Chromium 136 and later): a script that begins with the comment
 * `//# allFunctionsCalledOnLoad` has all its functions compiled with it (a kit's on the thread that
 * streams it in), rather than each on the page's main thread the first time it is called. Given to
 * the scripts whose functions run as soon as they arrive: the content script (its first task loads
 * the gate's index, `backgrounder:ready`), the page kit (the first pass), the matcher kit (the
 * first piece that passes the gate) and the card kit (the first card, drawn ahead unseen). Other
 * browsers read a comment. Node only (a Vite plugin).
 */
import type { Plugin } from 'vite';

export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

export function compileHintsPlugin(files: readonly string[]): Plugin {
  return {
    name: 'backgrounder-compile-hints',
    // After minifying, which drops comments, and after WXT's own rewriting of a content script's first
    // line (it makes the IIFE anonymous, so that the script's value is main's): the hint must be the
    // script's first line.
    generateBundle: {
      order: 'post',
      handler(_, bundle) {
        for (const chunk of Object.values(bundle)) if (chunk.type === 'chunk' && files.includes(chunk.fileName)) chunk.code = `${COMPILE_HINT}\n${chunk.code}`;
      },
    },
  };
}
