/** The popup's and options page's components, with the real dataset, ranking and search behind them. */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AddSite } from '../../components/AddSite';
import { ClaimList } from '../../components/ClaimList';
import { DatasetScope } from '../../components/DatasetScope';
import { FoundList } from '../../components/FoundList';
import { IncidentList } from '../../components/IncidentList';
import { SearchBox } from '../../components/SearchBox';
import { SETTING_NAMES, SettingsNotice } from '../../components/SettingsNotice';
import { SettingsFile } from '../../components/SettingsFile';
import { SiteBar } from '../../components/SiteBar';
import { SiteList } from '../../components/SiteList';
import { about, dataset } from '../../data';
import { createCatalog, findingsOf, foundEntities } from '../../lib/dataset/catalog';
import { connectingIncidents } from '../../lib/dataset/rank';
import { createSearch } from '../../lib/dataset/search';
import { DEFAULT_SETTINGS, parseSettingsFile } from '../../lib/ext/settings';
import { setI18n } from '../../components/i18n';
import { catalogMessages, createI18n } from '../../lib/text/messages';
import { english, readCatalog } from '../support/english';

afterEach(cleanup);

const catalog = createCatalog(dataset);
const search = createSearch(catalog);

/** The search box as the popup wires it, with the real search over the dataset. */
function SearchHarness({ query, onOpen }: { query: string; onOpen: (id: string) => void }) {
  return <SearchBox query={query} onQuery={() => undefined} hits={search.search(query, 8)} describe={(id) => ({ name: catalog.nameOf(id), kind: 'x' })} onOpen={onOpen} />;
}

describe('SearchBox', () => {
  it.each([
    ['Vrbetice', 'vrbetice'],
    ['Navalnyy', 'alexey-navalny'],
    ['Пескова', 'dmitry-peskov'],
    ['hamacek', 'jan-hamacek'],
  ])('finds %s, spelt as readers type it', (query, id) => {
    const onOpen = vi.fn();
    render(<SearchHarness query={query} onOpen={onOpen} />);
    const first = screen.getAllByTestId('search-result')[0]!;
    expect(first.dataset.id).toBe(id);
    fireEvent.click(first);
    expect(onOpen).toHaveBeenCalledWith(id);
  });

  it('says so when nothing comes close, and shows no list for an empty box', () => {
    render(<SearchHarness query="Xylophone Quartet" onOpen={() => undefined} />);
    expect(screen.getByTestId('search-results').textContent).toMatch(/Nothing in the dataset comes close/);
    cleanup();
    render(<SearchHarness query="  " onOpen={() => undefined} />);
    expect(screen.queryByTestId('search-results')).toBeNull();
  });
});

