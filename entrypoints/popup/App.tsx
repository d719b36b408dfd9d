import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { FoundList } from '../../components/FoundList';
import { IncidentList } from '../../components/IncidentList';
import { PageStatus, type PageView } from '../../components/PageStatus';
import { dataset } from '../../data';
import { createCatalog, foundEntities, NO_FINDINGS } from '../../lib/dataset/catalog';
import { rankIncidents } from '../../lib/dataset/rank';
import { sendTabCommand } from '../../lib/ext/tab-commands';
import { getTabState, type TabState, watchTabState } from '../../lib/ext/tab-state';

const catalog = createCatalog(dataset);

/** `?tabId=N`: the popup opened as a page for that tab (tests do), rather than as the toolbar popup. */
const tabParam = new URLSearchParams(location.search).get('tabId');

/** The tab to show: `?tabId=N`, else the active tab. */
async function targetTabId(): Promise<number | undefined> {
  if (tabParam && /^\d+$/.test(tabParam)) return Number(tabParam);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

export function App() {
  const [view, setView] = useState<PageView<TabState>>({ kind: 'loading' });
  const [tabId, setTabId] = useState<number | undefined>(undefined);

  useEffect(() => {
    const controller = new AbortController();
    const show = (report: TabState | null) => setView({ kind: 'report', report });
    targetTabId()
      .then(async (tabId) => {
        if (tabId === undefined) return show(null);
        setTabId(tabId);
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
          <FoundList
            found={found}
            onOpen={
              tabId === undefined
                ? undefined
                : (id) =>
                    // The toolbar popup closes so that the page, with the card open and focused, is in front.
                    void sendTabCommand(tabId, { type: 'open-card', id }).then((sent) => sent && !tabParam && window.close())
            }
          />
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
