import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { FoundList } from '../../components/FoundList';
import { IncidentList } from '../../components/IncidentList';
import { dataset } from '../../data';
import { createCatalog, foundEntities } from '../../lib/dataset/catalog';
import { rankIncidents } from '../../lib/dataset/rank';
import { getTabState, type TabState, watchTabState } from '../../lib/ext/tab-state';

const catalog = createCatalog(dataset);

/** What the popup knows of the tab: still asking, nothing reported, a state, or the tab could not be read. */
type View = { kind: 'loading' } | { kind: 'state'; state: TabState | null } | { kind: 'unreadable'; reason: string };

/** The tab to show: `?tabId=N` (tests open the popup as a page), else the active tab. */
async function targetTabId(): Promise<number | undefined> {
  const param = new URLSearchParams(location.search).get('tabId');
  if (param && /^\d+$/.test(param)) return Number(param);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

function Status({ view }: { view: View }) {
  if (view.kind === 'loading') return <p class="status">Loading…</p>;
  if (view.kind === 'unreadable')
    return <p class="status" data-testid="status" data-status="unreadable">Could not read this tab ({view.reason}).</p>;
  const { state } = view;
  if (state === null)
    return <p class="status" data-testid="status">Backgrounder does not run on this page. The options list the sites it runs on.</p>;
  const say = (text: string) => <p class="status" data-testid="status" data-status={state.status}>{text}</p>;
  switch (state.status) {
    case 'off':
      return say(`Backgrounder is off on ${state.site}. Turn it on in the options.`);
    case 'too-large':
      return say('This page is too large to scan without slowing it down, so it was skipped.');
    case 'unsupported':
      return say('This browser cannot mark names without changing the page (it lacks the CSS Custom Highlight API), so nothing was marked.');
    case 'error':
      return say(`The scan of this page failed: ${state.message ?? 'unknown error'}.`);
    case 'marked':
      return state.entities.length === 0 && state.incidents.length === 0 ? say('No names from the dataset on this page.') : null;
  }
}

export function App() {
  const [view, setView] = useState<View>({ kind: 'loading' });

  useEffect(() => {
    const controller = new AbortController();
    const show = (state: TabState | null) => setView({ kind: 'state', state });
    targetTabId()
      .then(async (tabId) => {
        if (tabId === undefined) return show(null);
        watchTabState(tabId, show, controller.signal);
        show(await getTabState(tabId));
      })
      .catch((error: unknown) => setView({ kind: 'unreadable', reason: error instanceof Error ? error.message : String(error) }));
    return () => controller.abort();
  }, []);

  const state = view.kind === 'state' ? view.state : null;
  const findings = state ?? { entities: [], incidents: [] };
  const found = foundEntities(catalog, findings);
  const incidents = rankIncidents(catalog, findings);

  return (
    <main>
      <h1>Backgrounder</h1>
      <Status view={view} />
      {found.length > 0 && (
        <>
          <h2>On this page</h2>
          <FoundList found={found} />
        </>
      )}
      {incidents.length > 0 && (
        <>
          <h2>Incidents that connect them</h2>
          <IncidentList incidents={incidents} nameOf={catalog.nameOf} />
        </>
      )}
      <p class="footer">
        <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
          Sites and options
        </button>
      </p>
    </main>
  );
}
