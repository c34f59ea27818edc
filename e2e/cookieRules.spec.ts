import { expect, test } from '@playwright/test';
import {
  cookieSendPredict,
  cookieStoreAccept,
  type CookieBrowser,
  type CookieJarEntry,
  cookieVariants,
} from '@cors-playground/engine';
import { cookieRelations, cookieRuleSetters } from './support/cookieRelations.ts';

type Credentials = 'include' | 'same-origin';
const modes: Credentials[] = ['include', 'same-origin'];

/** What one fetch carried, read from the echo (cookie names), or why it could not be read. */
interface Observation {
  relation: string;
  credentials: Credentials;
  cookies: string[] | 'unreadable';
}

test('which cookies a fetch carries: attributes × the page relation to the API', async ({
  page,
  context,
  browserName,
}, testInfo) => {
  const browser = browserName as CookieBrowser;
  for (const url of cookieRuleSetters) await page.goto(url);

  // What the browser kept is the engine's prediction of what it keeps.
  const jar: CookieJarEntry[] = [];
  for (const url of cookieRuleSetters) {
    for (const variant of cookieVariants) {
      const result = cookieStoreAccept(variant, url, browser);
      if (result.stored) jar.push(result.entry);
    }
  }
  const stored = (await context.cookies()).map((cookie) => `${cookie.domain} ${cookie.name}`).sort();
  expect(stored).toEqual(jar.map((entry) => `${entry.host} ${entry.name}`).sort());

  const observed: Observation[] = [];
  const mismatches: string[] = [];
  for (const relation of cookieRelations) {
    await page.goto(relation.page);
    const frame = relation.frame ? page.frames().find((f) => f !== page.mainFrame()) : page.mainFrame();
    if (!frame) throw new Error(`${relation.name}: the sandboxed frame did not load`);
    const pageOrigin = await frame.evaluate(() => window.origin);
    for (const credentials of modes) {
      const cookies = await frame.evaluate(
        async ({ url, credentials }) => {
          try {
            const response = await fetch(url, { credentials, cache: 'no-store' });
            const echo = (await response.json()) as { headers: Array<[string, string]> };
            const header = echo.headers.find(([name]) => name.toLowerCase() === 'cookie')?.[1] ?? '';
            return header
              .split(';')
              .map((part) => part.trim().split('=')[0] ?? '')
              .filter((name) => name !== '')
              .sort();
          } catch {
            return 'unreadable' as const;
          }
        },
        { url: relation.fetch, credentials },
      );
      observed.push({ relation: relation.name, credentials, cookies });
      const prediction = cookieSendPredict(jar, {
        browser,
        pageOrigin,
        topLevelUrl: relation.page,
        url: relation.target,
        credentials,
        redirects: relation.fetch === relation.target ? [] : [relation.fetch],
      });
      const predicted = prediction.verdicts
        .filter((v) => v.sent)
        .map((v) => v.name)
        .sort();
      if (JSON.stringify(predicted) !== JSON.stringify(cookies)) {
        mismatches.push(
          `${relation.name} (${credentials}, page ${pageOrigin}): observed ${JSON.stringify(cookies)}, ` +
            `predicted ${JSON.stringify(predicted)} — ${prediction.summary}`,
        );
      }
    }
  }
  await testInfo.attach(`cookie-rules-${browser}.json`, {
    body: JSON.stringify({ stored, observed }, null, 2),
    contentType: 'application/json',
  });
  expect(mismatches).toEqual([]);
});
