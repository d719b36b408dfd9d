import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import cardCss from '../../components/card.css?inline';
import { ClaimList } from '../../components/ClaimList';
import { DatasetScope } from '../../components/DatasetScope';
import { EmbeddedCard } from '../../components/EmbeddedCard';
import { FoundList } from '../../components/FoundList';
import { IncidentList } from '../../components/IncidentList';
import { PageStatus, type PageView } from '../../components/PageStatus';
import { SearchBox } from '../../components/SearchBox';
import { SettingsNotice } from '../../components/SettingsNotice';
import { SiteBar } from '../../components/SiteBar';
import { i18n } from '../../components/i18n';
import { about, dataset } from '../../data';
import { cardFor, noteCard } from '../../lib/dataset/card';
import { claimSays } from '../../lib/dataset/claims';
import { createCatalog, foundEntities, NO_FINDINGS } from '../../lib/dataset/catalog';
import { connectingIncidents } from '../../lib/dataset/rank';
import { localizeIncident, textLanguageFor } from '../../lib/dataset/localize';
import { createSearch } from '../../lib/dataset/search';
import { permissionFor, scanTab } from '../../lib/ext/registration';
import { changeSettings, isSiteEnabled, type LoadedSettings, loadSettings, type SettingsChange, watchSettings } from '../../lib/ext/settings';
import { isForbiddenPage, siteOfHost } from '../../lib/ext/sites';
import { sendTabCommand } from '../../lib/ext/tab-commands';
import { getTabState, type TabState, watchTabState } from '../../lib/ext/tab-state';

const catalog = createCatalog(dataset);
const search = createSearch(catalog);
/** Incidents on the first screen; the rest behind "Show all". */
const FIRST_INCIDENTS = 3;
/** Corrected claims on the first screen; the rest behind "Show all" (the count says how many). */
const FIRST_CLAIMS = 2;
/** Search results shown at once. */
const SEARCH_RESULTS = 8;

