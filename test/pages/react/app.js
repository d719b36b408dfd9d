// A small React article for the hydration test: rendered to HTML on the server, hydrated in the
// browser a second after load, after Backgrounder has marked it. Plain JavaScript, so that the
// project's Preact JSX settings do not apply to it.
import { createElement as h, useState } from 'react';

export function App() {
  const [updates, setUpdates] = useState(0);
  return h(
    'article',
    null,
    h('h1', null, 'Hydrated: the Czech–Russian row'),
    h('p', null, 'Kremlin spokesman Dmitry Peskov said relations had been tarnished.'),
    h('p', { id: 'update' }, updates === 0 ? 'No update yet.' : `Update ${updates}: Jan Hamáček replied.`),
    h('button', { id: 'more', type: 'button', onClick: () => setUpdates((n) => n + 1) }, 'More'),
  );
}