describe('the popup’s first screen', () => {
  const findings = findingsOf(catalog, [
    { id: 'jan-hamacek', count: 5 },
    { id: 'gru', count: 3 },
    { id: 'vrbetice', count: 2 },
    { id: 'andrej-babis', count: 2 },
    { id: 'dmitry-peskov', count: 1 },
    { id: 'european-union', count: 4 },
  ]);

  it('shows three connecting incidents with date, summary and the page’s names, and the rest behind "Show all"', () => {
    const incidents = connectingIncidents(catalog, findings);
    expect(incidents.length).toBeGreaterThan(3);
    render(<IncidentList incidents={incidents} nameOf={catalog.nameOf} limit={3} />);
    const items = screen.getAllByTestId('incident-item');
    expect(items).toHaveLength(3);
    expect(items[0]!.querySelector('time')!.textContent).toMatch(/\d{4}/);
    expect(items[0]!.querySelector('.summary')!.textContent!.length).toBeGreaterThan(20);
    expect(items[0]!.querySelector('.involved')!.textContent).toContain('Jan Hamáček');
    fireEvent.click(screen.getByTestId('incidents-all'));
    expect(screen.getAllByTestId('incident-item')).toHaveLength(incidents.length);
    expect(screen.queryByTestId('incidents-all')).toBeNull();
  });

  it('groups the names by kind, people first, most named first within a kind', () => {
    render(<FoundList found={foundEntities(catalog, findings)} onOpen={() => undefined} />);
    const kinds = screen.getAllByTestId('entity-item').map((el) => el.dataset.kind);
    expect(kinds).toEqual([...kinds].sort((a, b) => ['person', 'organisation', 'place', 'document'].indexOf(a!) - ['person', 'organisation', 'place', 'document'].indexOf(b!)));
    const people = screen.getAllByTestId('entity-item').filter((el) => el.dataset.kind === 'person');
    expect(people.map((el) => el.dataset.entity)).toEqual(['jan-hamacek', 'andrej-babis', 'dmitry-peskov']);
    expect(screen.getByRole('region', { name: 'People' })).toBeTruthy();
  });

  it('says the dataset’s size, scope and date in the reader’s language', () => {
    render(<DatasetScope about={about} counts={{ entities: 75, incidents: 25 }} testId="dataset-scope" />);
    expect(screen.getByTestId('dataset-scope').textContent).toBe(
      `75 people, organisations, places and documents, 25 incidents · ${about.scope} ${about.period.from}–${about.period.to} · facts as of 1 December 2026`,
    );
    cleanup();
    setI18n(createI18n(catalogMessages(readCatalog('en')), 'cs'));
    render(<DatasetScope about={about} counts={{ entities: 75, incidents: 25 }} testId="dataset-scope" />);
    expect(screen.getByTestId('dataset-scope').textContent).toContain('1. prosince 2026');
    setI18n(english);
  });

  it('shows the site’s state with its switch and the global pause', () => {
    const onToggleSite = vi.fn();
    const onTogglePause = vi.fn();
    render(<SiteBar site="voanews.com" siteOn paused={false} onToggleSite={onToggleSite} onTogglePause={onTogglePause} onOptions={() => undefined} />);
    expect(screen.getByTestId('site-state').textContent).toBe('On for voanews.com');
    fireEvent.click(screen.getByRole('switch'));
    expect(onToggleSite).toHaveBeenCalledWith('voanews.com', false);
    fireEvent.click(screen.getByTestId('pause'));
    expect(onTogglePause).toHaveBeenCalledWith(true);
    cleanup();
    render(<SiteBar site="voanews.com" siteOn paused onToggleSite={onToggleSite} onTogglePause={onTogglePause} onOptions={() => undefined} />);
    expect(screen.getByTestId('site-state').textContent).toBe('Paused on voanews.com');
    expect((screen.getByRole('switch') as HTMLInputElement).disabled).toBe(true);
  });
});

describe('SettingsNotice', () => {
  it('names every unreadable setting, and has a name for each', () => {
    expect([...SETTING_NAMES].sort()).toEqual(Object.keys(DEFAULT_SETTINGS).sort());
    render(<SettingsNotice loaded={{ corrupt: ['density', 'cardDelay'] }} />);
    expect(screen.getByTestId('settings-problem').textContent).toMatch(/defaults are in use: how many marks, the card’s delay\./);
  });

  it('says when a newer version wrote the settings, and nothing when all is well', () => {
    render(<SettingsNotice loaded={{ corrupt: [], newer: true }} />);
    expect(screen.getByTestId('settings-problem').textContent).toMatch(/newer version/);
    cleanup();
    const { container } = render(<SettingsNotice loaded={{ corrupt: [] }} />);
    expect(container.textContent).toBe('');
  });
});

describe('the options page’s sites', () => {
  it('gives the reader’s own sites a remove button, and the listed ones none', () => {
    const onRemove = vi.fn();
    render(
      <SiteList
        groups={[
          { label: 'Your sites', sites: ['example.sk'] },
          { label: 'Czech', sites: ['irozhlas.cz'] },
        ]}
        isEnabled={() => true}
        onToggle={() => undefined}
        isAdded={(s) => s === 'example.sk'}
        onRemove={onRemove}
      />,
    );
    expect(screen.getAllByTestId('site-remove')).toHaveLength(1);
    fireEvent.click(screen.getByLabelText('Remove example.sk'));
    expect(onRemove).toHaveBeenCalledWith('example.sk');
  });

  it('shows why a typed site cannot be added, and clears the box once one is', async () => {
    const onAdd = vi.fn((input: string) => (input.includes(' ') ? { error: 'not an address' } : { site: input.replace(/^https:\/\/(www\.)?/, '') }));
    render(<AddSite onAdd={onAdd} />);
    const box = screen.getByTestId('add-site-input') as HTMLInputElement;
    fireEvent.input(box, { target: { value: 'exa mple' } });
    fireEvent.submit(screen.getByTestId('add-site'));
    await waitFor(() => expect(screen.getByTestId('add-site-problem').textContent).toBe('not an address'));
    expect(box.getAttribute('aria-invalid')).toBe('true');
    fireEvent.input(box, { target: { value: 'https://www.example.sk' } });
    fireEvent.submit(screen.getByTestId('add-site'));
    await waitFor(() => expect(screen.getByTestId('add-site-done').textContent).toBe('Added. Backgrounder now runs on example.sk.'));
    expect(screen.queryByTestId('add-site-problem')).toBeNull();
    expect(box.value).toBe('');
  });
});

