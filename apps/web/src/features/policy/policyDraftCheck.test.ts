import { describe, expect, it } from 'vitest';
import { policyParse } from '@cors-playground/engine';
import { policyDraftParse } from './policyDraft.ts';
import { policyDraftCheck } from './policyDraftCheck.ts';

const live = policyParse({ origin: { mode: 'list', allow: ['http://localhost:5173'] } });
if (!live.ok) throw new Error('the test policy must parse');

describe('policyDraftCheck', () => {
  it('has nothing to check without a draft', () => {
    expect(policyDraftCheck(null, live.policy)).toEqual({ kind: 'none' });
  });

  it('reports a JSON syntax error at the document, and policy errors at their field paths', () => {
    expect(policyDraftCheck(policyDraftParse('{"origin":'), live.policy)).toMatchObject({
      kind: 'invalid',
      errors: [{ path: '' }],
    });
    expect(policyDraftCheck(policyDraftParse('{"maxAge":"x"}'), live.policy)).toMatchObject({
      kind: 'invalid',
      errors: [{ path: 'maxAge' }],
    });
  });

  it('knows whether the server already has the draft, whatever the key order or the defaults written', () => {
    const same = policyDraftParse(
      '{"credentials":false,"origin":{"allow":["http://localhost:5173"],"mode":"list"}}',
    );
    expect(policyDraftCheck(same, live.policy)).toEqual({
      kind: 'valid',
      policy: live.policy,
      applied: true,
    });
    const changed = policyDraftCheck(policyDraftParse('{"maxAge":60}'), live.policy);
    expect(changed).toMatchObject({ kind: 'valid', applied: false, policy: { maxAge: 60 } });
    expect(policyDraftCheck(same, undefined)).toMatchObject({ kind: 'valid', applied: false });
  });
});
