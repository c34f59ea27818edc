import { expect, test } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { componentAxeBlocking } from '../../componentAxe.testkit.ts';
import {
  componentPolicyPut,
  componentRender,
  componentSandbox,
  componentServerData,
  componentTextReplace,
} from '../../componentRender.testkit.tsx';
import PolicyEditor from '../policy/PolicyEditor.tsx';
import ProductionPanel from './ProductionPanel.tsx';

const shop = 'https://shop.example';
const api = 'https://api.example/data';

const noCorsResponse = `HTTP/1.1 200 OK
Content-Type: application/json
Content-Length: 8

{"a":1}
`;

const goodResponse = `HTTP/2 200
content-type: application/json
access-control-allow-origin: ${shop}
vary: Origin

{"a":1}
`;

const code = page.getByTestId('export-code');
const differences = page.getByTestId('export-differences');
const verdict = page.getByTestId('curl-verdict');
const curlError = page.getByTestId('curl-error');

/** The panel on a sandbox whose live policy is `policy` (default: the initial one). */
async function panelRender(policy?: object) {
  const sandbox = componentSandbox();
  if (policy) await componentPolicyPut(sandbox, policy);
  const { config, seed } = await componentServerData(sandbox);
  const rendered = await componentRender(<ProductionPanel />, { sandbox, seed });
  return { ...rendered, config };
}

/** Pastes `curl -i` output for a request from `origin` to `url` in the Analyse tab. */
async function analyse(text: string, request: { url: string; origin: string }) {
  await page.getByTestId('production-tab-analyse').click();
  componentTextReplace(page.getByTestId('curl-url').element(), request.url);
  componentTextReplace(page.getByTestId('curl-origin').element(), request.origin);
  componentTextReplace(page.getByTestId('curl-input').element(), text);
}

test('export shows Express code for the live policy and follows policy changes', async () => {
  const sandbox = componentSandbox();
  await componentPolicyPut(sandbox, { origin: { mode: 'list', allow: [shop] } });
  const { config } = await componentServerData(sandbox);
  await componentRender(
    <>
      <PolicyEditor />
      <ProductionPanel />
    </>,
    { sandbox },
  );
  await expect.element(page.getByTestId('export-target')).toHaveValue('express');
  await expect.element(code).toHaveTextContent(`origin: ['${shop}']`);
  await expect.element(code).toHaveTextContent("import cors from 'cors'");
  await expect.element(differences).toBeVisible();
  // A change made in the policy editor reaches the export.
  await page.getByTestId('allow-app-origin').click();
  await expect.element(code).toHaveTextContent(config.appOrigin);
  await expect.element(code).toHaveTextContent(shop);
});

test('export says what a framework cannot express, and "Equivalent" when it can', async () => {
  await panelRender({ origin: { mode: 'any' }, credentials: true });
  await page.getByTestId('export-target').selectOptions('django');
  await expect.element(differences).toHaveTextContent('What will differ in django-cors-headers');
  expect(Number(differences.element().getAttribute('data-count'))).toBeGreaterThan(0);
  await expect
    .element(page.getByTestId('export-differences-item').first())
    .toHaveTextContent("echoes the request's Origin");
  await expect.element(code).toHaveTextContent('CORS_ALLOW_ALL_ORIGINS');
  await page.getByTestId('export-target').selectOptions('nginx');
  await expect.element(differences).toHaveAttribute('data-count', '0');
  await expect.element(differences).toHaveTextContent('Equivalent');
});

test('export copies the code', async () => {
  await panelRender({ origin: { mode: 'list', allow: [shop] } });
  await expect.element(code).toHaveTextContent(shop);
  await page.getByTestId('export-copy').click();
  await expect.element(page.getByTestId('export-copy-state')).toHaveTextContent('Copied');
  await expect.element(page.getByTestId('export-copy')).toHaveAttribute('data-copied', 'true');
});

