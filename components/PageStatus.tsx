/** What the popup knows of the tab: still asking, could not ask, nothing reported, or the page's report. */
export type PageView<R extends PageReportView = PageReportView> =
  | { kind: 'loading' }
  | { kind: 'unreadable'; reason: string }
  | { kind: 'report'; report: R | null };

/** The parts of a tab's report that the status line reads (the background's TabState has this shape). */
export interface PageReportView {
  status: 'marked' | 'off' | 'too-large' | 'unsupported' | 'error';
  site: string;
  message?: string;
  entities: readonly unknown[];
  incidents: readonly unknown[];
}

interface Props {
  /** The tab as the popup sees it. */
  view: PageView;
}

/** The popup's status line: what happened on the page when there is no list to show, or why. */
export function PageStatus({ view }: Props) {
  if (view.kind === 'loading') return <p class="status">Loading…</p>;
  const say = (status: string, text: string) => (
    <p class="status" data-testid="status" data-status={status}>
      {text}
    </p>
  );
  if (view.kind === 'unreadable') return say('unreadable', `Could not read this tab (${view.reason}).`);
  const { report } = view;
  if (report === null) return say('none', 'Backgrounder does not run on this page. The options list the sites it runs on.');
  switch (report.status) {
    case 'off':
      return say('off', `Backgrounder is off on ${report.site}. Turn it on in the options.`);
    case 'too-large':
      return say('too-large', 'This page is too large to scan without slowing it down, so it was skipped.');
    case 'unsupported':
      return say('unsupported', 'This browser cannot mark names without changing the page (it lacks the CSS Custom Highlight API), so nothing was marked.');
    case 'error':
      return say('error', `The scan of this page failed: ${report.message ?? 'unknown error'}.`);
    case 'marked':
      return report.entities.length === 0 && report.incidents.length === 0 ? say('empty', 'No names from the dataset on this page.') : null;
  }
}
