import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PageStatus, type PageReportView, type PageView } from '../../components/PageStatus';

afterEach(cleanup);

const report = (r: Partial<PageReportView>): PageView => ({
  kind: 'report',
  report: { status: 'marked', site: 'voanews.com', entities: [], incidents: [], ...r },
});

describe('PageStatus', () => {
  it.each<[string, PageView, string, RegExp]>([
    ['a tab that cannot be read', { kind: 'unreadable', reason: 'No tab with id: 4' }, 'unreadable', /^Could not read this tab \(No tab with id: 4\)\.$/],
    ['a page the extension does not run on', { kind: 'unlisted' }, 'unlisted', /does not run on this page/],
    ['a page of a site not on the list', { kind: 'unlisted', site: 'example.sk' }, 'unlisted', /does not run on example\.sk/],
    ['a page no extension may read', { kind: 'forbidden' }, 'forbidden', /Browsers let no extension read this page/],
    ['Backgrounder paused', report({ status: 'paused' }), 'paused', /paused on every site/],
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

describe('PageStatus actions', () => {
  it('offers to scan an unlisted page and to run on its site always, each with its handler', () => {
    const onScan = vi.fn();
    const onAlwaysRun = vi.fn();
    render(<PageStatus view={{ kind: 'unlisted', site: 'example.sk' }} onScan={onScan} onAlwaysRun={onAlwaysRun} />);
    fireEvent.click(screen.getByTestId('scan-page'));
    expect(onScan).toHaveBeenCalledOnce();
    expect(screen.getByTestId('always-run').textContent).toBe('Always run on example.sk');
    fireEvent.click(screen.getByTestId('always-run'));
    expect(onAlwaysRun).toHaveBeenCalledWith('example.sk');
  });

  it('offers no "Always run" where the popup cannot see the site, and nothing to do on a forbidden page', () => {
    render(<PageStatus view={{ kind: 'unlisted' }} onScan={() => undefined} onAlwaysRun={() => undefined} />);
    expect(screen.queryByTestId('always-run')).toBeNull();
    expect(screen.getByTestId('scan-page')).toBeTruthy();
    cleanup();
    render(<PageStatus view={{ kind: 'forbidden' }} onScan={() => undefined} />);
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('turns a site back on, and resumes from a pause', () => {
    const onTurnOn = vi.fn();
    const onResume = vi.fn();
    render(<PageStatus view={report({ status: 'off' })} onTurnOn={onTurnOn} />);
    fireEvent.click(screen.getByTestId('turn-on'));
    expect(onTurnOn).toHaveBeenCalledWith('voanews.com');
    cleanup();
    render(<PageStatus view={report({ status: 'paused' })} onResume={onResume} />);
    fireEvent.click(screen.getByTestId('resume'));
    expect(onResume).toHaveBeenCalledOnce();
  });
});
