import { expect, test } from 'vitest';
import { page } from 'vitest/browser';
import { policyDefault } from '@cors-playground/engine';
import { componentRender } from '../../componentRender.testkit.tsx';
import './policy.css';
import { PolicyJsonPlaceholder } from './PolicyJsonPlaceholder.tsx';
import PolicyJsonView from './PolicyJsonView.tsx';
import { policyDraftFormat } from './policyDraft.ts';

/** The placeholder and the editor it stands for, side by side, at the width the JSON view has in the page. */
async function bothRender(text: string) {
  const { screen } = await componentRender(
    <div style={{ display: 'flex', gap: '1rem', alignItems: 'flex-start' }}>
      <div style={{ width: '560px' }}>
        <PolicyJsonPlaceholder text={text} />
      </div>
      <div style={{ width: '560px' }}>
        <PolicyJsonView text={text} onText={() => {}} />
      </div>
    </div>,
  );
  await expect.element(page.getByTestId('policy-json-input')).toBeVisible();
  const height = (testId: string) => screen.getByTestId(testId).element().getBoundingClientRect().height;
  return {
    placeholder: height('policy-json-placeholder'),
    // CodeMirror measures wrapped lines in a later frame: the editor's height settles after it shows.
    difference: () => Math.abs(height('policy-json') - height('policy-json-placeholder')),
  };
}

test('the JSON editor takes its placeholder’s place without moving what is below it', async () => {
  const { placeholder, difference } = await bothRender(policyDraftFormat(policyDefault()));
  // Lines of the default policy: a box of many lines, so a per-line difference would add up.
  expect(placeholder).toBeGreaterThan(200);
  await expect.poll(difference).toBeLessThanOrEqual(2);
});

test('a policy with long origins wraps its lines about where the editor does', async () => {
  const policy = policyDefault();
  const long = Array.from(
    { length: 4 },
    (_, i) => `https://a-rather-long-subdomain-${i}.example-company.com`,
  );
  const text = policyDraftFormat({ ...policy, origin: { mode: 'list', allow: [long.join(' ')] } });
  const { difference } = await bothRender(text);
  // One wrapped line more or less is a line's height (14 px × 1.4): never more than that.
  await expect.poll(difference).toBeLessThanOrEqual(20);
});
