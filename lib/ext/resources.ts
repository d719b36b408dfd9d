/** The extension's own files, by address. */
import { browser } from 'wxt/browser';

/** The address of one of the extension's own files (`/card-kit.js`). */
export function extensionUrl(path: string): string {
  // WXT's overloads of getURL take only the public paths it lists for the project; callers name ours themselves.
  return (browser.runtime as unknown as { getURL(path: string): string }).getURL(path);
}