test('a response without Access-Control-Allow-Origin is blocked, with the Chromium message and a fix', async () => {
  await panelRender();
  await analyse(noCorsResponse, { url: api, origin: shop });
  await expect.element(verdict).toHaveAttribute('data-outcome', 'blocked');
  await expect.element(verdict).toHaveTextContent('blocked');
  await expect
    .element(page.getByTestId('curl-console-chromium'))
    .toHaveTextContent(
      `Access to fetch at '${api}' from origin '${shop}' has been blocked by CORS policy: No 'Access-Control-Allow-Origin' header is present on the requested resource.`,
    );
  await expect
    .element(page.getByTestId('curl-console-firefox'))
    .toHaveTextContent('Access-Control-Allow-Origin’ missing');
  expect(
    page
      .getByTestId('curl-step')
      .elements()
      .filter((step) => step.getAttribute('data-ok') === 'false'),
  ).toHaveLength(1);
  await expect.element(page.getByTestId('curl-fix')).toBeVisible();
  await expect.element(page.getByTestId('curl-fix-code')).toHaveTextContent(`origin: ['${shop}']`);
  await page.getByTestId('curl-fix-target').selectOptions('nelmio');
  await expect.element(page.getByTestId('curl-fix-code')).toHaveTextContent('nelmio_cors');
});

test('a response that allows the origin is allowed', async () => {
  await panelRender();
  await analyse(goodResponse, { url: api, origin: shop });
  await expect.element(verdict).toHaveAttribute('data-outcome', 'allowed');
  await expect.element(verdict).toHaveTextContent('allowed');
  expect(page.getByTestId('curl-console-chromium').elements()).toHaveLength(0);
  expect(page.getByTestId('curl-fix').elements()).toHaveLength(0);
  expect(
    page
      .getByTestId('curl-step')
      .elements()
      .filter((step) => step.getAttribute('data-ok') === 'false'),
  ).toHaveLength(0);
});

test('parse problems are shown, never a crash', async () => {
  await panelRender();
  await analyse('<html>not curl output</html>', { url: api, origin: shop });
  await expect.element(curlError).toHaveTextContent('curl -i');
  expect(verdict.elements()).toHaveLength(0);
  componentTextReplace(page.getByTestId('curl-input').element(), 'HTTP/1.1 200 OK\nthis is not a header\n');
  await expect.element(curlError).toHaveTextContent('Not a header line');
  componentTextReplace(
    page.getByTestId('curl-input').element(),
    'HTTP/1.1 200 OK\nAccess-Control-Allow-Origin: *\n',
  );
  componentTextReplace(page.getByTestId('curl-origin').element(), `${shop}/page`);
  await expect.element(page.getByTestId('curl-origin-error')).toHaveTextContent('Not an origin');
  expect(verdict.elements()).toHaveLength(0);
  componentTextReplace(page.getByTestId('curl-origin').element(), shop);
  await expect.element(verdict).toHaveAttribute('data-outcome', 'allowed');
});

test('the tabs work from the keyboard', async () => {
  await panelRender();
  const exportTab = page.getByTestId('production-tab-export');
  const analyseTab = page.getByTestId('production-tab-analyse');
  (exportTab.element() as HTMLElement).focus();
  // Keys go to whatever has focus: no click, no focus() call in between.
  await userEvent.type(exportTab, '{ArrowRight}', { skipClick: true });
  await expect.element(analyseTab).toHaveFocus();
  await expect.element(analyseTab).toHaveAttribute('aria-selected', 'true');
  await expect.element(page.getByTestId('curl-input')).toBeVisible();
  await expect.element(code).not.toBeVisible();
  await userEvent.type(analyseTab, '{Home}', { skipClick: true });
  await expect.element(exportTab).toHaveAttribute('aria-selected', 'true');
  await expect.element(code).toBeVisible();
});

for (const theme of ['light', 'dark'] as const) {
  test(`axe finds no serious or critical violations in either tab (${theme})`, async () => {
    await panelRender();
    const panel = page.getByTestId('production-panel').element();
    await expect.element(code).toHaveTextContent('cors');
    expect(await componentAxeBlocking(panel, theme)).toEqual([]);
    await page.getByTestId('production-tab-analyse').click();
    componentTextReplace(page.getByTestId('curl-input').element(), noCorsResponse);
    await expect.element(page.getByTestId('curl-fix-code')).toHaveTextContent(window.location.origin);
    expect(await componentAxeBlocking(panel, theme)).toEqual([]);
  });
}
