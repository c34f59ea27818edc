import axe from 'axe-core';
import { axeViolationsBlocking } from './axeViolationsBlocking.testkit.ts';

/**
 * The component layer's accessibility gate, with the same rules as e2e's axeBlocking: axe's defaults;
 * serious and critical violations fail, moderate and minor ones are not gated. Scans `within` (default
 * the whole test page) in `theme`, set as the theme picker sets it (default: the current one).
 */
export async function componentAxeBlocking(within: Element = document.body, theme?: 'light' | 'dark') {
  if (theme) document.documentElement.dataset.theme = theme;
  const results = await axe.run(within, { resultTypes: ['violations'] });
  return axeViolationsBlocking(results.violations);
}
