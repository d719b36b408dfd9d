/**
 * When the content script began to run: this module is the entrypoint's first import
 * (entrypoints/content), so it is evaluated before the polyfill, the gate's index and WXT's own
 * setup. `backgrounder:ready` starts here, not where WXT calls our main: in a tab just opened the
 * polyfill's first touch of the extension's API and WXT's context took 3–38 ms before that call.
 */
export const SCRIPT_START = performance.now();
