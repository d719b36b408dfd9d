/**
 * `npm run demo`: serves the three demo articles under their publishers' host names and
 * opens Chromium with the freshly built extension on the first one. With a display the
 * window stays open until you close it (or press Ctrl+C); without one it runs headless,
 * hovers a name, and writes screenshots of the marked page, the card and the popup.
 */
import path from 'node:path';
import { DEMO_ARTICLES } from './support/demo-articles';
import { startDemoServer } from './support/server';
import { ARTIFACTS, launch, markCount, openPopup, pointOf, tabIdOf } from './browser/harness';

const headed = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) && process.env.BACKGROUNDER_HEADLESS !== '1';
const server = await startDemoServer(Number(process.env.PORT ?? 0));
const session = await launch('chromium', { headed });
const [first, ...others] = DEMO_ARTICLES;
const article = await session.newTab();
await article.goto(server.urlOf(first!));
await article.waitFor(() => (CSS.highlights.get('backgrounder-mention')?.size ?? 0) > 0);
console.log(`Backgrounder marked ${await article.evaluate(markCount)} names on ${server.urlOf(first!)}`);

if (headed) {
  for (const other of others) await (await session.newTab()).goto(server.urlOf(other));
  console.log('The demo articles are open in Chromium: hover a marked name. Close the window or press Ctrl+C to stop.');
  const stop = async () => {
    await session.close().catch(() => undefined);
    await server.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
} else {
  const dir = path.join(ARTIFACTS, 'demo');
  await article.screenshotTo(path.join(dir, 'page.png'));
  const point = await article.evaluateWith(pointOf, 'Peskov');
  if (!point) throw new Error('The demo article does not name Peskov.');
  await article.hover(point.x, point.y);
  await article.waitForSelector('backgrounder-card >>> [data-testid="entity-card"]');
  await article.screenshotTo(path.join(dir, 'card.png'));
  const popup = await openPopup(session, await tabIdOf(session, 'rmx.news'));
  await popup.waitForSelector('[data-testid="entity-item"]');
  await popup.screenshotTo(path.join(dir, 'popup.png'), 'main');
  await session.close();
  await server.close();
  console.log(`No display, so the demo ran headless. Screenshots (marked page, open card, popup) are in:\n  ${dir}`);
}