describe('SettingsFile', () => {
  const check = (text: string) => {
    const parsed = parseSettingsFile(text);
    return 'error' in parsed ? `refused: ${parsed.error}` : undefined;
  };

  it('refuses a broken file with what is wrong with it, and imports nothing', async () => {
    const onImport = vi.fn(async () => undefined);
    render(<SettingsFile exportText={() => ''} check={check} onImport={onImport} onReset={async () => undefined} />);
    const file = new File(['{"kind":"backgrounder-settings","version":3,"settings":{"density":"always"}}'], 'mine.json', { type: 'application/json' });
    fireEvent.change(screen.getByTestId('import'), { target: { files: [file] } });
    await waitFor(() => expect(screen.getByTestId('settings-file-message').textContent).toMatch(/^refused: settings\.density/));
    expect(onImport).not.toHaveBeenCalled();
  });

  it('imports a good file, and resets only after the reader confirms', async () => {
    const onImport = vi.fn(async () => undefined);
    const onReset = vi.fn(async () => undefined);
    render(<SettingsFile exportText={() => ''} check={check} onImport={onImport} onReset={onReset} />);
    const text = '{"kind":"backgrounder-settings","version":3,"settings":{"density":"every"}}';
    fireEvent.change(screen.getByTestId('import'), { target: { files: [new File([text], 'mine.json')] } });
    await waitFor(() => expect(onImport).toHaveBeenCalledWith(text));
    fireEvent.click(screen.getByTestId('reset'));
    expect(onReset).not.toHaveBeenCalled();
    fireEvent.click(screen.getByTestId('reset-confirm'));
    await waitFor(() => expect(screen.getByTestId('settings-file-message').textContent).toMatch(/back to its default/));
    expect(onReset).toHaveBeenCalledOnce();
  });
});

describe('an added site without its permission', () => {
  it('says so with a way to allow it, and says nothing before the browser has answered', () => {
    const onAllow = vi.fn();
    const row = (allowed: boolean | undefined) =>
      render(
        <SiteList groups={[{ label: 'Your sites', sites: ['example.sk'] }]} isEnabled={() => true} onToggle={() => undefined} isAdded={() => true} isAllowed={() => allowed} onAllow={onAllow} />,
      );
    row(undefined);
    expect(screen.queryByTestId('site-allow')).toBeNull();
    cleanup();
    row(true);
    expect(screen.queryByTestId('site-allow')).toBeNull();
    cleanup();
    row(false);
    fireEvent.click(screen.getByTestId('site-allow'));
    expect(onAllow).toHaveBeenCalledWith('example.sk');
  });
});

describe('the popup’s corrected claims', () => {
  const claims = [
    { id: 'eu-troops-150000', says: 'more than 150,000 Russian troops near Ukraine', lang: 'en' },
    { id: 'cer-spelled-center', says: '“Center for European Reform”', lang: 'en' },
  ];

  it('counts them in the reader’s language and opens each one’s sentence on the page', () => {
    const onOpen = vi.fn();
    render(<ClaimList claims={claims} onOpen={onOpen} />);
    expect(screen.getByTestId('claims-count').textContent).toBe('2 claims on this page are corrected');
    fireEvent.click(screen.getAllByTestId('claim-open')[0]!);
    expect(onOpen).toHaveBeenCalledWith('eu-troops-150000');
    cleanup();
    render(<ClaimList claims={claims.slice(0, 1)} />);
    expect(screen.getByTestId('claims-count').textContent).toBe('1 claim on this page is corrected');
    expect(screen.queryByTestId('claim-open')).toBeNull();
  });

  it('uses the Czech plural forms', () => {
    setI18n(createI18n(catalogMessages(readCatalog('cs')), 'cs'));
    try {
      render(<ClaimList claims={[...claims, { ...claims[0]!, id: 'x' }]} />);
      expect(screen.getByTestId('claims-count').textContent).toBe('Na této stránce jsou 3 opravená tvrzení');
    } finally {
      setI18n(english);
    }
  });
});
