import { z } from 'zod';
import { regexPrecheck } from './regex.ts';

/**
 * An RE2 pattern within the `regexLimits` that need no compiling, reported at its field path rather
 * than at match time. Compiling is left to the policy's budget check (`regexBudgetSteps`): a policy
 * may name hundreds of patterns, and that check counts them all before it compiles any, and stops as
 * soon as the policy's validation budget is spent.
 */
export const regexSchema = z
  .string()
  .min(1)
  .superRefine((value, ctx) => {
    const problem = regexPrecheck(value);
    if (problem !== null) ctx.addIssue({ code: 'custom', message: problem });
  });
