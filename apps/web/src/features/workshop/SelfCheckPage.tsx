import { useId } from 'react';
import { useMutation, useQueries, useQuery } from '@tanstack/react-query';
import { controlQueries } from '../../api/controlQueries.ts';
import { selfCheckMutations, selfCheckQueries } from '../../api/selfCheckApi.ts';
import { appPaths } from '@cors-playground/protocol/paths';
import { SelfCheckItem } from './SelfCheckItem.tsx';
import {
  selfCheckAppOutcome,
  selfCheckCookieOutcomes,
  selfCheckPingOutcome,
  selfCheckSecureOutcome,
  selfCheckTargets,
} from './selfCheckTargets.ts';
import './selfCheck.css';
import { useDocumentTitle } from '../../ui/useDocumentTitle.ts';

/**
 * A participant's setup check, from their own browser: can it reach every origin the labs use, are
 * those origins related (same-site or not) as the labs expect — measured with a real cookie, since
 * that is what decides — and are `Secure` cookies possible here. Works in a workshop and outside one.
 */
export default function SelfCheckPage() {
  useDocumentTitle('Workshop setup check');
  const id = useId();
  const config = useQuery(controlQueries.config()).data;
  const pageOrigin = window.location.origin;
  const targets = config ? selfCheckTargets(config) : [];
  const pings = useQueries({
    queries: targets.map((target) => ({
      ...selfCheckQueries.ping(target.origin, config?.appOrigin ?? ''),
      enabled: config !== undefined,
    })),
  });
  const cookies = useMutation(selfCheckMutations.cookies());
  const cookieOutcomes = cookies.data && selfCheckCookieOutcomes(cookies.data);
  const checkAgain = () => pings.forEach((ping) => void ping.refetch());
  return (
    <main className="self-check">
      <h1>Check your setup</h1>
      <p>
        The labs use several sites at once. This page checks, from your browser, that it reaches each of them
        and sees them related as the labs need. A failed check says what to do.
      </p>
      {!config && <p className="panel">Loading the playground&apos;s configuration…</p>}
      {config && (
        <>
          <section aria-labelledby={`${id}-reach`}>
            <h2 id={`${id}-reach`}>Can your browser reach every site?</h2>
            <ul className="self-check-list">
              <SelfCheckItem
                label="The playground app"
                outcome={selfCheckAppOutcome(config.appOrigin, pageOrigin)}
              />
              {targets.map((target, index) => {
                const result = pings[index]?.data;
                const outcome =
                  result && !pings[index]?.isFetching
                    ? selfCheckPingOutcome(target, result, pageOrigin)
                    : undefined;
                return <SelfCheckItem key={target.id} label={target.label} outcome={outcome} />;
              })}
            </ul>
            <button type="button" onClick={checkAgain}>
              Check the sites again
            </button>
          </section>
          <section aria-labelledby={`${id}-cookies`}>
            <h2 id={`${id}-cookies`}>Are the sites related as the labs need?</h2>
            <p>
              Browsers decide by cookies. This check sets a harmless SameSite=Lax cookie on the victim&apos;s
              API, then asks from its sibling site and from the attacker&apos;s site whether it arrives. It
              opens a small window for a few seconds.
            </p>
            <button type="button" onClick={() => cookies.mutate(config.stage)} disabled={cookies.isPending}>
              Check the cookies
            </button>
            {(cookies.isPending || cookieOutcomes) && (
              <ul className="self-check-list">
                <SelfCheckItem
                  label="The victim's sibling site gets its cookie"
                  outcome={cookieOutcomes?.sibling}
                />
                <SelfCheckItem
                  label="The attacker's site does not get it"
                  outcome={cookieOutcomes?.crossSite}
                />
              </ul>
            )}
          </section>
          <section aria-labelledby={`${id}-secure`}>
            <h2 id={`${id}-secure`}>Can Secure cookies work here?</h2>
            <ul className="self-check-list">
              <SelfCheckItem
                label="This page is a secure context"
                outcome={selfCheckSecureOutcome(window.isSecureContext, pageOrigin)}
              />
            </ul>
          </section>
        </>
      )}
      <p>
        <a href={appPaths.playground}>Go to the playground</a>
      </p>
    </main>
  );
}
