import { expect } from 'vitest';
import type { Policy } from '@cors-playground/engine';
import type { PolicyExport } from '@cors-playground/production';
import { verifiedRun } from './verifiedRun.testkit.ts';

/**
 * The two assertions of every live proof: each real difference from the engine is one the export
 * claims, and each difference it claims really shows on the request matrix.
 */
export async function verifiedCheck(p: Policy, exported: PolicyExport, port: number): Promise<void> {
  const { problems, observed } = await verifiedRun(p, exported, port);
  expect(problems).toEqual([]);
  expect(exported.differingAspects.filter((aspect) => !observed.has(aspect))).toEqual([]);
}
