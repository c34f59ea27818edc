/**
 * A policy written to make validation slow: fifty path rules whose overrides each allow nine distinct
 * counted runs of ambiguous `.*` with `ignoreCase`, ~32 KB of JSON. Before the whole-policy regex
 * budget, checking it (only to refuse it) took ~190 ms of CPU. `salt` (up to 3 characters keep it
 * within the 32 KiB a policy may have) makes every copy distinct, so that no cache helps.
 */
export function policyHostile(salt: string): unknown {
  return {
    origin: { mode: 'list', allow: ['https://app.example'] },
    paths: Array.from({ length: 50 }, (_, i) => ({
      path: `^/p${i}`,
      override: {
        origin: {
          mode: 'list',
          allow: Array.from({ length: 9 }, (_, j) => ({
            regex: `(?:[\\s\\S]*[a-z\\pL]){40}!${i}${j}.${salt}`,
            ignoreCase: true,
          })),
        },
      },
    })),
  };
}
