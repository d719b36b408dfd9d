/**
 * Commands to a tab's content script, from the popup and the background: open the card for a
 * name (a popup button), for the name at the reader's cursor (the keyboard command), or for
 * a text the reader selected (the context menu). Checked against their schema on arrival,
 * like every message.
 */
import * as v from 'valibot';
import type { WxtBrowser } from 'wxt/browser';

/** Characters of a selection worth looking up: a name, not a page. */
const MAX_LOOKUP = 200;

const TabCommandSchema = v.variant('type', [
  /** Open the card of item `id` at its first mention on the page, with focus inside. */
  v.strictObject({ type: v.literal('open-card'), id: v.pipe(v.string(), v.nonEmpty()) }),
  /** Scroll to the first sentence that states claim `id` and open its note, with focus inside. */
  v.strictObject({ type: v.literal('open-claim'), id: v.pipe(v.string(), v.nonEmpty()) }),
  /** Open the card of the mention at the selection or caret, else of the first one on screen. */
  v.strictObject({ type: v.literal('open-card-at-cursor') }),
  /** Look up the selected `text` (the context menu) and open its card beside the selection. */
  v.strictObject({ type: v.literal('look-up'), text: v.pipe(v.string(), v.trim(), v.nonEmpty(), v.maxLength(MAX_LOOKUP)) }),
]);

/** A command to a content script. */
export type TabCommand = v.InferOutput<typeof TabCommandSchema>;

/** The command in `message`, or undefined (logged when it claims to be one of ours and is malformed). */
export function parseTabCommand(message: unknown): TabCommand | undefined {
  const result = v.safeParse(TabCommandSchema, message);
  if (result.success) return result.output;
  const type = typeof message === 'object' && message !== null ? (message as { type?: unknown }).type : undefined;
  if (type === 'open-card' || type === 'open-claim' || type === 'open-card-at-cursor' || type === 'look-up') console.warn(`Backgrounder: dropped a malformed command (${result.issues[0].message})`);
  return undefined;
}

/** Sends a command to the content script of tab `tabId`; false when the tab has none listening (a page Backgrounder does not run on). */
export async function sendTabCommand(tabs: WxtBrowser['tabs'], tabId: number, command: TabCommand): Promise<boolean> {
  try {
    await tabs.sendMessage(tabId, command);
    return true;
  } catch {
    return false;
  }
}

/** Content-script side: calls `handler` for each well-formed command from our own extension, until `signal` aborts. */
export function onTabCommand(runtime: WxtBrowser['runtime'], handler: (command: TabCommand) => void, signal: AbortSignal): void {
  const listener = (message: unknown, sender: { id?: string }) => {
    // Only our own extension's pages and worker send commands; nothing else is obeyed.
    if (sender.id !== runtime.id) return undefined;
    const command = parseTabCommand(message);
    if (command) handler(command);
    return undefined;
  };
  runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => runtime.onMessage.removeListener(listener), { once: true });
}
