import { z } from 'zod';
import { diagnosisFind, simulateFetchSync, type BrowserName } from '@cors-playground/engine';
import {
  simulateInputIssue,
  simulateInputServer,
  simulateRequestSchema,
  simulateResponsesSchema,
} from './simulateInput.ts';
import { simulateSequence } from './simulateSequence.ts';
import { simulateTrace } from './simulateTrace.ts';

/** One NDJSON input line of `cors simulate`: a request and either scripted responses or a policy. */
const simulateInputSchema = z
  .object({
    id: z.unknown().optional(),
    request: simulateRequestSchema,
    responses: simulateResponsesSchema.optional(),
    policy: z.unknown().optional(),
  })
  .refine((v) => v.responses !== undefined || v.policy !== undefined, {
    message: 'give either "responses" or "policy"',
  });

/**
 * Simulates one input line, a single fetch or a `sequence` of them (see simulateSequence); returns the
 * output object (an `inputError` object for bad input). Never throws.
 */
export function simulateLine(line: string, browser: BrowserName): Record<string, unknown> {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch (error) {
    return { id: null, inputError: `not JSON: ${(error as Error).message}` };
  }
  const id = typeof json === 'object' && json !== null && 'id' in json ? (json as { id: unknown }).id : null;
  if (typeof json === 'object' && json !== null && 'sequence' in json) return simulateSequence(json, browser);
  const parsed = simulateInputSchema.safeParse(json);
  if (!parsed.success) return { id, inputError: simulateInputIssue(parsed.error) };
  const input = parsed.data;
  const built = simulateInputServer(input);
  if (built === null || 'inputError' in built) return { id, inputError: built?.inputError ?? 'no server' };
  try {
    const trace = simulateFetchSync(input.request, built.server, { browser });
    return { id, ...simulateTrace(trace), diagnoses: diagnosisFind({ trace }) };
  } catch (error) {
    return { id, inputError: `could not simulate: ${(error as Error).message}` };
  }
}
