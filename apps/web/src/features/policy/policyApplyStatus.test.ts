import { describe, expect, it } from 'vitest';
import { policyDefault } from '@cors-playground/engine';
import { ControlPolicyError } from '../../api/controlApi.ts';
import { policyApplyStatus, type PolicyApplyMutation } from './policyApplyStatus.ts';
import type { PolicyDraftCheck } from './policyDraftCheck.ts';

const policy = policyDefault();
const other = { ...policyDefault(), credentials: true };
const none: PolicyDraftCheck = { kind: 'none' };
const waiting: PolicyDraftCheck = { kind: 'valid', policy, applied: false };
const live: PolicyDraftCheck = { kind: 'valid', policy, applied: true };
const invalid: PolicyDraftCheck = { kind: 'invalid', errors: [{ path: 'maxAge', message: 'too big' }] };

function apply(status: PolicyApplyMutation['status'], variables: unknown, error: Error | null = null) {
  return { status, variables: { policy: variables }, error };
}

describe('policyApplyStatus', () => {
  it('is applied with nothing to do', () => {
    expect(policyApplyStatus(none, undefined).state).toBe('applied');
    expect(policyApplyStatus(none, apply('success', other)).state).toBe('applied');
    expect(policyApplyStatus(live, undefined).state).toBe('applied');
  });

  it('puts an invalid draft first: it is what the user is looking at', () => {
    expect(policyApplyStatus(invalid, apply('pending', other))).toEqual({
      state: 'invalid',
      errors: [{ path: 'maxAge', message: 'too big' }],
      message: null,
    });
  });

  it('is pending while a PUT is in flight or a draft waits for the typing pause', () => {
    expect(policyApplyStatus(none, apply('pending', other)).state).toBe('pending');
    expect(policyApplyStatus(live, apply('pending', other)).state).toBe('pending');
    expect(policyApplyStatus(waiting, undefined).state).toBe('pending');
    // An older apply failed, but the draft is newer and will be sent.
    expect(policyApplyStatus(waiting, apply('error', other, new Error('down'))).state).toBe('pending');
  });

  it("reports the draft's own failed PUT instead of waiting forever", () => {
    expect(
      policyApplyStatus(waiting, apply('error', policy, new Error('Control plane answered 500'))),
    ).toEqual({
      state: 'error',
      errors: [],
      message: 'Control plane answered 500',
    });
  });

  it("reports the newest apply's failure, with the control plane's field paths when it refused the policy", () => {
    const refused = new ControlPolicyError([{ path: 'origin.allow[0]', message: 'not an origin' }]);
    expect(policyApplyStatus(none, apply('error', other, refused))).toEqual({
      state: 'invalid',
      errors: [{ path: 'origin.allow[0]', message: 'not an origin' }],
      message: null,
    });
    // Once the draft is live, an older failure no longer matters.
    expect(policyApplyStatus(live, apply('error', other, refused)).state).toBe('applied');
  });
});
