import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { FoundList } from '../../components/FoundList';
import { IncidentList } from '../../components/IncidentList';
import { dataset } from '../../data';
import { createCatalog, foundEntities, rankIncidents } from '../../lib/catalog';
import { getTabState, type TabState, watchTabState } from '../../lib/ext/tab-state';

const catalog = createCatalog(dataset);

/** The tab to show: `?tabId=N` (tests open the popup as a page), else the active tab. */
async function targetTabId(): Promise<number | undefined> {
  const param = new URLSearchParams(location.search).get('tabId');
  if (param && /^\d+$/.test(param)) return Number(param);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

function Status({ state }: { state: TabState | null | undefined }) {
  if (state === undefined) return <p class="status">Loading…</p>;
  if (state === null)
    return <p class="status" data-testid="status">Backgrounder does not run on this page. The options list the sites it runs on.</p>;
  if (state.status === 'off')
    return <p class="status" data-testid="status" data-status="off">Backgrounder is off on {state.site}. Turn it on in the options.</p>;
  if (state.status === 'too-large')
    return <p class="status" data-testid="status" data-status="too-large">This page is too large to scan without slowing it down, so it was skipped.</p>;
  if (state.entities.length === 0)
    return <p class="status" data-testid="status" data-status="empty">No names from the dataset on this page.</p>;
  return null;
}

export function App() {
  const [state, setState] = useState<TabState | null | undefined>(undefined);

  useEffect(() => {
    const controller = new AbortController();
    void targetTabId().then(async (tabId) => {
      if (tabId === undefined) return setState(null);
      watchTabState(tabId, setState, controller.signal);
      setState(await getTabState(tabId));
    });
    return () => controller.abort();
  }, []);

  const found = foundEntities(catalog, state?.entities ?? []);
  const incidents = rankIncidents(dataset, state?.entities ?? []);

  return (
    <main>
      <h1>Backgrounder</h1>
      <Status state={state} />
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
