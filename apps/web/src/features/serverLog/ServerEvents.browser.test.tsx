import { expect, test } from 'vitest';
import { page } from 'vitest/browser';
import { controlQueries } from '../../api/controlQueries.ts';
import {
  componentPolicyPut,
  componentRender,
  componentSandbox,
  componentServerData,
} from '../../componentRender.testkit.tsx';
import { sendRecordSeed } from '../send/sendRecordSeed.testkit.ts';
import { ServerEvents } from './ServerEvents.tsx';

/**
 * The server log after sends of each draft, in order, under a policy that allows the app's origin: its
 * events as the event stream delivers them into React Query.
 */
async function logAfter(drafts: Array<{ path: string; method?: string; headers?: Array<[string, string]> }>) {
  const sandbox = componentSandbox();
  const { config } = await componentServerData(sandbox);
  await componentPolicyPut(sandbox, {
    origin: { mode: 'list', allow: [config.appOrigin] },
    allowHeaders: { mode: 'list', values: ['Content-Type'] },
  });
  const { policy } = await componentServerData(sandbox);
  const records = await Promise.all(
    drafts.map((draft, index) =>
      sendRecordSeed({
        id: index + 1,
        policy,
        pageOrigin: config.appOrigin,
        apiOrigin: config.apiOrigin,
        sandbox,
        draft,
      }),
    ),
  );
  const events = records.flatMap((record) => record.events ?? []);
  await componentRender(<ServerEvents />, {
    sandbox,
    seed: [[controlQueries.events(sandbox).queryKey, events]],
  });
  return { config, rows: page.getByTestId('server-event') };
}

test('server-log rows say cookie, CORS headers and readability, newest first', async () => {
  const { config, rows } = await logAfter([{ path: '/data' }, { path: '/echo' }]);
  const newest = rows.first();
  await expect.element(newest).toHaveTextContent('GET /echo');
  await expect.element(newest).toHaveTextContent('cookie: no');
  await expect
    .element(newest)
    .toHaveTextContent(`CORS headers: Access-Control-Allow-Origin: ${config.appOrigin}`);
  await expect.element(newest).toHaveTextContent('readable by the page: yes');
  await expect.element(rows.nth(1)).toHaveTextContent('GET /data');
});

test('a preflight and a request it refused: both reached the server, and the log says so', async () => {
  const { rows } = await logAfter([
    { path: '/echo', method: 'PUT', headers: [['Authorization', 'Bearer x']] },
  ]);
  await expect.poll(() => rows.elements().map((row) => row.getAttribute('data-kind'))).toEqual(['preflight']);
  await expect.element(rows.first()).toHaveTextContent('OPTIONS /echo');
  await expect.element(rows.first()).toHaveTextContent('(preflight)');
  await expect
    .element(rows.first().getByTestId('server-event-readable'))
    .toHaveTextContent('preflight: for the browser, never shown to the page');
});
