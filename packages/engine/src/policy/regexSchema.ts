import { z } from 'zod';
import { regexCheck, regexPrecheck } from './regex.ts';
import { regexBudgetCheck } from './regexBudget.ts';

/**
 * An RE2 pattern within `regexLimits`, reported at its field path rather than at match time.
 * `compile` false leaves compiling to the group check (`regexSchemaGroupCheck`): origin lists may
 * hold thousands of entries across a policy, and the group check stops compiling at its first problem.
 */
export const regexSchema = (compile: boolean) =>
  z
    .string()
    .min(1)
    .superRefine((value, ctx) => {
      const problem = compile ? regexCheck(value).problem : regexPrecheck(value);
      if (problem !== null) ctx.addIssue({ code: 'custom', message: problem });
    });

/**
 * Compiles a group of patterns one request may all run and checks their sum against `budget`: one
 * pattern may be small and fifty of them still too slow. Reports the first problem at its pattern.
 */
export function regexSchemaGroupCheck<T>(
  pattern: (item: T) => string | null,
  field: string,
  budget: number,
  group: 'origin' | 'paths',
) {
  return (items: T[], ctx: z.RefinementCtx) => {
    const problem = regexBudgetCheck(items.map(pattern), budget, group);
    if (problem) ctx.addIssue({ code: 'custom', path: [problem.index, field], message: problem.message });
  };
}
