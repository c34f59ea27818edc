import AxeBuilder from '@axe-core/playwright';
import { axeViolationsBlocking } from '../../apps/web/src/axeViolationsBlocking.testkit.ts';
import type { Page } from '@playwright/test';

/**
 * Serious and critical violations fail; moderate and minor ones are reported by axe but not gated.
 * `include` scans only that part of the page (default: all of it).
 */
export async function axeBlocking(page: Page, include?: string) {
  const builder = new AxeBuilder({ page });
  const results = await (include ? builder.include(include) : builder).analyze();
  return axeViolationsBlocking(results.violations);
}
