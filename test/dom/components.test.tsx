import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EntityCard } from '../../components/EntityCard';
import { FoundList } from '../../components/FoundList';
import { IncidentList } from '../../components/IncidentList';
import { SiteList } from '../../components/SiteList';
import { dataset } from '../../data';
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
    render(<SiteList sites={['rmx.news', 'voanews.com']} isEnabled={(s) => s !== 'voanews.com'} onToggle={onToggle} />);
    const rows = screen.getAllByTestId('site-row');
    expect(rows).toHaveLength(2);
    const boxes = screen.getAllByRole('checkbox') as HTMLInputElement[];
    expect(boxes.map((b) => b.checked)).toEqual([true, false]);
    fireEvent.click(screen.getByLabelText('rmx.news'));
    expect(onToggle).toHaveBeenCalledWith('rmx.news', false);
  });
});
