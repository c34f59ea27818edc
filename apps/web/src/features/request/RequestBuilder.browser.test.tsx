import { expect, test } from 'vitest';
import { page } from 'vitest/browser';
import {
  componentRender,
  componentServerData,
  componentTextReplace,
} from '../../componentRender.testkit.tsx';
import { RequestBuilder } from './RequestBuilder.tsx';

test('marks headers, shows snippets, and a lower-case method stays lower-case', async () => {
  const { sandbox } = await componentRender(<RequestBuilder />);
  const { config } = await componentServerData(sandbox);
  await expect.element(page.getByTestId('send')).toBeEnabled();
  componentTextReplace(page.getByTestId('request-method').element(), 'patch');
  for (const [name, value] of [
    ['Content-Type', 'text/plain'],
    ['X-Custom', '1'],
    ['Cookie', 'session=forged'],
  ] as const) {
    await page.getByTestId('request-header-add').click();
    componentTextReplace(page.getByTestId('request-header-name').last().element(), name);
    componentTextReplace(page.getByTestId('request-header-value').last().element(), value);
  }
  await page.getByTestId('request-body-on').click();
  componentTextReplace(page.getByTestId('request-body').element(), 'hi');
  await expect.element(page.getByText('Sent as Content-Type: text/plain.')).toBeVisible();

  const verdicts = page.getByTestId('header-verdict');
  await expect
    .poll(() => verdicts.elements().map((verdict) => verdict.getAttribute('data-kind')))
    .toEqual(['safelisted', 'preflight', 'forbidden']);
  await page.getByText('Equivalent fetch() and curl').click();
  await expect.element(page.getByTestId('snippet-fetch')).toHaveTextContent("method: 'patch'");
  await expect.element(page.getByTestId('snippet-fetch')).toHaveTextContent("body: 'hi'");
  await expect.element(page.getByTestId('snippet-curl')).toHaveTextContent(`Origin: ${config.appOrigin}`);
});
