import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { sandboxName } from './support/sandboxName.ts';
import { testOrigins } from './support/testOrigins.ts';

/**
 * Nothing from another origin may change or read the live policy: not a cross-origin fetch (any
 * method, any content type), not a cross-site form POST, not the API origin, not the other site.
 * Each attack runs in a real browser page on the attacking origin; the proof is that the policy on
 * the server is unchanged afterwards, read by a client that sends no Origin (like curl). What clients
 * that are no browser page can do (any Origin header, a foreign Host) is apps/api/src/app/appOrigin.test.ts.
 */
const attackers = [
  { name: 'same-site other origin', pageUrl: `${testOrigins.other}/` },
  { name: 'cross-site origin', pageUrl: `${testOrigins.evil}/` },
  { name: 'the lab API origin', pageUrl: `${testOrigins.api}/data` },
];

const hostile = { origin: { mode: 'reflect' }, credentials: true };

async function policyOf(request: APIRequestContext, sandbox: string): Promise<unknown> {
  const response = await request.get(`${testOrigins.app}/control/sandboxes/${sandbox}/policy`);
  expect(response.status()).toBe(200);
  return response.json();
}

/** Runs fetch attempts in the page; returns what JavaScript saw for each. */
async function fetchAttempts(page: Page, policyUrl: string) {
  return page.evaluate(
    async ({ policyUrl, body }) => {
      const attempts: Array<[string, RequestInit]> = [
        ['PUT json cors', { method: 'PUT', headers: { 'content-type': 'application/json' }, body }],
        ['PUT text/plain cors', { method: 'PUT', headers: { 'content-type': 'text/plain' }, body }],
        [
          'POST text/plain no-cors',
          { method: 'POST', mode: 'no-cors', headers: { 'content-type': 'text/plain' }, body },
        ],
        [
          'POST urlencoded no-cors',
          { method: 'POST', mode: 'no-cors', body: new URLSearchParams({ policy: body }) },
        ],
        [
          'POST multipart no-cors',
          {
            method: 'POST',
            mode: 'no-cors',
            body: (() => {
              const f = new FormData();
              f.set('policy', body);
              return f;
            })(),
          },
        ],
        ['PATCH json cors', { method: 'PATCH', headers: { 'content-type': 'application/json' }, body }],
        ['DELETE cors', { method: 'DELETE' }],
        ['GET cors (read the policy)', { method: 'GET' }],
        ['GET credentialed cors', { method: 'GET', credentials: 'include' }],
        ['GET no-cors', { method: 'GET', mode: 'no-cors' }],
      ];
      const results: Array<{ name: string; readable: boolean; text: string | null }> = [];
      for (const [name, init] of attempts) {
        try {
          const response = await fetch(policyUrl, init);
          const text = response.type === 'opaque' ? null : await response.text();
          results.push({ name, readable: response.type !== 'opaque', text });
        } catch (error) {
          results.push({ name, readable: false, text: String(error) });
        }
      }
      return results;
    },
    { policyUrl, body: JSON.stringify(hostile) },
  );
}

/** Submits a real cross-origin HTML form (a navigation, not a fetch) and returns the page text. */
async function formPost(page: Page, action: string, enctype: string): Promise<string> {
  await page.evaluate(
    ({ action, enctype, body }) => {
      const form = document.createElement('form');
      form.method = 'POST';
      form.action = action;
      form.enctype = enctype;
      const input = document.createElement('input');
      input.name = enctype === 'text/plain' ? body.slice(0, -1) + ',"x":"' : 'policy';
      input.value = enctype === 'text/plain' ? '"}' : body;
      form.append(input);
      document.body.append(form);
      form.submit();
    },
    { action, enctype, body: JSON.stringify(hostile) },
  );
  await page.waitForURL(action);
  return page.locator('body').innerText();
}

test.describe('the control plane refuses every other origin', () => {
  for (const attacker of attackers) {
    test(`fetches from ${attacker.name} can neither read nor change the policy`, async ({
      page,
      request,
    }, testInfo) => {
      const sandbox = sandboxName(testInfo);
      const before = await policyOf(request, sandbox);
      await page.goto(attacker.pageUrl);
      const results = await fetchAttempts(page, `${testOrigins.app}/control/sandboxes/${sandbox}/policy`);
      for (const result of results) {
        expect.soft(result.readable, `${result.name} must not be readable`).toBe(false);
      }
      expect(await policyOf(request, sandbox)).toEqual(before);
    });

    for (const enctype of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data']) {
      test(`a ${enctype} form POST from ${attacker.name} is refused`, async ({ page, request }, testInfo) => {
        const sandbox = sandboxName(testInfo);
        const before = await policyOf(request, sandbox);
        await page.goto(attacker.pageUrl);
        const text = await formPost(page, `${testOrigins.app}/control/sandboxes/${sandbox}/policy`, enctype);
        expect(text).toContain('refuses');
        expect(await policyOf(request, sandbox)).toEqual(before);
      });
    }
  }
});
