/**
 * The README's screenshot of a failing request explained (docs/screenshot-blocked.png): a credentialed
 * PUT with a custom header whose preflight the policy refuses, the request beside its verdict at
 * 1440×900, as a first visit sees it. Run: `pnpm --filter @cors-playground/web screenshot` (builds
 * first). It runs the playground on the default ports (5173/4000/5174) so the picture shows the origins
 * a reader's `npm start` uses; stop any playground on them first.
 */
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { benchAppUrl, benchChromiumPath, benchPlaygroundStart } from './benchPlayground.ts';

const output = fileURLToPath(new URL('../../../docs/screenshot-blocked.png', import.meta.url));
const sandbox = `screenshot-${Date.now() % 100000}`;

const server = await benchPlaygroundStart();
try {
  const policy = await fetch(`${benchAppUrl}/control/sandboxes/${sandbox}/policy`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      origin: { mode: 'list', allow: [benchAppUrl] },
      credentials: true,
      allowHeaders: { mode: 'list', values: ['Content-Type'] },
    }),
  });
  if (!policy.ok) throw new Error(`policy PUT answered ${policy.status}`);
  const browser = await chromium.launch({ executablePath: benchChromiumPath });
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, colorScheme: 'light' });
    await page.goto(`${benchAppUrl}/?sandbox=${sandbox}`);
    await page.getByTestId('request-pick').filter({ hasText: '/echo' }).click();
    const setValue = (testId: string, value: string) =>
      page
        .getByTestId(testId)
        .last()
        .evaluate((element, text) => {
          Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(element, text);
          element.dispatchEvent(new Event('input', { bubbles: true }));
        }, value);
    await setValue('request-method', 'PUT');
    await page.getByTestId('request-header-pick').filter({ hasText: 'X-Custom' }).click();
    await page.getByTestId('request-credentials').selectOption('include');
    await page.getByTestId('send').click();
    await page.getByTestId('result-complete').waitFor({ state: 'attached' });
    await page.getByTestId('fix-button').first().waitFor();
    await page.getByTestId('sequence-diagram').waitFor();
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: output });
    console.log(`wrote ${output}`);
  } finally {
    await browser.close();
  }
} finally {
  server.kill('SIGTERM');
}
