import { describe, expect, it } from 'vitest';
import { policyChangeLabelMaxLength, policyHistorySchema } from '@cors-playground/protocol';
import { playgroundTesting, playgroundTestingPut as json } from '../start/playgroundTesting.testkit.ts';

/** A real playground's control plane for sandbox `box`. */
async function historyPlane() {
  const { config } = await playgroundTesting();
  const base = `${config.appOrigin}/control/sandboxes/box`;
  return {
    base,
    put: (policy: unknown, by?: string) =>
      fetch(`${base}/policy${by === undefined ? '' : `?by=${encodeURIComponent(by)}`}`, json(policy)),
    history: async () => policyHistorySchema.parse(await (await fetch(`${base}/policy/history`)).json()),
    live: async () => (await (await fetch(`${base}/policy`)).json()) as { origin: unknown },
    restore: (id: unknown) => fetch(`${base}/policy/restore`, json({ id })),
  };
}

const custom = { origin: { mode: 'list', allow: ['http://custom.example'] } };
const strict = { origin: { mode: 'list', allow: [] } };

describe('policy history over the control plane', () => {
  it('keeps the replaced policy with what replaced it, and restores it', async () => {
    const plane = await historyPlane();
    const initial = await plane.live();
    expect(await plane.history()).toEqual([]);
    expect((await plane.put(custom)).status).toBe(200);
    // Typing in the editor is one change: a run of plain edits keeps one entry.
    expect((await plane.put({ ...custom, credentials: true })).status).toBe(200);
    expect((await plane.put(custom)).status).toBe(200);
    expect((await plane.put(strict, "Preset 'Strict'")).status).toBe(200);
    const history = await plane.history();
    expect(history.map((entry) => entry.replacedBy)).toEqual(["Preset 'Strict'", 'An edit']);
    expect(history[0]?.policy).toMatchObject(custom);
    expect(history[1]).toMatchObject({ policy: initial, isDefault: true });
    expect(history[0]?.isDefault).toBe(false);

    const restored = await plane.restore(history[0]?.id);
    expect(restored.status).toBe(200);
    expect((await plane.live()).origin).toEqual(custom.origin);
    // The restore is a change too: the Strict policy it replaced can come back.
    const after = await plane.history();
    expect(after[0]?.replacedBy).toBe("Restoring the policy replaced by Preset 'Strict'");
    expect(after[0]?.policy).toMatchObject(strict);
  });

  it('restores the default policy', async () => {
    const plane = await historyPlane();
    const initial = await plane.live();
    await plane.put(custom, 'A test');
    expect((await plane.restore('default')).status).toBe(200);
    expect(await plane.live()).toEqual(initial);
    expect((await plane.history())[0]).toMatchObject({
      replacedBy: 'Restore default',
      policy: { origin: custom.origin },
    });
  });

  it('answers 400 with the field path for an unknown entry or a bad label', async () => {
    const plane = await historyPlane();
    for (const id of [999, 'x', null]) {
      const response = await plane.restore(id);
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ errors: [{ path: 'id' }] });
    }
    for (const by of ['', 'x'.repeat(policyChangeLabelMaxLength + 1), 'two\nlines']) {
      const response = await plane.put(custom, by);
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ errors: [{ path: 'by' }] });
    }
    expect(await plane.history()).toEqual([]);
  });

  it('keeps at most 20 policies, newest first', async () => {
    const plane = await historyPlane();
    for (let index = 0; index < 25; index++) {
      const policy = { origin: { mode: 'list', allow: [`http://site${index}.example`] } };
      expect((await plane.put(policy, `Change ${index}`)).status).toBe(200);
    }
    const history = await plane.history();
    expect(history).toHaveLength(20);
    expect(history[0]?.replacedBy).toBe('Change 24');
    expect(history[19]?.replacedBy).toBe('Change 5');
  });
});
