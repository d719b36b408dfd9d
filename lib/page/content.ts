/**
 * The content script's work on a page of a listed site: keep the page marked while the site
 * is on (following the page as it changes), show the card for the name under the pointer,
 * report what was found to the background, and undo it all when the site is turned off or
 * the script is invalidated.
 */
import type { CardModel, CardPage } from '../dataset/card';
import { createItems, type Findings, findingsOf, type ItemSummary, NO_FINDINGS, ownOutlets } from '../dataset/catalog';
import { textLanguageFor } from '../dataset/localize';
import type { Settings } from '../ext/settings';
import { isKindShown, isSiteEnabled } from '../ext/settings-read';
import { siteForHost, siteOfHost, sitesOf } from '../ext/sites';
import type { TabCommand } from '../ext/tab-commands';
import type { TabState } from '../ext/tab-state';
import { countByClaim, countByItem, isClaim, type Mention } from '../match/mention';
import { attachCard } from './card/controller';
import { isCardHost } from './card/host';
import { isOnScreen } from './card/on-screen';
import type { CardKit } from './card-kit';
import { announcement, lookupMark, markAtCursor, selectionRange } from './lookup';
import { type LiveScan, startLiveScan } from './live-scan';
import type { MarkStyles } from './mark-style';
import type { ContentServices } from '../ext/content-services';
import type { Boot, ContentContext } from './page-kit';
import type { I18n } from '../text/messages';
import type { PageMatcher } from './scan';
import { yieldToMain } from './slicer';
import { canHighlight, flash, inPageOrder, type Mark } from './marks';

/** What the content script hands over (lib/page/boot.ts), and what the kit's entrypoint adds: the extension's services and the card's look, which this framework-free module does not know. */
export interface ContentOptions extends Omit<Boot, 'browser'> {
  services: ContentServices;
  /** The interface's words, in the reader's language (what a screen reader hears when a card opens). */
  words: I18n;
  /** Every item's id, kind, name and outlet domains, as JSON (ItemSummary[]): what the page needs without the dataset's texts. */
  items: string;
  /** The card's stylesheet, for its shadow root. */
  cardCss: string;
  /** The marks' light and dark styles, adopted by the page and its shadow roots. */
  markStyles?: MarkStyles;
}

/** What the isolated world keeps between our scripts on one page. */
interface OurGlobals {
  /** Set by the popup's "Scan this page" just before it injects this script into a page of a site that is not listed. */
  backgrounderScanOnce?: boolean;
  /** Set while a content script of ours runs on the page: a second injection (a second "Scan this page") starts no second one. */
  backgrounderRunning?: boolean;
}

/** What groups a page's marks for stepping: the item a name names, or the first claim a sentence states. */
const groupOf = (m: Mention) => (isClaim(m) ? `claim:${m.claims?.[0] ?? ''}` : m.entityId);

/**
 * A script's export loaded once, on first ask: at hand once loaded, else the load under way, shared by
 * every caller. A failed load is tried again by the next caller (the worker may have been restarting).
 */
function loadedOnce<T>(load: () => Promise<T>): { readonly value: T | undefined; get(): Promise<T> } {
  let value: T | undefined;
  let loading: Promise<T> | undefined;
  return {
    get value() {
      return value;
    },
    get: () =>
      (loading ??= load().then(
        (loaded) => (value = loaded),
        (error: unknown) => {
          loading = undefined;
          throw error;
        },
      )),
  };
}

/** Runs `task` when the page is idle (soon, where the browser has no idle callbacks). */
function whenIdle(task: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(task, { timeout: 2000 });
  else setTimeout(task, 0);
}

