import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Policy } from '@cors-playground/engine';
import { controlPolicyPut } from '../api/controlApi.ts';
import { controlQueries } from '../api/controlQueries.ts';

function originToggleAllows(policy: Policy, origin: string): boolean {
  const rule = policy.origin;
  if (rule.mode !== 'list') return true;
  return rule.allow.includes(origin);
}

function originToggleApply(policy: Policy, origin: string, allow: boolean): Policy {
  const current = policy.origin.mode === 'list' ? policy.origin.allow : [];
  const rest = current.filter((entry) => entry !== origin);
  return { ...policy, origin: { mode: 'list', allow: allow ? [...rest, origin] : rest } };
}

/** Allows or denies the app's own origin in the live policy. */
export function OriginToggle() {
  const queryClient = useQueryClient();
  const config = useQuery(controlQueries.config()).data;
  const policy = useQuery(controlQueries.policy()).data;
  const mutation = useMutation({
    mutationFn: controlPolicyPut,
    onSuccess: (saved) => queryClient.setQueryData(controlQueries.policy().queryKey, saved),
  });
  if (!config || !policy) return null;
  const allowed = originToggleAllows(policy, config.appOrigin);
  return (
    <section className="panel" aria-labelledby="origin-toggle-title">
      <h2 id="origin-toggle-title">Policy</h2>
      <label>
        <input
          type="checkbox"
          data-testid="allow-app-origin"
          checked={allowed}
          disabled={mutation.isPending || policy.origin.mode !== 'list'}
          onChange={(event) =>
            mutation.mutate(originToggleApply(policy, config.appOrigin, event.target.checked))
          }
        />{' '}
        Allow <code>{config.appOrigin}</code> (this app) in the API&apos;s{' '}
        <code>Access-Control-Allow-Origin</code>
      </label>
      <p data-testid="policy-state" aria-live="polite">
        {mutation.isPending
          ? 'Applying…'
          : mutation.isError
            ? `Not applied: ${mutation.error.message}`
            : 'Applied'}
      </p>
    </section>
  );
}
