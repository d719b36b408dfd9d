import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../lib/cli/html';

const run = promisify(execFile);
const root = path.resolve(__dirname, '../..');
const scan = (...args: string[]) => run(path.join(root, 'node_modules/.bin/tsx'), [path.join(root, 'lib/cli/scan.ts'), ...args], { cwd: root });

describe('htmlToText', () => {
  it('reads HTML as the content script does: prose only, blocks apart, no script run', () => {
    const text = htmlToText('<html><body><p>Dmitry</p><p>Peskov <b>said</b></p><script>document.title="x"; Peskov</script><textarea>Babiš</textarea></body></html>')!;
    expect(text).toBe('Dmitry\n\nPeskov said');
  });

  it('reads a saved page with relative preloads without fetching anything or failing', async () => {
    const html = '<html><head><link rel="preload" as="fetch" href="/page-data/x.json"><link rel="stylesheet" href="s.css"></head><body><p>Peskov</p></body></html>';
    expect(htmlToText(html)).toBe('Peskov');
    // A failed preload would surface as an unhandled rejection after a tick.
    await new Promise((resolve) => setTimeout(resolve, 50));
  });
});

describe('npm run scan', () => {
  it('prints one JSON line per file, offsets exact into a .txt file', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'scan-'));
    const a = path.join(dir, 'a.txt');
    const b = path.join(dir, 'b.html');
    const text = 'Kremlin spokesman Dmitry Peskov said Hamáčkem was wrong.';
    await writeFile(a, text);
    await writeFile(b, '<p>The <em>MH17</em> trial</p>');
    const { stdout } = await scan('--json', a, b);
    const lines = stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.file)).toEqual([a, b]);
    for (const m of lines[0].mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(lines[0].mentions.map((m: { entity: { id: string } }) => m.entity.id)).toEqual(['dmitry-peskov', 'jan-hamacek']);
    expect(lines[1].mentions[0]).toMatchObject({ text: 'MH17', entity: { id: 'mh17-2014', kind: 'incident' } });
  }, 30_000);

  it('prints a readable table, and says which file it cannot read', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'scan-'));
    const a = path.join(dir, 'a.txt');
    await writeFile(a, 'Navalny and Putin');
    const result = await scan(a, path.join(dir, 'missing.txt')).catch((e: { stdout: string; stderr: string; code: number }) => e);
    expect(result.stdout).toMatch(/a\.txt: 2 mention\(s\), 0 corrected claim\(s\)\n.*Navalny.*Alexey Navalny \(person\)\n.*Putin.*Vladimir Putin \(person\)/);
    expect(result.stderr).toMatch(/missing\.txt: cannot be read \(ENOENT\)/);
    expect((result as { code?: number }).code).toBe(1);
  }, 30_000);
});
