import { describe, expect, it } from 'vitest';
import {
  fixSuggest,
  policyParse,
  serverFromScript,
  simulateFetchSync,
  type Policy,
} from '@cors-playground/engine';
import { requestPolicy } from '../export/requestPolicy.ts';
import { fixAudit } from './fixAudit.ts';

function policy(input: unknown): Policy {
  const parsed = policyParse(input);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.policy;
}

describe('fixAudit', () => {
  it("the fix for a file:// page (allow 'null') carries the audit's medium finding", () => {
    const trace = simulateFetchSync(
      { pageOrigin: 'null', url: 'http://localhost:8000/api' },
      serverFromScript({}),
      { browser: 'chromium' },
    );
    const findings = fixAudit(requestPolicy(trace));
    expect(findings).toContainEqual(expect.objectContaining({ id: 'origin.null', severity: 'medium' }));
  });

  it('the fix for a named origin carries no finding', () => {
    const trace = simulateFetchSync(
      { pageOrigin: 'http://localhost:5173', url: 'http://localhost:8000/api' },
      serverFromScript({}),
      { browser: 'chromium' },
    );
    expect(fixAudit(requestPolicy(trace))).toEqual([]);
  });

  it('given the policy it changes, only what the fix introduces is reported', () => {
    const before = policy({ origin: { mode: 'list', allow: [] }, varyOrigin: false });
    const request = { pageOrigin: 'http://localhost:5173', url: 'http://localhost:4000/data' };
    const simulate = (p: Policy) =>
      simulateFetchSync(
        request,
        serverFromScript({
          'GET http://localhost:4000/data': {
            status: 200,
            headers:
              p.origin.mode === 'any'
                ? [['access-control-allow-origin', '*']]
                : p.origin.mode === 'reflect' || (p.origin.mode === 'list' && p.origin.allow.length > 0)
                  ? [['access-control-allow-origin', request.pageOrigin]]
                  : [],
          },
        }),
        { browser: 'chromium' },
      );
    const fixes = fixSuggest({ policy: before, request, trace: simulate(before), simulate });
    const list = fixes.find((f) => f.id === 'origin-add');
    expect(list).toBeDefined();
    expect(policyAuditIds(fixAudit(list!.policy, before))).toEqual([]);
    // vary.missing was there before the fix: it is not the fix's doing.
    expect(policyAuditIds(fixAudit(list!.policy))).toContain('vary.missing');
  });
});

function policyAuditIds(findings: ReturnType<typeof fixAudit>): string[] {
  return findings.map((f) => f.id);
}
