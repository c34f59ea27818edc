import { expect, test } from '@playwright/test';
import { PlaygroundPage } from './pages/PlaygroundPage.ts';
import { sandboxName } from './support/sandboxName.ts';
import { testOrigins } from './support/testOrigins.ts';

test.describe('first vertical slice: a live policy toggle changes what a real fetch gets', () => {
  test('allowed shows the response; denied fails the fetch, yet the request still reached the API', async ({
    page,
  }, testInfo) => {
    const playground = new PlaygroundPage(page, sandboxName(testInfo));
    await playground.goto();
    await expect(playground.allowAppOrigin).toBeChecked();

    await playground.sendAndWait();
    await expect(playground.sendResult).toHaveAttribute('data-ok', 'true');
    await expect(playground.sendOutcome).toContainText('Succeeded: 200');
    await expect(playground.sendBody).toContainText('Hello from the lab API');

    await playground.setAppOriginAllowed(false);
    await playground.sendAndWait();
    await expect(playground.sendResult).toHaveAttribute('data-ok', 'false');
    await expect(playground.sendOutcome).toContainText('TypeError');

    // Two sends, two GET /data from the app origin on the server: the blocked one still ran.
    const gets = playground.serverEvents
      .filter({ hasText: 'GET /data' })
      .filter({ hasText: testOrigins.app });
    await expect(gets).toHaveCount(2);
    await expect(gets.first()).toContainText('→ 200');

    await playground.setAppOriginAllowed(true);
    await playground.sendAndWait();
    await expect(playground.sendResult).toHaveAttribute('data-ok', 'true');
  });
});
