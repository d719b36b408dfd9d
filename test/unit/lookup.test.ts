import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { dataset } from '../../data';
import { createCatalog, NO_FINDINGS } from '../../lib/dataset/catalog';
import { createSearch } from '../../lib/dataset/search';
import { lookUpInTab } from '../../lib/ext/background';
import { buildIndex } from '../../lib/match/find-mentions';
import { lookUpText } from '../../lib/page/lookup';

const catalog = createCatalog(dataset);
const index = buildIndex(dataset);
const search = createSearch(catalog);
const look = (text: string) => lookUpText(catalog, index, search, text, NO_FINDINGS);

describe('search', () => {
  it.each([
    ['Hamacek', 'jan-hamacek'],
    ['peskov', 'dmitry-peskov'],
    ['Песков', 'dmitry-peskov'],
    ['vrbetice', 'vrbetice'],
    ['Skripal poisoning', 'skripal-poisoning-2018'],
    ['Navalnyi', 'alexey-navalny'],
  ])('finds %s', (query, id) => {
    expect(search.search(query)[0]?.id).toBe(id);
  });

  it('gives each item once, and nothing for an empty query', () => {
    const ids = search.search('Skripal', 10).map((h) => h.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(search.search('   ')).toEqual([]);
  });
});

describe('lookUp', () => {
  it('opens the card of the name the matcher finds in the selection, near misses included', () => {
    expect(look('Dmitry Peskov')).toMatchObject({ kind: 'entity', entity: { id: 'dmitry-peskov' } });
    expect(look('Navanly')).toMatchObject({ kind: 'entity', entity: { id: 'alexey-navalny' } });
    expect(look('the MH17 trial')).toMatchObject({ kind: 'incident', incident: { id: 'mh17-2014' } });
  });

  it('says the dataset does not know a name, and offers the closest ones it does', () => {
    const card = look('Jan Hamerník');
    expect(card.kind).toBe('unknown');
    if (card.kind !== 'unknown') return;
    expect(card.text).toBe('Jan Hamerník');
    expect(card.suggestions[0]).toEqual({ id: 'jan-hamacek', name: 'Jan Hamáček' });
    expect(card.suggestions.length).toBeLessThanOrEqual(3);
  });

  it('offers nothing for a text that is like no name', () => {
    expect(look('zzzzqqq')).toEqual({ kind: 'unknown', text: 'zzzzqqq', suggestions: [] });
  });
});

describe('lookUpInTab', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => vi.restoreAllMocks());

  it('asks the content script where one runs', async () => {
    const sent = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined);
    const injected = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([] as never);
    await lookUpInTab(3, 'Peskov');
    expect(sent).toHaveBeenCalledWith(3, { type: 'look-up', text: 'Peskov' });
    expect(injected).not.toHaveBeenCalled();
  });

  it('injects the look-up script into the clicked frame where none runs, then asks it', async () => {
    const sent = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValueOnce(new Error('Receiving end does not exist.')).mockResolvedValue(undefined);
    const injected = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([] as never);
    await lookUpInTab(3, 'Peskov', 2);
    expect(injected).toHaveBeenCalledWith({ target: { tabId: 3, frameIds: [2] }, files: ['/lookup.js'] });
    expect(sent).toHaveBeenCalledTimes(2);
  });

  it('gives up quietly on a page the browser forbids', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(new Error('Receiving end does not exist.'));
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockRejectedValue(new Error('Cannot access a chrome:// URL'));
    await expect(lookUpInTab(3, 'Peskov')).resolves.toBeUndefined();
  });
});
