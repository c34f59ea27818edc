import type { Page } from '@playwright/test';

/** Follows a link of the header navigation, as a person would (a client-side route change, no reload). */
export async function sectionOpen(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name }).click();
}
