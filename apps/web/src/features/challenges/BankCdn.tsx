import { useMutation } from '@tanstack/react-query';
import type { ChallengeStatus } from '@cors-playground/protocol';
import { challengeMutations } from '../../api/challengeApi.ts';
import { useSandbox } from '../../api/SandboxProvider.tsx';

/**
 * What the bank's CDN holds in front of the victim's API, and its operator's two buttons. An entry
 * without `Vary` is served to every origin; expiring makes the next use revalidate (a 304 keeps the
 * stored headers); only a purge removes what was stored before a fix.
 */
export function BankCdn({ status }: { status: ChallengeStatus }) {
  const sandbox = useSandbox();
  const cdn = useMutation(challengeMutations.cdn(sandbox));
  return (
    <section className="panel" aria-labelledby="cdn-title">
      <h3 id="cdn-title">The bank&apos;s CDN</h3>
      {status.cdn.length === 0 ? (
        <p className="muted">The CDN holds nothing.</p>
      ) : (
        <ul aria-label="Cached answers">
          {status.cdn.map((entry, index) => (
            <li key={index}>
              <code>GET {entry.path}</code> stored for <code>{entry.storedFor ?? '(no Origin)'}</code>,
              Access-Control-Allow-Origin: <code>{entry.allowOrigin ?? 'none'}</code>;{' '}
              {entry.vary.length === 0 ? (
                <strong>served to every origin (no Vary)</strong>
              ) : (
                <>served only for {entry.vary.join(', ')}</>
              )}
              ; {entry.fresh ? 'fresh' : 'stale: the next use revalidates'}
            </li>
          ))}
        </ul>
      )}
      <p>
        <button type="button" disabled={cdn.isPending} onClick={() => cdn.mutate('expire')}>
          Expire the CDN&apos;s copies (as if a minute passed)
        </button>{' '}
        <button type="button" disabled={cdn.isPending} onClick={() => cdn.mutate('purge')}>
          Purge the CDN
        </button>
      </p>
      {cdn.isError && <p className="field-error">{cdn.error.message}</p>}
    </section>
  );
}
