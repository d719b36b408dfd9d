import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Card } from '../../components/Card';
import { EntityCard } from '../../components/EntityCard';
import { FoundList } from '../../components/FoundList';
import { IncidentCard } from '../../components/IncidentCard';
import { IncidentList } from '../../components/IncidentList';
import { SiteList } from '../../components/SiteList';
import { dataset } from '../../data';
import { cardFor, noteCard } from '../../lib/dataset/card';
import { createCatalog, findingsOf } from '../../lib/dataset/catalog';
import { rankIncidents } from '../../lib/dataset/rank';

const catalog = createCatalog(dataset);
const peskov = catalog.entity('dmitry-peskov')!;

afterEach(cleanup);

describe('EntityCard', () => {
  it('shows the name, what it is, and two dated, sourced facts', () => {
    render(<EntityCard entity={peskov} incidents={[catalog.incident('czech-cap-russian-embassy-2021')!]} />);
    expect(screen.getByTestId('entity-name').textContent).toBe('Dmitry Peskov');
    expect(screen.getByRole('dialog', { name: 'Dmitry Peskov' })).toBeTruthy();
    expect(screen.getByTestId('entity-description').textContent).toMatch(/Kremlin spokesman/);
    const facts = screen.getAllByTestId('entity-fact');
    expect(facts).toHaveLength(2);
    expect(facts[0]!.textContent).toMatch(/^8 Jul 2020 /);
    expect(screen.getByText(/Czechia caps the Russian embassy/)).toBeTruthy();
  });

  it('links sources safely and names seed articles as such', () => {
    render(<EntityCard entity={peskov} incidents={[]} />);
    const links = screen.getAllByRole('link');
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) {
      expect(link.getAttribute('rel')).toBe('noopener noreferrer');
      expect(link.getAttribute('href')).toMatch(/^https?:\/\//);
    }
    expect(screen.getByText(/Remix News: .* \(the article\)/)).toBeTruthy();
  });

  it('renders data as text, never as markup', () => {
    const hostile = { ...peskov, description: '<img src=x onerror=alert(1)>' };
    const { container } = render(<EntityCard entity={hostile} incidents={[]} />);
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByTestId('entity-description').textContent).toBe('<img src=x onerror=alert(1)>');
  });
});

describe('popup lists', () => {
  it('lists the entities with their counts, and the incidents with who is involved', () => {
    const found = [{ id: 'jan-hamacek', count: 2 }, { id: 'dmitry-peskov', count: 1 }];
    render(
      <>
        <FoundList found={found.map(({ id, count }) => ({ entity: catalog.entity(id)!, count }))} />
        <IncidentList incidents={rankIncidents(catalog, findingsOf(catalog, found))} nameOf={(id) => catalog.entity(id)!.name} />
      </>,
    );
    const items = screen.getAllByTestId('entity-item');
    expect(items.map((i) => i.dataset.entity)).toEqual(['jan-hamacek', 'dmitry-peskov']);
    expect(items[0]!.textContent).toContain('×2');
    const incidents = screen.getAllByTestId('incident-item');
    expect(incidents[0]!.textContent).toContain('Jan Hamáček, Dmitry Peskov');
  });
});

describe('SiteList', () => {
  it('shows one toggle per site and reports changes', () => {
    const onToggle = vi.fn();
    render(<SiteList groups={[{ label: 'Demo', sites: ['rmx.news', 'voanews.com'] }]} isEnabled={(s) => s !== 'voanews.com'} onToggle={onToggle} />);
    const rows = screen.getAllByTestId('site-row');
    expect(rows).toHaveLength(2);
    const boxes = screen.getAllByRole('checkbox') as HTMLInputElement[];
    expect(boxes.map((b) => b.checked)).toEqual([true, false]);
    fireEvent.click(screen.getByLabelText('rmx.news'));
    expect(onToggle).toHaveBeenCalledWith('rmx.news', false);
  });
});

const mh17 = catalog.incident('mh17-2014')!;

