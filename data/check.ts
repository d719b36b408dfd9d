/**
 * `npm run data:check`: validates the dataset files and exits non-zero with every problem
 * listed. The build runs the same check (wxt.config.ts), so bad data never ships.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { DATA_FILES, validateDataset } from './validate';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

async function readJson(file: string): Promise<unknown> {
  const text = await readFile(path.join(root, file), 'utf8');
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new Error(`${file}: is not valid JSON: ${(error as Error).message}`);
  }
}

/** Reads and validates the dataset files; returns the problems found. */
export async function checkDatasetFiles(): Promise<string[]> {
  try {
    const [entities, incidents] = await Promise.all([readJson(DATA_FILES.entities), readJson(DATA_FILES.incidents)]);
    return validateDataset({ entities, incidents });
  } catch (error) {
    return [(error as Error).message];
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const problems = await checkDatasetFiles();
  if (problems.length > 0) {
    console.error(`data:check: ${problems.length} problem(s) in the dataset:`);
    for (const p of problems) console.error(`  - ${p}`);
    process.exit(1);
  }
  console.log('data:check: the dataset is valid.');
}
