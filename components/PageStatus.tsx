import { i18n } from './i18n';
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
  const { t } = i18n();
  if (view.kind === 'loading') return <p class="status">{t('status_loading')}</p>;
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
      return say('unreadable', t('status_unreadable', view.reason));
    case 'forbidden':
      return say('forbidden', t('status_forbidden'));
    case 'unlisted':
      return say(
        'unlisted',
        view.site ? t('status_unlistedSite', view.site) : t('status_unlisted'),
        onScan && button('scan-page', t('action_scan'), onScan),
        view.site !== undefined && onAlwaysRun !== undefined && button('always-run', t('action_alwaysRun', view.site), () => onAlwaysRun(view.site!)),
      );
    case 'report':
      break;
  }
  const { report } = view;
  switch (report.status) {
    case 'off':
      return say('off', t('status_off', report.site), onTurnOn && button('turn-on', t('action_turnOn', report.site), () => onTurnOn(report.site)));
    case 'paused':
      return say('paused', t('status_paused'), onResume && button('resume', t('pause_resume'), onResume));
    case 'too-large':
      return say('too-large', t('status_tooLarge'));
    case 'unsupported':
      return say('unsupported', t('status_unsupported'));
    case 'error':
      return say('error', t('status_error', report.message ?? '?'));
    case 'marked':
      return report.entities.length === 0 && report.incidents.length === 0
        ? say('empty', t('status_empty'))
        : null;
  }
}
