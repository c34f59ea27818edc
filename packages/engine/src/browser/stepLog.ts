import type { TraceStep } from './fetchTypes.ts';

/** Collects a trace's steps in order; one place builds them so every step has the same shape. */
export class StepLog {
  readonly steps: TraceStep[] = [];

  pass(id: string, reason: string, spec: string, exchange?: number): void {
    this.add(id, true, reason, spec, exchange);
  }

  fail(id: string, reason: string, spec: string, exchange?: number): void {
    this.add(id, false, reason, spec, exchange);
  }

  /** A passing step that still deserves attention (the browser changed the request silently). */
  warn(id: string, reason: string, spec: string, exchange?: number): void {
    const step: TraceStep = { id, ok: true, reason, spec, warning: true };
    if (exchange !== undefined) step.exchange = exchange;
    this.steps.push(step);
  }

  private add(id: string, ok: boolean, reason: string, spec: string, exchange?: number): void {
    const step: TraceStep = { id, ok, reason, spec };
    if (exchange !== undefined) step.exchange = exchange;
    this.steps.push(step);
  }
}
