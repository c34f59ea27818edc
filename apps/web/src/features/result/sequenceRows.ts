import { headerListGet, type Trace } from '@cors-playground/engine';
import type { LabEvent } from '@cors-playground/protocol';
import { verdictFailureHeader } from '@cors-playground/client';

/** One line of the sequence diagram. */
export interface SequenceRow {
  direction: 'request' | 'response' | 'self';
  label: string;
  /** Pass/fail mark; null for none. */
  ok: boolean | null;
  /** Predicted but not what the server saw. */
  dashed: boolean;
}

function sequencePath(url: string): string {
  const parsed = new URL(url);
  return parsed.pathname + parsed.search;
}

function sequenceShort(text: string, max = 58): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/**
 * The rows of the diagram: each predicted exchange as a request arrow and a response arrow marked with
 * the checks made on it, a cache hit as a note, and the outcome JavaScript gets.
 */
export function sequenceRows(trace: Trace, events: readonly LabEvent[]): SequenceRow[] {
  const rows: SequenceRow[] = [];
  if (trace.preflight.cached) {
    rows.push({
      direction: 'self',
      label: 'Preflight answered from the preflight cache: nothing sent',
      ok: true,
      dashed: false,
    });
  }
  const seenPreflight = events.some((e) => e.kind === 'preflight');
  trace.exchanges.forEach((exchange, index) => {
    const steps = trace.steps.filter((s) => s.exchange === index);
    const ok = steps.length === 0 ? null : steps.every((s) => s.ok);
    const dashed = events.length > 0 && exchange.kind === 'preflight' && !seenPreflight;
    const kind =
      exchange.kind === 'preflight' ? 'preflight ' : exchange.kind === 'redirect' ? 'redirect ' : '';
    rows.push({
      direction: 'request',
      label: sequenceShort(
        `${kind}${exchange.request.method} ${sequencePath(exchange.request.url)}  Origin: ${exchange.origin ?? '(none)'}`,
      ),
      ok: null,
      dashed,
    });
    // The label shows the header the failed check read (ACAH for a refused header), else ACAO: the
    // mark must sit on the header that caused it, not on one that passed.
    const failure = trace.failure && trace.failure.exchange === index ? trace.failure : null;
    const header = (failure && verdictFailureHeader(failure.code)) ?? 'Access-Control-Allow-Origin';
    const value = headerListGet(exchange.response.headers, header);
    const short = header.replace(/^Access-Control-(\w)\w+-(\w)\w+$/, 'AC$1$2');
    rows.push({
      direction: 'response',
      label: sequenceShort(
        `${exchange.response.status}  ${value !== null ? `${short}: ${value}` : `no ${header}`}`,
      ),
      ok,
      dashed,
    });
  });
  rows.push({
    direction: 'self',
    label: trace.ok
      ? `JavaScript gets a ${trace.response?.type ?? ''} response, status ${trace.response?.status ?? ''}`
      : `JavaScript gets ${trace.error ?? 'an error'}`,
    ok: trace.ok,
    dashed: false,
  });
  return rows;
}
