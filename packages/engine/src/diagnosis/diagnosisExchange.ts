import type { Trace, TraceExchange } from '../browser/fetchTypes.ts';
import { headerListGet } from '../http/headerList.ts';

/** The exchange whose response the browser refused, if a response was refused. */
export function diagnosisExchangeFailed(trace: Trace): TraceExchange | null {
  const index = trace.failure?.exchange;
  return index === null || index === undefined ? null : (trace.exchanges[index] ?? null);
}

/** The last preflight that went to the network, if any. */
export function diagnosisExchangePreflight(trace: Trace): TraceExchange | null {
  return trace.exchanges.findLast((e) => e.kind === 'preflight') ?? null;
}

/** The last actual (non-preflight, non-redirect) exchange, if the request got that far. */
export function diagnosisExchangeActual(trace: Trace): TraceExchange | null {
  return trace.exchanges.findLast((e) => e.kind === 'actual') ?? null;
}

/** A response header's value as `headerListGet` reads it, or null. */
export function diagnosisExchangeHeader(exchange: TraceExchange, name: string): string | null {
  return headerListGet(exchange.response.headers, name);
}
