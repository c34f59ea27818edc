import type { SendRecord } from '@cors-playground/client';
import { traceConsoleRows } from '../result/traceConsoleRows.ts';

/** The facts two sends are compared on, as label → text. */
export function historySummary(record: SendRecord): Array<[string, string]> {
  const { draft, js, trace } = record;
  const headers = draft.headers.filter(([n]) => n.trim() !== '').map(([n, v]) => `${n}: ${v}`);
  const events = record.events;
  return [
    ['Request', `${draft.method} ${draft.path}`],
    ['Headers', headers.length > 0 ? headers.join('; ') : '(none)'],
    [
      'Options',
      `credentials ${draft.credentials}, mode ${draft.mode}, redirect ${draft.redirect}, cache ${draft.cache}`,
    ],
    ['Body', draft.body ?? '(none)'],
    ['JavaScript saw', js ? (js.ok ? `resolved ${js.status} ${js.type}` : `rejected: ${js.error}`) : '…'],
    [
      'Server saw',
      events.length > 0
        ? events.map((e) => `${e.method} → ${e.status}`).join(', ')
        : record.events
          ? '(nothing)'
          : '(live)',
    ],
    [
      'Predicted',
      trace
        ? `${trace.outcome}${trace.preflight.needed ? (trace.preflight.cached ? ', cached preflight' : ', preflight') : ''}`
        : '…',
    ],
    [
      'Console',
      (trace &&
        traceConsoleRows(trace)
          .find((row) => row.browser === record.browser)
          ?.lines.join('\n')) ||
        '(none)',
    ],
    ['Policy', record.policy ? JSON.stringify(record.policy) : '…'],
  ];
}
