import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { PageStatus, type PageReportView, type PageView } from '../../components/PageStatus';

afterEach(cleanup);

const report = (r: Partial<PageReportView>): PageView => ({
  kind: 'report',
  report: { status: 'marked', site: 'voanews.com', entities: [], incidents: [], ...r },
});

describe('PageStatus', () => {
  it.each<[string, PageView, string, RegExp]>([
    ['a tab that cannot be read', { kind: 'unreadable', reason: 'No tab with id: 4' }, 'unreadable', /^Could not read this tab \(No tab with id: 4\)\.$/],
    ['a page the extension does not run on', { kind: 'report', report: null }, 'none', /does not run on this page/],
    ['a site turned off', report({ status: 'off' }), 'off', /off on voanews\.com/],
    ['a page over the budget', report({ status: 'too-large' }), 'too-large', /too large to scan/],
    ['a browser without the Highlight API', report({ status: 'unsupported' }), 'unsupported', /cannot mark names without changing the page/],
    ['a scan that failed', report({ status: 'error', message: 'Maximum call stack size exceeded' }), 'error', /scan of this page failed: Maximum call stack size exceeded/],
    ['a page with no names', report({}), 'empty', /No names from the dataset/],
  ])('says what happened on %s', (_what, view, status, text) => {
    render(<PageStatus view={view} />);
    const line = screen.getByTestId('status');
    expect(line.dataset.status).toBe(status);
    expect(line.textContent).toMatch(text);
  });

  it('never calls an unsupported browser "too large"', () => {
    render(<PageStatus view={report({ status: 'unsupported' })} />);
    expect(screen.getByTestId('status').textContent).not.toMatch(/too large/);
  });

  it('shows nothing when there are names to list', () => {
    const { container } = render(<PageStatus view={report({ entities: [{ id: 'dmitry-peskov', count: 1 }] })} />);
    expect(container.textContent).toBe('');
  });
});
