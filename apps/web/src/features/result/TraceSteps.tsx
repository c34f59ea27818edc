import type { Trace } from '@cors-playground/engine';
import { traceStepPlain } from './traceStepPlain.ts';

export interface TraceStepsProps {
  trace: Trace;
  /** The data-testid of each step, so two step lists on one page stay apart. Default `'trace-step'`. */
  testId?: string;
}

/** The engine's checks in the order the browser makes them, each passed or failed with its reason. */
export function TraceSteps({ trace, testId = 'trace-step' }: TraceStepsProps) {
  return (
    <ol className="trace-steps">
      {trace.steps.map((step, index) => (
        <li
          key={index}
          data-testid={testId}
          data-ok={String(step.ok)}
          data-step={step.id}
          className={step.ok ? (step.warning ? 'step warn' : 'step ok') : 'step bad'}
        >
          <span aria-hidden="true">{step.ok ? (step.warning ? '⚠' : '✓') : '✗'}</span>
          <span className="visually-hidden">
            {step.ok ? (step.warning ? 'warning' : 'passed') : 'failed'}:{' '}
          </span>{' '}
          {traceStepPlain(step.id) && <strong className="step-question">{traceStepPlain(step.id)} </strong>}
          {step.reason}{' '}
          <a href={step.spec} target="_blank" rel="noreferrer" className="spec-link">
            spec
          </a>
        </li>
      ))}
    </ol>
  );
}
