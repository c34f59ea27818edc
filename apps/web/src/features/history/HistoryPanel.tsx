import { lazy, Suspense } from 'react';
import { usePlaygroundStore } from '../../store/playgroundStore.ts';
import { useSend } from '../send/useSend.ts';
import './history.css';

const HistoryCompare = lazy(() => import('./HistoryCompare.tsx'));

/** Every send of this session: show one, re-run it, or pick two to compare. */
export default function HistoryPanel() {
  const records = usePlaygroundStore((s) => s.historyRecords);
  const currentId = usePlaygroundStore((s) => s.sendCurrentId);
  const compare = usePlaygroundStore((s) => s.historyCompare);
  const compareToggle = usePlaygroundStore((s) => s.historyCompareToggle);
  const sendShow = usePlaygroundStore((s) => s.sendShow);
  const requestPatch = usePlaygroundStore((s) => s.requestPatch);
  const pending = usePlaygroundStore((s) => s.sendPending);
  const send = useSend();
  if (records.length === 0) return null;
  return (
    <section className="panel history" aria-labelledby="history-title">
      <h2 id="history-title">History</h2>
      <ol reversed className="history-list">
        {[...records].reverse().map((record) => (
          <li
            key={record.id}
            data-testid="history-entry"
            data-send={record.id}
            aria-current={record.id === currentId || undefined}
          >
            <span className={`badge ${record.js ? (record.js.ok ? 'badge-ok' : 'badge-bad') : ''}`}>
              {record.js ? (record.js.ok ? `${record.js.status}` : 'failed') : '…'}
            </span>{' '}
            <code>
              #{record.id} {record.draft.method} {record.draft.path}
            </code>{' '}
            <button
              type="button"
              data-testid="history-show"
              onClick={() => sendShow(record.id)}
              disabled={record.id === currentId}
            >
              Show
            </button>{' '}
            <button
              type="button"
              data-testid="history-rerun"
              disabled={pending}
              onClick={() => {
                requestPatch(record.draft);
                void send({ draft: record.draft });
              }}
            >
              Re-run
            </button>{' '}
            <label>
              <input
                type="checkbox"
                data-testid="history-compare"
                checked={compare.includes(record.id)}
                onChange={() => compareToggle(record.id)}
              />{' '}
              Compare
            </label>
          </li>
        ))}
      </ol>
      {compare.length === 2 && (
        <Suspense fallback={<p>Loading the comparison…</p>}>
          <HistoryCompare ids={compare} />
        </Suspense>
      )}
      {compare.length === 1 && <p className="help">Pick one more send to compare.</p>}
    </section>
  );
}
