// Hydrates the server-rendered article a second after load and keeps every error React reports.
import { createElement as h } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { App } from './app.js';

window.hydration = { done: false, errors: [] };
setTimeout(() => {
  hydrateRoot(document.getElementById('root'), h(App), {
    onRecoverableError: (error) => window.hydration.errors.push(String(error)),
    onUncaughtError: (error) => window.hydration.errors.push(String(error)),
  });
  window.hydration.done = true;
}, 1000);
