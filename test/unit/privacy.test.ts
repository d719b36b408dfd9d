/** PRIVACY.md and the welcome page's privacy statement say the same thing, word for word. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PRIVACY_POINTS as KEYS } from '../../components/PrivacyStatement';
import { english } from '../support/english';

/** The statement's sentences in English, from the catalogue. */
const PRIVACY_POINTS = KEYS.map((key) => english.t(key));

const privacy = readFileSync(path.resolve(__dirname, '../../PRIVACY.md'), 'utf8');

/** The bullets of the first list in a Markdown text, one line each. */
function firstList(markdown: string): string[] {
  const lines = markdown.split('\n');
  const start = lines.findIndex((line) => line.startsWith('- '));
  const end = lines.findIndex((line, i) => i > start && !line.startsWith('- '));
  return lines.slice(start, end < 0 ? undefined : end).map((line) => line.slice(2));
}

describe('the privacy statement', () => {
  it.each(PRIVACY_POINTS)('PRIVACY.md says, verbatim: %s', (point) => {
    expect(privacy).toContain(point);
  });

  it('is the first list of PRIVACY.md, point for point and in order', () => {
    expect(firstList(privacy)).toEqual([...PRIVACY_POINTS]);
  });
});
