import { expect, test } from '@playwright/test';
import { testOrigins } from './support/testOrigins.ts';

// Titles and the Learn step list are checked in the component layer (App.browser.test.tsx,
// LearnPath.browser.test.tsx); what the server answers for each path stays here.
test.describe('pages: the server answers every route', () => {
  test('the server answers 404 for a path that is no page, still with the app', async ({ request }) => {
    for (const path of [
      '/',
      '/learn',
      '/learn/cookies',
      '/check',
      '/challenges',
      '/challenges/guide',
      '/workshop/check',
    ]) {
      expect((await request.get(`${testOrigins.app}${path}`)).status(), path).toBe(200);
    }
    const missing = await request.get(`${testOrigins.app}/no/such/page`);
    expect(missing.status()).toBe(404);
    expect(await missing.text()).toContain('<div id="root">');
  });
});
