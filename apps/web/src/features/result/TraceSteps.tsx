import type { Trace } from '@cors-playground/engine';

/** The engine's checks in the order the browser makes them. */
export function TraceSteps({ trace }: { trace: Trace }) {
  return (
    <ol className="trace-steps">
      {trace.steps.map((step, index) => (
        <li
          key={index}
          data-testid="trace-step"
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
  );
}
