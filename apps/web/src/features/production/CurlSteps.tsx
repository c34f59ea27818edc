import type { Trace } from '@cors-playground/engine';
import { TraceSteps } from '../result/TraceSteps.tsx';

/** The browser's checks on the pasted responses, in order, each passed or failed with its reason. */
export function CurlSteps({ trace }: { trace: Trace }) {
  return (
    <section aria-labelledby="curl-steps-title">
      <h4 id="curl-steps-title">Steps</h4>
      {/* Its own test id: the result panel's trace steps can be on the page at the same time. */}
      <TraceSteps trace={trace} testId="curl-step" />
    </section>
  );
}
