// First step of `npm test`: both browsers must be there for the end-to-end tests.
import { ensureBrowsers } from './browsers.ts';

ensureBrowsers(['chromium', 'firefox']);
