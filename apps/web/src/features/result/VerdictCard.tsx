import { Suspense, useEffect, useRef } from 'react';
import { usePlaygroundStore } from '../../store/playgroundStore.ts';
import type { SendRecord, Verdict } from '@cors-playground/client';
import { VerdictFix } from './VerdictFix.tsx';

export interface VerdictCardProps {
  record: SendRecord;
  /** Null until the fetch settled and the prediction exists. */
  verdict: Verdict | null;
  apiOrigin: string | null;
}

const verdictToneIcon = { ok: '✓', warn: '⚠', bad: '✗' } as const;

/**
 * The answer to a send, first and in plain words. When a send the card watched being made gets its
 * verdict, focus moves here, so keyboard and screen-reader users land on the answer (and the browser
 * scrolls it into view if the page was scrolled away).
 */
export function VerdictCard({ record, verdict, apiOrigin }: VerdictCardProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Only a send just made moves focus, not "Show" in the history; the store remembers which, so a card
  // that mounts after the verdict arrived (its chunk still loading) still moves it.
  const focusId = usePlaygroundStore((s) => s.sendFocusId);
  const focusDone = usePlaygroundStore((s) => s.sendFocusDone);
  useEffect(() => {
    if (verdict && focusId === record.id && headingRef.current) {
      headingRef.current.focus();
      focusDone();
    }
  }, [record.id, verdict, focusId, focusDone]);
  if (!verdict) {
    return (
      <div className="send-verdict send-verdict-pending" data-testid="verdict" aria-busy="true">
        <p>Sending…</p>
      </div>
    );
  }
  return (
    <div
      className={`send-verdict send-verdict-${verdict.tone}`}
      data-testid="verdict"
      data-tone={verdict.tone}
      data-send={record.id}
    >
      <h3 ref={headingRef} tabIndex={-1} data-testid="verdict-headline" className="send-verdict-headline">
        <span aria-hidden="true" className="send-verdict-icon">
          {verdictToneIcon[verdict.tone]}
        </span>{' '}
        {verdict.headline}
      </h3>
      {verdict.cause && (
        <p data-testid="verdict-cause" className="send-verdict-cause">
          {verdict.cause}
        </p>
      )}
      {verdict.serverSent && (
        <p data-testid="verdict-server-sent">
          The server sent: <code>{verdict.serverSent}</code>
        </p>
      )}
      {/* The fix needs several re-simulations: it follows the verdict instead of delaying it. */}
      {apiOrigin && record.complete && (
        <Suspense fallback={null}>
          <VerdictFix record={record} apiOrigin={apiOrigin} />
        </Suspense>
      )}
      {verdict.notes.length > 0 && (
        <ul className="send-verdict-notes">
          {verdict.notes.map((note) => (
            <li key={note} data-testid="verdict-note">
              {note}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
