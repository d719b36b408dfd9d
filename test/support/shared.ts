/**
 * Where the third-party material (../shared: eval, realpages, seeds) is. A clone outside
 * this workplace lacks it, so it is found through BACKGROUNDER_SHARED (default ../shared).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The shared folder, or undefined (with the reason printed) when it is missing and not required. */
export function sharedDir(options: { required: true }): string;
export function sharedDir(options?: { required?: boolean }): string | undefined;
export function sharedDir({ required = false } = {}): string | undefined {
  const dir = path.resolve(root, process.env.BACKGROUNDER_SHARED ?? '../shared');
  if (existsSync(dir)) return dir;
  const message = `The shared folder ${dir} is missing: set BACKGROUNDER_SHARED to the folder that holds seeds/, eval/ and realpages/.`;
  if (required) throw new Error(message);
  console.warn(message);
  return undefined;
}
