import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { FoundList } from '../../components/FoundList';
import { IncidentList } from '../../components/IncidentList';
import { PageStatus, type PageView } from '../../components/PageStatus';
import { dataset } from '../../data';
import { createCatalog, foundEntities, NO_FINDINGS } from '../../lib/dataset/catalog';
import { rankIncidents } from '../../lib/dataset/rank';
import { getTabState, type TabState, watchTabState } from '../../lib/ext/tab-state';

const catalog = createCatalog(dataset);

/** The tab to show: `?tabId=N` (tests open the popup as a page), else the active tab. */
async function targetTabId(): Promise<number | undefined> {
  const param = new URLSearchParams(location.search).get('tabId');
  if (param && /^\d+$/.test(param)) return Number(param);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

export function App() {
  const [view, setView] = useState<PageView<TabState>>({ kind: 'loading' });

  useEffect(() => {
    const controller = new AbortController();
    const show = (report: TabState | null) => setView({ kind: 'report', report });
    targetTabId()
      .then(async (tabId) => {
        if (tabId === undefined) return show(null);
        watchTabState(tabId, show, controller.signal);
        show(await getTabState(tabId));
      })
      .catch((error: unknown) => setView({ kind: 'unreadable', reason: error instanceof Error ? error.message : String(error) }));
    return () => controller.abort();
  }, []);

  const findings = (view.kind === 'report' && view.report) || NO_FINDINGS;
  const found = foundEntities(catalog, findings);
  const incidents = rankIncidents(catalog, findings);

  return (
    <main>
      <h1>Backgrounder</h1>
      <PageStatus view={view} />
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
        <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage().catch((error: unknown) => console.error('Backgrounder: could not open the options', error))}>
          Sites and options
        </button>
      </p>
    </main>
  );
}
