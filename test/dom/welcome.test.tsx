import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PRIVACY_POINTS } from '../../components/PrivacyStatement';
import { Welcome } from '../../components/Welcome';
import { setI18n } from '../../components/i18n';
import { about, dataset } from '../../data';
import { catalogMessages, createI18n } from '../../lib/text/messages';
import { english, readCatalog } from '../support/english';
import type { About } from '../../lib/dataset/schema';

afterEach(() => {
  cleanup();
  setI18n(english);
});

const ABOUT: About = { scope: 'Czech–Russian relations', period: { from: '2014', to: '2022' }, asOf: '2026-12-01' };

/** The welcome page as a reader whose browser's interface is in `language` sees it (the words stay the English catalogue's). */
function show(language: string, props: { about?: About; entities?: number; onOpenOptions?: () => void } = {}) {
  setI18n(createI18n(catalogMessages(readCatalog('en')), language));
  render(<Welcome entities={props.entities ?? 75} incidents={25} about={props.about ?? ABOUT} onOpenOptions={props.onOpenOptions ?? (() => undefined)} />);
  return screen.getByTestId('welcome-scope').textContent!.replace(/\s+/g, ' ');
}

describe('Welcome', () => {
  it('gives the counts, the scope and period, and the date in British English', () => {
    expect(show('en-GB')).toBe('75 people, organisations, places and documents, 25 incidents · Czech–Russian relations 2014–2022 · facts as of 1 December 2026');
  });

  it('writes the date and numbers in the browser’s language', () => {
    expect(show('cs', { entities: 1234 })).toMatch(/^1\s234 people, .* · facts as of 1\. prosince 2026$/);
    expect(screen.getByText('1. prosince 2026').getAttribute('lang')).toBe('cs');
  });

  it('writes a date known to the month only as a month, and survives a malformed language tag', () => {
    expect(show('en_GB!', { about: { ...ABOUT, asOf: '2026-12' } })).toMatch(/facts as of December 2026$/);
  });

  it('shows the bundled dataset as it is', () => {
    render(<Welcome entities={dataset.entities.length} incidents={dataset.incidents.length} about={about} onOpenOptions={() => undefined} />);
    expect(screen.getByTestId('welcome-scope').textContent).toContain(`${dataset.entities.length} people`);
  });

  it('tells the keyboard shortcut and that it can be changed', () => {
    show('en-GB');
    const shortcut = screen.getByTestId('welcome-shortcut');
    expect([...shortcut.querySelectorAll('kbd')].map((k) => k.textContent)).toEqual(['Alt', 'Shift', 'B']);
    expect(shortcut.textContent).toMatch(/shortcut settings can change the keys/);
  });

  it('shows every point of the privacy statement', () => {
    show('en-GB');
    expect(screen.getAllByTestId('privacy-point').map((li) => li.textContent)).toEqual(PRIVACY_POINTS.map((key) => english.t(key)));
  });

  it('opens the options from its button', () => {
    const onOpenOptions = vi.fn();
    show('en-GB', { onOpenOptions });
    expect(screen.getByTestId('welcome')).toBeTruthy();
    fireEvent.click(screen.getByTestId('welcome-options'));
    expect(onOpenOptions).toHaveBeenCalledOnce();
  });
});
