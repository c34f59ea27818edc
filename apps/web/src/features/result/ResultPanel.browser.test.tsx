import { expect, test } from 'vitest';
import { page } from 'vitest/browser';
import {
  componentPolicyPut,
  componentRender,
  componentSandbox,
  componentServerData,
} from '../../componentRender.testkit.tsx';
import { usePlaygroundStore } from '../../store/playgroundStore.ts';
import { sendRecordSeed, sendRecordsAdd } from '../send/sendRecordSeed.testkit.ts';
import type { RequestDraft } from '@cors-playground/client';
import type { PolicyInput } from '@cors-playground/engine';
import ResultPanel from './ResultPanel.tsx';

/** Mounts the result panel on a send of `draft` just made (its verdict takes focus) under `policy`. */
async function resultOf(policy: PolicyInput, draft: Partial<RequestDraft>) {
  const sandbox = componentSandbox();
  const { config } = await componentServerData(sandbox);
  await componentPolicyPut(sandbox, { origin: { mode: 'list', allow: [config.appOrigin] }, ...policy });
  const server = await componentServerData(sandbox);
  const record = await sendRecordSeed({
    id: 1,
    policy: server.policy,
    pageOrigin: server.config.appOrigin,
    apiOrigin: server.config.apiOrigin,
    sandbox,
    draft,
  });
  const rendered = await componentRender(<ResultPanel />, { sandbox, seed: server.seed });
  sendRecordsAdd(record);
  usePlaygroundStore.setState({ sendCurrentId: record.id, sendFocusId: record.id });
  return { ...rendered, config: server.config };
}

test('a blocked header: the verdict names it, says what the server sent, offers the fix, and takes focus', async () => {
  await resultOf(
    { allowHeaders: { mode: 'list', values: ['Content-Type'] } },
    { method: 'PUT', headers: [['Authorization', 'Bearer token-123']], body: '{}' },
  );
  const headline = page.getByTestId('verdict-headline');
  await expect.element(headline).toHaveTextContent('Blocked');
  await expect.element(headline).toHaveFocus();
  await expect.element(page.getByTestId('verdict')).toHaveAttribute('data-tone', 'bad');
  await expect
    .element(page.getByTestId('verdict-cause'))
    .toHaveTextContent('does not allow the request header authorization');
  await expect
    .element(page.getByTestId('verdict-server-sent'))
    .toHaveTextContent(/Access-Control-Allow-Headers: Content-Type/i);
  await expect.element(page.getByTestId('verdict-fix')).toHaveTextContent('authorization');
  await expect.element(page.getByTestId('verdict-announce')).toHaveTextContent('Blocked');
  // The diagram marks the header that failed, not the origin that passed.
  await expect.element(page.getByTestId('sequence-diagram')).toHaveTextContent('ACAH: Content-Type');
  await expect
    .element(page.getByTestId('console-chromium'))
    .toHaveTextContent('has been blocked by CORS policy');
  await expect.element(page.getByTestId('console-firefox')).toHaveTextContent('Cross-Origin Request Blocked');
  await expect.element(page.getByTestId('send-result')).toHaveAttribute('data-ok', 'false');
  await expect
    .element(page.getByTestId('send-server-event').first())
    .toHaveAttribute('data-kind', 'preflight');
});

test('an allowed read: the verdict says so, JavaScript read the exposed header and not the other', async () => {
  await resultOf({ exposeHeaders: ['X-Request-Id'] }, { path: '/headers' });
  await expect
    .element(page.getByTestId('verdict-headline'))
    .toHaveTextContent('Allowed: your script read the 200 response');
  await expect.element(page.getByTestId('verdict')).toHaveAttribute('data-tone', 'ok');
  await expect.element(page.getByTestId('js-header').filter({ hasText: 'x-request-id' })).toBeInTheDocument();
  await expect
    .element(page.getByTestId('js-unreadable-header').filter({ hasText: 'x-secret-token' }))
    .toBeInTheDocument();
  await expect.element(page.getByTestId('agreement')).toHaveAttribute('data-agree', 'true');
  await expect.element(page.getByTestId('result-complete')).toBeInTheDocument();
});
