import type { Trace } from '@cors-playground/engine';

/** The browser's checks on the pasted responses, in order, each passed or failed with its reason. */
export function CurlSteps({ trace }: { trace: Trace }) {
  return (
    <section aria-labelledby="curl-steps-title">
      <h4 id="curl-steps-title">Steps</h4>
      <ol className="trace-steps">
        {trace.steps.map((step, index) => (
          <li
            key={index}
            data-testid="curl-step"
            data-ok={String(step.ok)}
            data-step={step.id}
            className={step.ok ? (step.warning ? 'step warn' : 'step ok') : 'step bad'}
          >
            <span aria-hidden="true">{step.ok ? (step.warning ? '⚠' : '✓') : '✗'}</span>
            <span className="visually-hidden">
              {step.ok ? (step.warning ? 'warning' : 'passed') : 'failed'}:{' '}
            </span>{' '}
            {step.reason}{' '}
            <a href={step.spec} target="_blank" rel="noreferrer" className="spec-link">
              spec
            </a>
          </li>
        ))}
      </ol>
    </section>
  );
}
