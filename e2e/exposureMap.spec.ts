import { expect, test } from '@playwright/test';
import { ExposureMapPage } from './pages/ExposureMapPage.ts';
import { PlaygroundPage } from './pages/PlaygroundPage.ts';
import { ProductionPage } from './pages/ProductionPage.ts';
import { sandboxName } from './support/sandboxName.ts';
import { testOrigins } from './support/testOrigins.ts';

const victim = testOrigins.victimDomain;
const port = testOrigins.otherPort;
/** A careless suffix check: every name that ends like the victim's, on the other site's port. */
const suffixPolicy = {
  origin: { mode: 'list', allow: [{ regex: `^http://.*${victim.replace(/\./g, '\\.')}:${port}$` }] },
  credentials: true,
};
/** The audit's look-alike for it: a name anyone can register that merely ends in the victim's. */
const lookalike = `http://evil${victim}:${port}`;
const credentialedGet = 'Credentialed GET /private';

test('a suffix regex: the map shows the look-alike reading the API, and its cell steals the answer from that seat', async ({
  page,
  request,
}, testInfo) => {
  const ui = new PlaygroundPage(page, sandboxName(testInfo));
  await new ProductionPage(page, ui.sandbox).policyPut(request, suffixPolicy);
  await ui.goto();
  const map = new ExposureMapPage(page);
  await expect(map.table).toBeVisible({ timeout: 15_000 });

  await expect(map.row(lookalike).getByRole('rowheader')).toContainText('Look-alike (suffix)');
  const stolen = map.cell(lookalike, credentialedGet);
  await expect(stolen).toHaveAttribute('data-access', 'reads');
  await expect(stolen).toContainText('reads the response');
  // Cross-site: no cookie in either browser, and the map says so.
  await expect(stolen).toContainText('no cookie');
  // A site the regex does not match only gets its request through.
  await expect(map.cell(testOrigins.evil, credentialedGet)).toHaveAttribute('data-access', 'sends');

  // From the look-alike's own page: the script reads the API's answer.
  const seen = await map.sendFrom(lookalike, credentialedGet);
  expect(seen).toMatch(/^Allowed: 401 \(cors\)/);
  // The script holds the API's answer: a 401 here, because no cookie travels cross-site.
  expect(seen).toContain('Not logged in');
  await expect(ui.serverEvents.first()).toContainText(`from ${lookalike} → 401`);

  // A write, preflighted, is read there too: the answer the API gives anyone.
  const written = await map.sendFrom(lookalike, 'JSON write (PUT /data)');
  expect(written).toMatch(/^Allowed: 200 \(cors\)/);
  expect(written).toContain('"method":"PUT"');
});

test('/check: the map of the live policy, and the export shows the high findings before the code', async ({
  page,
  request,
}, testInfo) => {
  const production = new ProductionPage(page, sandboxName(testInfo));
  await production.policyPut(request, suffixPolicy);
  await production.goto();
  const map = new ExposureMapPage(page);
  await expect(map.cell(lookalike, credentialedGet)).toHaveAttribute('data-access', 'reads');

  const high = page.getByTestId('export-audit-high');
  await expect(high).toContainText('high-severity');
  await expect(high.getByTestId('export-audit-high-finding').first()).toHaveAttribute(
    'data-severity',
    'high',
  );
  await expect(high).toContainText(lookalike);
  // The code's placeholder gives way to the highlighted view: measure until both boxes are there.
  await expect
    .poll(async () => {
      const [highBox, codeBox] = [await high.boundingBox(), await production.code.boundingBox()];
      return highBox !== null && codeBox !== null && highBox.y < codeBox.y;
    })
    .toBe(true);
});
