import { beforeEach } from 'vitest';

/**
 * The component layer's setup, run in the browser before every test file. Vitest's orchestrator
 * holds each test iframe in a box with `transform: scale(s)`, even when s is 1; Playwright's Firefox
 * (WebDriver BiDi) cannot place a click inside a transformed frame and reports every element "not
 * visible". At scale 1 the transform changes nothing on screen, so it is taken off.
 */
const holder = window.frameElement?.parentElement;
if (holder && holder.dataset.scale === '1') holder.style.transform = 'none';

// Each test starts as a first visit: no stored theme or Learn progress, the system's colour scheme.
beforeEach(() => {
  localStorage.clear();
  delete document.documentElement.dataset.theme;
});
