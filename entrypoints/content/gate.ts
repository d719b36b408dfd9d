import gate from 'virtual:backgrounder/matcher-gate';
import { loadGate } from '../../lib/page/gate-load';

// Loaded as this module is evaluated, before the entrypoint's later imports touch the extension's API
// (lib/page/gate-load.ts): the one thing the content script does outside main. It is pure work on
// the bundled index, so WXT's loading of the entrypoint at build time runs it harmlessly.
export const GATE = loadGate(gate);
