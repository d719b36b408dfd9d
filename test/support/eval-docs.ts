/** Loads the annotated documents of ../shared/eval (through BACKGROUNDER_SHARED). */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { GoldDoc } from './score';
import { sharedDir } from './shared';

/** Every document of the eval folder, or undefined (said plainly) when the shared folder is missing. */
export function loadEvalDocs(): GoldDoc[] | undefined {
  const dir = sharedDir();
  if (!dir) return undefined;
  const evalDir = path.join(dir, 'eval');
  return readdirSync(evalDir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(path.join(evalDir, f), 'utf8')) as GoldDoc);
}
