import { render } from 'preact';
import { i18n, setI18n } from '../../components/i18n';
import { browser } from 'wxt/browser';
import { i18nOf } from '../../lib/ext/i18n';
import { App } from './App';
import './welcome.css';

// The interface in the browser's language, set before the first render.
setI18n(i18nOf(browser.i18n));
document.documentElement.lang = i18n().locale;
render(<App />, document.getElementById('app')!);