describe('IncidentCard', () => {
  it('is a dialog named by the incident’s title, with its summary', () => {
    render(<IncidentCard incident={mh17} involved={[]} />);
    expect(screen.getByRole('dialog', { name: mh17.title })).toBe(screen.getByTestId('incident-card'));
    expect(screen.getByTestId('incident-card').dataset.incident).toBe('mh17-2014');
    expect(screen.getByTestId('incident-title').textContent).toBe(mh17.title);
    expect(screen.getByTestId('incident-summary').textContent).toBe(mh17.summary);
  });

  it('names who was involved in the order given, and leaves the line out when nobody is', () => {
    const { rerender } = render(<IncidentCard incident={mh17} involved={['Schiphol Judicial Complex', 'Bellingcat']} />);
    expect(screen.getByTestId('incident-involved').textContent).toBe('Involved: Schiphol Judicial Complex, Bellingcat');
    rerender(<IncidentCard incident={mh17} involved={[]} />);
    expect(screen.queryByTestId('incident-involved')).toBeNull();
  });

  it('lists what reporting got wrong, one item per correction', () => {
    render(<IncidentCard incident={mh17} involved={[]} />);
    const corrections = screen.getAllByTestId('incident-correction');
    expect(corrections.map((c) => c.textContent)).toEqual(mh17.corrections!.map((c) => `${c.claim} ${c.correction}`));
  });

  it('has no corrections section for an incident without corrections', () => {
    const incident = catalog.incident('hamacek-moscow-trip-decoy-2021')!;
    expect(incident.corrections ?? []).toEqual([]);
    render(<IncidentCard incident={incident} involved={[]} />);
    expect(screen.queryByTestId('incident-correction')).toBeNull();
    expect(screen.queryByText('Corrections')).toBeNull();
  });

  it('cites at most three sources, in order, each linked safely', () => {
    const sources = [1, 2, 3, 4, 5].map((n) => ({ title: `Source ${n}`, url: `https://example.org/${n}` }));
    render(<IncidentCard incident={{ ...mh17, sources }} involved={[]} />);
    const links = screen.getAllByRole('link');
    expect(links.map((l) => l.textContent)).toEqual(['Source 1', 'Source 2', 'Source 3']);
    for (const link of links) {
      expect(link.getAttribute('rel')).toBe('noopener noreferrer');
      expect(link.getAttribute('href')).toMatch(/^https?:\/\//);
    }
  });

  it('links the dataset’s own sources safely and names a seed article as such', () => {
    render(<IncidentCard incident={mh17} involved={[]} />);
    const links = screen.getAllByRole('link');
    expect(links.length).toBeGreaterThan(0);
    expect(links.length).toBeLessThanOrEqual(3);
    for (const link of links) {
      expect(link.getAttribute('rel')).toBe('noopener noreferrer');
      expect(link.getAttribute('href')).toMatch(/^https?:\/\//);
    }
    expect(screen.getAllByText(/\(the article\)$/).length).toBeGreaterThan(0);
  });

  it('is told apart from an entity card: none of the entity test ids', () => {
    const { container } = render(<IncidentCard incident={mh17} involved={['Bellingcat']} />);
    expect(container.querySelector('[data-testid^="entity-"]')).toBeNull();
    expect(container.querySelector('[data-entity]')).toBeNull();
  });

  const hostile = '<img src=x onerror=alert(1)>';
  it.each([
    { field: 'summary', incident: { ...mh17, summary: hostile }, testId: 'incident-summary' },
    { field: 'title', incident: { ...mh17, title: hostile }, testId: 'incident-title' },
    { field: 'involved name', incident: mh17, involved: [hostile], testId: 'incident-involved' },
  ])('renders a hostile $field as text, never as markup', ({ incident, involved = [], testId }) => {
    const { container } = render(<IncidentCard incident={incident} involved={involved} />);
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByTestId(testId).textContent).toContain(hostile);
  });
});

describe('Card', () => {
  // The page names the Schiphol court and not Bellingcat: the incident card lists the court first.
  const findings = findingsOf(catalog, [
    { id: 'dmitry-peskov', count: 2 },
    { id: 'schiphol-judicial-complex', count: 1 },
    { id: 'mh17-2014', count: 1 },
  ]);

  it('shows the entity card for an entity', () => {
    render(<Card card={cardFor(catalog, 'dmitry-peskov', findings)!} />);
    expect(screen.getByTestId('entity-card').dataset.entity).toBe('dmitry-peskov');
    expect(screen.getByRole('dialog', { name: 'Dmitry Peskov' })).toBeTruthy();
    expect(screen.queryByTestId('incident-card')).toBeNull();
  });

  it('shows the incident card for an incident, with those the page names first', () => {
    render(<Card card={cardFor(catalog, 'mh17-2014', findings)!} />);
    expect(screen.getByTestId('incident-card').dataset.incident).toBe('mh17-2014');
    expect(screen.getByRole('dialog', { name: mh17.title })).toBeTruthy();
    expect(screen.getByTestId('incident-involved').textContent).toBe('Involved: Schiphol Judicial Complex, Bellingcat');
    expect(screen.queryByTestId('entity-card')).toBeNull();
  });
});

describe('UnknownCard', () => {
  it('says the name is not in the dataset and offers the closest names as buttons that open them', () => {
    const openItem = vi.fn();
    const page = { position: 0, total: 0, step: () => undefined, openItem };
    render(<Card card={{ kind: 'unknown', text: 'Jan Hamerník', suggestions: [{ id: 'jan-hamacek', name: 'Jan Hamáček' }] }} page={page} />);
    expect(screen.getByRole('dialog', { name: '“Jan Hamerník”' })).toBeTruthy();
    expect(screen.queryByTestId('card-page-bar')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Jan Hamáček' }));
    expect(openItem).toHaveBeenCalledWith('jan-hamacek');
  });
});

describe('PageBar', () => {
  const page = (total: number) => ({ position: 0, total, step: vi.fn(), openItem: vi.fn(), turnOffSite: vi.fn() });

  it.each([
    [0, 'Not named on this page'],
    [1, '1 mention on this page'],
    [3, '3 mentions on this page'],
  ])('says how often the page names the item: %i', (total, text) => {
    render(<Card card={cardFor(catalog, 'dmitry-peskov', { entities: [], incidents: [] })!} page={page(total)} />);
    expect(screen.getByTestId('card-mentions').textContent).toBe(text);
    expect(screen.queryByTestId('card-next') !== null).toBe(total > 1);
  });
});

describe('NoteCard', () => {
  const troops = (published: string | undefined) => noteCard(catalog, ['eu-troops-150000'], published, 'en');

  it('says what the article says, what the record says and since when, with its sources, and leads to the item’s card', () => {
    const openItem = vi.fn();
    render(<Card card={troops('2021-05-02')} page={{ position: 0, total: 1, step: () => undefined, openItem }} />);
    expect(screen.getByRole('dialog', { name: 'Corrected claim' })).toBeTruthy();
    expect(screen.getByTestId('note-published').textContent).toBe('Article dated 2 May 2021');
    expect(screen.getByTestId('note-says').textContent).toBe('This article says more than 150,000 Russian troops near Ukraine.');
    expect(screen.getByTestId('note-record').textContent).toMatch(/^The EU corrected Josep Borrell's figure to more than 100,000 troops on 20 April 2021/);
    expect(screen.getByTestId('note-date').textContent).toBe('On the record since 20 Apr 2021');
    expect(screen.getByRole('link', { name: /National Post/ }).getAttribute('href')).toMatch(/^https:\/\/nationalpost\.com\//);
    fireEvent.click(screen.getByTestId('note-item'));
    expect(openItem).toHaveBeenCalledWith('russian-buildup-ukraine-spring-2021');
  });

  it('words it as what came later for an article written before the correction, and as the correction for a page with no date', () => {
    render(<Card card={troops('2021-04-19')} />);
    expect(screen.getByTestId('note-kind').textContent).toBe('Since this article');
    expect(screen.getByTestId('note-record').textContent).toMatch(/^On 20 April 2021, the day after/);
    cleanup();
    render(<Card card={troops(undefined)} />);
    expect(screen.getByTestId('note-kind').textContent).toBe('Corrected claim');
    expect(screen.queryByTestId('note-published')).toBeNull();
  });

  it('gives an acting title the dates it was held, and shows every claim of a sentence that states two', () => {
    render(<Card card={noteCard(catalog, ['hamacek-acting-foreign-minister', 'cer-spelled-center'], '2021-04-20', 'en')} />);
    expect(screen.getByTestId('note-held').textContent).toBe('True only: 27 Jun 2018 – 16 Oct 2018; 12 Apr 2021 – 21 Apr 2021');
    expect(screen.getAllByTestId('note').map((n) => n.getAttribute('data-tense'))).toEqual(['later', 'corrected']);
    // One of them corrected: the note says so.
    expect(screen.getByTestId('note-kind').textContent).toBe('Corrected claim');
  });

  it('is in Czech where the data has the claims’ Czech texts', () => {
    const card = noteCard(catalog, ['eu-troops-150000'], undefined, 'cs');
    expect(card.kind === 'note' && card.lang).toBe('cs');
    expect(card.kind === 'note' && card.notes[0]!.says).toMatch(/150\u00a0000/);
  });
});
