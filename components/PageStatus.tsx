/** What the popup knows of the tab: still asking, could not ask, a page no extension may read, a page Backgrounder does not run on, or the page's report. */
export type PageView<R extends PageReportView = PageReportView> =
  | { kind: 'loading' }
  | { kind: 'unreadable'; reason: string }
  /** The browser's own pages, other extensions', the web stores: no extension may script them. */
  | { kind: 'forbidden' }
  /** A web page of a site that is not on the list (`site` when the popup may see the tab's address). */
  | { kind: 'unlisted'; site?: string | undefined }
  | { kind: 'report'; report: R };

/** The parts of a tab's report that the status line reads (the background's TabState has this shape). */
export interface PageReportView {
  status: 'marked' | 'off' | 'paused' | 'too-large' | 'unsupported' | 'error';
  site: string;
  message?: string | undefined;
  entities: readonly unknown[];
  incidents: readonly unknown[];
}

/** What the reader can do from an empty state; each button shows only with its action. */
export interface PageActions {
  /** Scans the page in front of the reader once ("Scan this page"). */
  onScan?: (() => void) | undefined;
  /** Asks for the site and runs on it from now on ("Always run on …"). */
  onAlwaysRun?: ((site: string) => void) | undefined;
  /** Turns a site that is off back on. */
  onTurnOn?: ((site: string) => void) | undefined;
  /** Ends the pause. */
  onResume?: (() => void) | undefined;
}

interface Props extends PageActions {
  /** The tab as the popup sees it. */
  view: PageView;
}

/** The popup's status line: what happened on the page when there is no list to show, or why, and what to do about it. */
export function PageStatus({ view, onScan, onAlwaysRun, onTurnOn, onResume }: Props) {
  if (view.kind === 'loading') return <p class="status">Loading…</p>;
  const say = (status: string, text: string, ...actions: Array<preact.JSX.Element | false | undefined>) => (
    <div class="empty" data-testid="status" data-status={status}>
      <p class="status">{text}</p>
      {actions.some(Boolean) && <p class="actions">{actions}</p>}
    </div>
  );
  const button = (testId: string, label: string, onClick: () => void) => (
    <button type="button" class="action" data-testid={testId} onClick={onClick}>
      {label}
    </button>
  );
  switch (view.kind) {
    case 'unreadable':
      return say('unreadable', `Could not read this tab (${view.reason}).`);
    case 'forbidden':
      return say('forbidden', 'Browsers let no extension read this page (their own pages and the add-on stores). The search above still works.');
    case 'unlisted':
      return say(
        'unlisted',
        view.site ? `Backgrounder does not run on ${view.site}.` : 'Backgrounder does not run on this page.',
        onScan && button('scan-page', 'Scan this page', onScan),
        view.site !== undefined && onAlwaysRun !== undefined && button('always-run', `Always run on ${view.site}`, () => onAlwaysRun(view.site!)),
      );
    case 'report':
      break;
  }
  const { report } = view;
  switch (report.status) {
    case 'off':
      return say('off', `Backgrounder is off on ${report.site}.`, onTurnOn && button('turn-on', `Turn it on for ${report.site}`, () => onTurnOn(report.site)));
    case 'paused':
      return say('paused', 'Backgrounder is paused on every site.', onResume && button('resume', 'Resume', onResume));
    case 'too-large':
      return say('too-large', 'This page is too large to scan without slowing it down, so it was skipped.');
    case 'unsupported':
      return say('unsupported', 'This browser cannot mark names without changing the page (it lacks the CSS Custom Highlight API), so nothing was marked.');
    case 'error':
      return say('error', `The scan of this page failed: ${report.message ?? 'unknown error'}.`);
    case 'marked':
      return report.entities.length === 0 && report.incidents.length === 0
        ? say('empty', 'No names from the dataset on this page. The search above covers all of it.')
        : null;
  }
}
