import { defineBackground } from 'wxt/utils/define-background';
import { startBackground } from '../lib/ext/background';

export default defineBackground(() => startBackground());