/** Starts Backgrounder on the current page; returns once it is set up (the first pass follows in slices). */
export async function startContentScript(ctx: ContentContext, options: ContentOptions): Promise<void> {
  const ours = globalThis as OurGlobals;
  if (ours.backgrounderRunning) return;
  const { services } = options;
  const loading = services.loadSettings();
  /** The full matcher, whose index the matcher kit makes from the gate's part: in a task after the kit's script runs (the two together came near a long task in a tab just opened). */
  const full = loadedOnce(() =>
    options.matcherKit().then(async (matcherKit) => {
      await yieldToMain();
      return matcherKit.matcher(options.gate.compiled);
    }),
  );
  const matcher: PageMatcher = { gate: options.gate.index, full: () => full.value ?? full.get() };
  const { settings: initial } = await loading;
  // A listed or added site, or, once, the page the reader asked the popup to scan.
  const listed = siteForHost(location.hostname, sitesOf(initial)) ?? (ours.backgrounderScanOnce ? siteOfHost(location.hostname) : undefined);
  if (!listed || ours.backgrounderRunning) return;
  ours.backgrounderRunning = true;
  ctx.signal.addEventListener('abort', () => void (ours.backgrounderRunning = false), { once: true });
  const site: string = listed;
  let settings: Settings = initial;
  const items = createItems(JSON.parse(options.items) as ItemSummary[]);
  /** The dataset's texts in the reader's language where written. */
  const texts = textLanguageFor(options.words.locale);
  // The kit's script, then the language's formats from the background (so that the page makes no
  // Intl number or date formatter, whose first took 16–35 ms in a tab just opened), the first message
  // and the plural rules, each a task of its own (I18n.preparing): with the script and a first
  // drawing they made one long task.
  const cardKit = loadedOnce(() =>
    options.cardKit().then(async (kit) => {
      kit.speak(options.words);
      for (const step of options.words.preparing) {
        await yieldToMain();
        await step();
      }
      await yieldToMain();
      return kit;
    }),
  );
  const loadKit = cardKit.get;
  let live: { scan: LiveScan; stop: AbortController } | undefined;
  let findings: Findings = NO_FINDINGS;
  let reported = '';
  let last: Omit<TabState, 'site'> | undefined;
  /**
   * Draws the card of the page's first name once, unseen in the card's own shadow root, and clears
   * it: the card's code, styles and fonts are first used while the reader reads, not when the first
   * card is asked for.
   */
  let warmed = false;
  function warm(): void {
    const first = pageMarks().names[0];
    // A live page may have asked for the kit several times before it came: one drawing is enough.
    if (!first || warmed) return;
    warmed = true;
    card.warm(first).catch((error: unknown) => console.error('Backgrounder: could not draw the first card ahead', error));
  }
  /** Cards for looked-up selections, which are not marks of the page. */
  const lookedUp = new WeakMap<Mark, CardModel>();

  const card = attachCard({
    marks: () => live?.scan.marks,
    // Placement runs once a card is drawn, and drawing waits for the kit, which brings floating-ui: a kit
    // that failed to load drew nothing, and nothing is placed or shown.
    placement: {
      followRange: (container, range) => cardKit.value?.placement.followRange(container, range) ?? { placed: new Promise<void>(() => undefined), stop: () => undefined },
    },
    css: options.cardCss,
    signal: ctx.signal,
    showDelay: () => settings.cardDelay,
    render: (container, mark) => {
      const modelOf = (k: CardKit, m: Mark) =>
        lookedUp.get(m) ?? (isClaim(m.mention) ? k.note(m.mention.claims ?? [], texts) : k.model(m.mention.entityId, findings, texts));
      const draw = (k: CardKit) => k.render(container, mark && modelOf(k, mark), mark && pageAround(mark));
      if (cardKit.value) return draw(cardKit.value);
      if (!mark) return undefined;
      // The first card of the page waits for the kit; the controller places the card once drawn.
      return loadKit().then(draw, (error: unknown) => console.error('Backgrounder: could not load the card', error));
    },
  });

  /** The open mark's place among the page's mentions of its item, and the way to the others. */
  function pageAround(mark: Mark): CardPage {
    const same = inPageOrder((live?.scan.marks.list ?? []).filter((m) => groupOf(m.mention) === groupOf(mark.mention)));
    // A looked-up name may not be on the page at all: then it has no mentions to step through.
    const position = Math.max(0, same.indexOf(mark));
    return {
      position,
      total: same.length,
      step(delta) {
        const target = same[(position + delta + same.length) % same.length];
        if (!target) return;
        target.range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'smooth' });
        flash(target.range);
        card.focusOn(target);
      },
      turnOffSite: () =>
        void services.changeSettings({ type: 'site', site, enabled: false }).catch((error: unknown) => console.error('Backgrounder: could not turn the site off', error)),
      openItem: (id) => openCard(id, mark.range),
    };
  }

  /** Opens item `id`'s card: at its first mention on the page, else beside `anchor`. */
  function openCard(id: string, anchor: Range | undefined): void {
    const first = pageMarks().names.find((m) => m.mention.entityId === id);
    if (first || !anchor) return openFor(first);
    void loadKit().then((k) => {
      const model = k.model(id, findings, texts);
      if (model) show(lookupMark(anchor, model, id), model);
    });
  }

  /** Opens a card with focus inside (the popup, the keyboard, a look-up, whose `model` is not a mark's) and says so to screen readers. */
  function show(mark: Mark, model?: CardModel): void {
    if (model) lookedUp.set(mark, model);
    card.focusOn(mark);
    card.announce(isClaim(mark.mention) ? options.words.t('announce_note') : announcement(items, model, mark.mention.entityId, options.words));
  }

  /** Reports the page's state when it changed: a live page passes often, mostly to the same effect. */
  const report = (state: Omit<TabState, 'site'>, again = false) => {
    const next = JSON.stringify(state);
    if (next === reported && !again) return;
    reported = next;
    last = state;
    void services.sendPageReport({ site, ...state });
  };
  /** Says the last state again: the page has become the one its tab shows (back/forward cache, prerendering). */
  const reportAgain = () => last && report(last, true);
  window.addEventListener('pageshow', (event) => event.persisted && reportAgain(), { signal: ctx.signal });
  document.addEventListener('prerenderingchange', reportAgain, { signal: ctx.signal });

  /** A page that breaks the scan gets no marks, and the popup says why instead of "no names". */
  const fail = (error: unknown) => {
    console.error('Backgrounder: the scan of this page failed', error);
    stop();
    report({ status: 'error', ...NO_FINDINGS, message: error instanceof Error ? error.message : String(error) });
  };

  function start(): void {
    if (!canHighlight()) return report({ status: 'unsupported', ...NO_FINDINGS });
    const stopper = new AbortController();
    ctx.signal.addEventListener('abort', () => stopper.abort(), { once: true, signal: stopper.signal });
    try {
      const scan = startLiveScan({
        doc: document,
        matcher,
        exclude: isCardHost,
        look: { styles: options.markStyles, density: settings.density, variant: settings.markStyle },
        ignore: ignored(),
        claims: settings.claimNotes,
        signal: stopper.signal,
        onError: fail,
        onFrame: (frameDoc) => card.listenIn(frameDoc),
        onPass(result) {
          if (result.status === 'too-large') return report({ status: 'too-large', ...NO_FINDINGS });
          const mentions = inPageOrder(result.marks.list).map((m) => m.mention);
          findings = findingsOf(items, countByItem(mentions));
          report({ status: 'marked', ...findings, claims: countByClaim(mentions) });
          // A page that names someone gets the kit while the reader reads, so that its first card opens at once.
          if (result.marks.list.length > 0 && !cardKit.value) whenIdle(() => void loadKit().then(() => whenIdle(warm), () => undefined));
        },
      });
      live = { scan, stop: stopper };
    } catch (error) {
      fail(error);
    }
  }

  function stop(): void {
    card.hide();
    live?.stop.abort();
    live = undefined;
    findings = NO_FINDINGS;
  }

  const openFor = (mark: Mark | undefined) => mark && show(mark);

  /** The page's marks in page order: those of names, and those of sentences that state a claim. */
  function pageMarks(): { names: Mark[]; sentences: Mark[] } {
    const all = inPageOrder(live?.scan.marks.list ?? []);
    return { names: all.filter((m) => !isClaim(m.mention)), sentences: all.filter((m) => isClaim(m.mention)) };
  }

  function obey(command: TabCommand): void {
    const { names, sentences } = pageMarks();
    if (command.type === 'open-card') return openFor(names.find((m) => m.mention.entityId === command.id));
    if (command.type === 'open-claim') return openFor(sentences.find((m) => m.mention.claims?.includes(command.id)));
    // A name at the cursor before the sentence around it.
    if (command.type === 'open-card-at-cursor') return openFor(markAtCursor([...names, ...sentences]) ?? names.find((m) => isOnScreen(m.range)));
    const anchor = selectionRange(document);
    if (!anchor) return;
    void Promise.all([loadKit(), full.get()]).then(([k, loaded]) => {
      const model = k.lookUp(loaded.index, command.text, findings, texts);
      show(lookupMark(anchor, model, command.text), model);
    });
  }

  /**
   * Items not marked on this page: the kinds the reader hid, and the outlet on its own site (its
   * name in its masthead and bylines is everywhere there and tells the reader nothing).
   */
  function ignored(): ReadonlySet<string> {
    const ids = new Set(ownOutlets(items, location.hostname));
    for (const [id, kind] of items.summaries) if (!isKindShown(settings, kind)) ids.add(id);
    return ids;
  }

  /** Whether the page is marked under `s`, and if not, what the popup says. */
  const stateOf = (s: Settings) => (s.paused ? 'paused' : isSiteEnabled(s, site) ? 'on' : 'off');
  /** Starts or stops as the settings say; a change of what is marked or how restarts the pass. */
  function follow(previous: Settings | undefined): void {
    const now = stateOf(settings);
    const restyled =
      previous !== undefined &&
      (previous.markStyle !== settings.markStyle || previous.hiddenKinds.join() !== settings.hiddenKinds.join() || previous.claimNotes !== settings.claimNotes);
    if (previous && stateOf(previous) === now && !restyled) {
      if (previous.density !== settings.density) live?.scan.marks.setDensity(settings.density);
      return;
    }
    stop();
    if (now === 'on') start();
    else report({ status: now, ...NO_FINDINGS });
  }
  follow(undefined);
  services.watchSettings((loaded) => {
    const previous = settings;
    settings = loaded.settings;
    follow(previous);
  }, ctx.signal);
  services.onTabCommand(obey, ctx.signal);
  // A single-page site's route change brings a new article into the same document.
  ctx.addEventListener(window, 'wxt:locationchange', () => live?.scan.rescanAll());
}
