/**
 * `npm run data:check`: validates the dataset files and exits non-zero with every problem
 * listed. The build runs the same check (wxt.config.ts), so bad data never ships.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { DATA_FILES, type ReferenceRow, validateDataset } from './validate';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

async function readJson(file: string): Promise<unknown> {
  const text = await readFile(path.join(root, file), 'utf8');
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new Error(`${file}: is not valid JSON: ${(error as Error).message}`);
  }
}

/** The reference list: a TSV with a header row `id kind canonical_name sheet_ref`. */
export function parseReference(tsv: string): ReferenceRow[] {
  const [header, ...rows] = tsv.trim().split('\n');
  if (header?.split('\t').slice(0, 3).join(' ') !== 'id kind canonical_name')
    throw new Error(`${DATA_FILES.reference}: the header must start with id, kind, canonical_name`);
  return rows.map((row) => {
    const [id = '', kind = '', name = ''] = row.split('\t');
    return { id, kind, name };
  });
}

/** Reads and validates the dataset files; returns the problems found. */
export async function checkDatasetFiles(): Promise<string[]> {
  try {
    const [entities, incidents, tsv] = await Promise.all([
      readJson(DATA_FILES.entities),
      readJson(DATA_FILES.incidents),
      readFile(path.join(root, DATA_FILES.reference), 'utf8'),
    ]);
    return validateDataset({ entities, incidents }, parseReference(tsv));
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