/** `?tabId=N`: the popup opened as a page for that tab (tests do), rather than as the toolbar popup. */
const tabParam = new URLSearchParams(location.search).get('tabId');
const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The tab to show, and its address where the browser lets the popup see it (the reader's click grants that for the active tab). */
async function targetTab(): Promise<{ id: number; url?: string | undefined } | undefined> {
  if (tabParam && /^\d+$/.test(tabParam)) {
    const tab = await browser.tabs.get(Number(tabParam)).catch(() => undefined);
    return { id: Number(tabParam), url: tab?.url };
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id === undefined ? undefined : { id: tab.id, url: tab.url };
}

export function App() {
  const { t } = i18n();
  const [report, setReport] = useState<TabState | null | undefined>(undefined);
  const [tab, setTab] = useState<{ id: number; url?: string | undefined } | null | undefined>(undefined);
  const [unreadable, setUnreadable] = useState<string | undefined>(undefined);
  const [loaded, setLoaded] = useState<LoadedSettings | undefined>(undefined);
  const [query, setQuery] = useState('');
  const [openId, setOpenId] = useState<string | undefined>(undefined);
  /** A claim's note shown here, where the page could not open it. */
  const [openClaim, setOpenClaim] = useState<string | undefined>(undefined);
  const [notice, setNotice] = useState<string | undefined>(undefined);

  useEffect(() => {
    const controller = new AbortController();
    targetTab()
      .then(async (found) => {
        setTab(found ?? null);
        if (!found) return setReport(null);
        watchTabState(found.id, setReport, controller.signal);
        setReport(await getTabState(found.id));
      })
      .catch((error: unknown) => setUnreadable(reasonOf(error)));
    loadSettings().then(setLoaded, (error: unknown) => setNotice(t('notice_settingsUnread', reasonOf(error))));
    watchSettings(setLoaded, controller.signal);
    return () => controller.abort();
  }, []);

  const change = (what: SettingsChange) => void changeSettings(browser.runtime, what).then(() => setNotice(undefined), (error: unknown) => setNotice(t('notice_notSaved', reasonOf(error))));
  const scan = () => {
    if (!tab) return;
    setNotice(undefined);
    void scanTab(tab.id).catch((error: unknown) => setNotice(t('notice_notScanned', reasonOf(error))));
  };
  const alwaysRun = (site: string) => {
    // The permission request must come first in the click's handler: the browser asks only in answer to
    // the reader's gesture. Once granted, the background adds the site and scans its open tabs.
    void browser.permissions
      .request(permissionFor(site))
      .then((granted) => setNotice(granted ? undefined : t('notice_notAllowed', site)))
      .catch((error: unknown) => setNotice(t('notice_notAdded', site, reasonOf(error))));
  };
  const openOptions = () => void browser.runtime.openOptionsPage().catch((error: unknown) => setNotice(t('notice_noOptions', reasonOf(error))));

  const findings = report ?? NO_FINDINGS;
  const found = foundEntities(catalog, findings);
  // The dataset's texts in the reader's language, where written (Czech), else English.
  const texts = textLanguageFor(i18n().locale);
  const incidents = connectingIncidents(catalog, findings).map((r) => ({ ...r, ...localizeIncident(dataset, r.incident, texts) }));
  const hits = useMemo(() => search.search(query, SEARCH_RESULTS), [query]);
  const settings = loaded?.settings;
  const card = openClaim ? noteCard(catalog, [openClaim], undefined, texts) : openId ? cardFor(catalog, openId, findings, texts) : undefined;
  const claims = (report?.claims ?? []).flatMap(({ id }) => {
    const said = claimSays(catalog, id, texts);
    return said ? [{ id, ...said }] : [];
  });
  const back = () => {
    setOpenId(undefined);
    setOpenClaim(undefined);
  };

  const view: PageView<TabState> = unreadable
    ? { kind: 'unreadable', reason: unreadable }
    : report === undefined || tab === undefined
      ? { kind: 'loading' }
      : report
        ? { kind: 'report', report }
        : tab?.url && isForbiddenPage(tab.url)
          ? { kind: 'forbidden' }
          : { kind: 'unlisted', site: tab?.url ? siteOfHost(new URL(tab.url).hostname) : undefined };

  /** Scrolls the page to a claim's sentence and opens its note there; the popup closes so that the page is in front. */
  const openClaimOnPage = (id: string) =>
    tab && void sendTabCommand(browser.tabs, tab.id, { type: 'open-claim', id }).then((sent) => (sent ? !tabParam && window.close() : setOpenClaim(id)));

  /** Opens an item's card on the page, where the page names it; the toolbar popup then closes so that the page is in front. */
  const openOnPage = (id: string) =>
    tab && void sendTabCommand(browser.tabs, tab.id, { type: 'open-card', id }).then((sent) => (sent ? !tabParam && window.close() : setOpenId(id)));

  return (
    <main>
      <header class="top">
        <h1>Backgrounder</h1>
        {settings && (
          <SiteBar
            site={report?.site}
            siteOn={report ? isSiteEnabled(settings, report.site) : false}
            paused={settings.paused}
            onToggleSite={(site, on) => change({ type: 'site', site, enabled: on })}
            onTogglePause={(paused) => change({ type: 'set', patch: { paused } })}
            onOptions={openOptions}
          />
        )}
      </header>
      <SearchBox
        query={query}
        onQuery={(q) => {
          setQuery(q);
          back();
        }}
        hits={card ? undefined : hits}
        describe={(id) => ({ name: catalog.nameOf(id), kind: catalog.entity(id)?.kind ?? 'incident' })}
        onOpen={setOpenId}
      />
      {loaded && <SettingsNotice loaded={loaded} />}
      {notice && (
        <p class="problem" role="alert" data-testid="popup-notice">
          {notice}
        </p>
      )}
      {card ? (
        <section class="popup-card" aria-label={t('popup_card')}>
          <button type="button" class="link" data-testid="card-back" onClick={back}>
            ‹ {t('popup_back')}
          </button>
          <EmbeddedCard
            card={card}
            css={cardCss}
            onOpenItem={(id) => {
              setOpenClaim(undefined);
              setOpenId(id);
            }}
          />
        </section>
      ) : (
        !query.trim() && (
          <>
            <PageStatus
              view={view}
              onScan={tab ? scan : undefined}
              onAlwaysRun={tab ? alwaysRun : undefined}
              onTurnOn={(site) => change({ type: 'site', site, enabled: true })}
              onResume={() => change({ type: 'set', patch: { paused: false } })}
            />
            {claims.length > 0 && <ClaimList claims={claims} limit={FIRST_CLAIMS} onOpen={tab ? openClaimOnPage : undefined} />}
            {incidents.length > 0 && (
              <section aria-labelledby="incidents-heading">
                <h2 id="incidents-heading">{t(incidents.length === 1 ? 'popup_incident' : 'popup_incidents')}</h2>
                <IncidentList incidents={incidents} nameOf={catalog.nameOf} limit={FIRST_INCIDENTS} onOpen={setOpenId} />
              </section>
            )}
            {found.length > 0 && (
              <section aria-labelledby="names-heading">
                <h2 id="names-heading">{t('popup_names')}</h2>
                <FoundList found={found} onOpen={tab ? openOnPage : undefined} />
              </section>
            )}
          </>
        )
      )}
      <footer>
        <DatasetScope
          about={about}
          counts={{ entities: dataset.entities.length, incidents: dataset.incidents.length }}
          testId="dataset-scope"
          class="dataset"
        />
      </footer>
    </main>
  );
}
