import type { Trace } from '@cors-playground/engine';
import type { LabEvent } from '@cors-playground/protocol';
import type { JsView } from './jsView.ts';

/** The outcome classes a learner cares about: did the promise resolve, and could JS read the response. */
export type AgreementOutcome = 'readable' | 'opaque' | 'rejected';

export interface Agreement {
  /** The engine predicted what the browser did (outcome, and status and type when readable). */
  agree: boolean;
  predicted: string;
  actual: string;
  /** Why prediction and reality differ, or what is worth knowing even when they agree. */
  notes: string[];
}

function agreementPredicted(trace: Trace): AgreementOutcome {
  if (trace.outcome === 'allowed') return 'readable';
  if (trace.outcome === 'opaque') return 'opaque';
  return 'rejected';
}

function agreementActual(js: JsView): AgreementOutcome {
  if (!js.ok) return 'rejected';
  return js.type === 'opaque' || js.type === 'opaqueredirect' ? 'opaque' : 'readable';
}

function agreementLabel(outcome: AgreementOutcome, status: number | null, type: string | null): string {
  if (outcome === 'rejected') return 'rejected (TypeError)';
  return `${outcome === 'opaque' ? 'opaque' : 'readable'} ${type ?? ''} ${status ?? ''}`
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Compares the engine's prediction with what the real browser did and, where they differ, says why:
 * a cache the simulation cannot see is by far the most common reason.
 */
export function agreementCompute(trace: Trace, js: JsView, events: readonly LabEvent[]): Agreement {
  const predicted = agreementPredicted(trace);
  const actual = agreementActual(js);
  const predictedStatus = trace.response?.status ?? null;
  const predictedType = trace.response?.type ?? null;
  const notes: string[] = [];
  let agree = predicted === actual;
  if (agree && actual === 'readable') {
    if (predictedStatus !== js.status) {
      agree = false;
      notes.push(
        `The engine predicted status ${predictedStatus} but JavaScript got ${js.status}: the server's state (a cookie, a policy edit in between) or an HTTP cache answered differently.`,
      );
    }
    if (predictedType !== js.type) {
      agree = false;
      notes.push(`The engine predicted a ${predictedType} response but JavaScript got ${js.type}.`);
    }
  }
  const preflightsSeen = events.filter((e) => e.kind === 'preflight').length;
  if (trace.preflight.sent && preflightsSeen === 0) {
    notes.push(
      "A preflight was needed but none reached the server: the browser answered it from its preflight cache (an earlier preflight's Access-Control-Max-Age is still running). The engine's model of this tab's cache did not have it, e.g. because the page was reloaded — the browser keeps its cache across reloads.",
    );
  } else if (trace.preflight.needed && !trace.preflight.sent && preflightsSeen > 0) {
    notes.push(
      'The engine expected the browser to reuse a cached preflight, but the browser sent a new one: its cache entry had expired or was evicted (browsers may drop entries early).',
    );
  } else if (trace.preflight.cached) {
    notes.push('The preflight came from the preflight cache: no OPTIONS request reached the server.');
  }
  if (!agree && notes.length === 0 && predicted !== actual) {
    notes.push(
      actual === 'rejected' && js.error && !/TypeError/.test(js.error)
        ? `The real fetch failed for a reason outside CORS: ${js.error}.`
        : 'The browser did something the engine does not model here; the server panel shows what really went over the wire.',
    );
  }
  return {
    agree,
    predicted: agreementLabel(predicted, predictedStatus, predictedType),
    actual: agreementLabel(actual, js.status, js.type),
    notes,
  };
}
