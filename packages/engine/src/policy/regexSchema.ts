import { z } from 'zod';
import { regexCheck, regexPrecheck } from './regex.ts';

/**
 * An RE2 pattern within `regexLimits`, reported at its field path rather than at match time.
 * `compile` false leaves compiling to the policy's budget check (`regexBudgetProblems`): origin lists
 * may hold thousands of entries across a policy, and that check stops each list at its first problem.
 */
export const regexSchema = (compile: boolean) =>
  z
    .string()
    .min(1)
    .superRefine((value, ctx) => {
      const problem = compile ? regexCheck(value).problem : regexPrecheck(value);
      if (problem !== null) ctx.addIssue({ code: 'custom', message: problem });
    });
