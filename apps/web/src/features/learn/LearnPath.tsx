import { useEffect, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Link, useLocation } from 'react-router';
import { controlQueries } from '../../api/controlQueries.ts';
import { usePlaygroundStore } from '../../store/playgroundStore.ts';
import { useDocumentTitle } from '../../ui/useDocumentTitle.ts';
import { usePolicyApply } from '../policy/usePolicyApply.ts';
import { learnProgressAdd, learnProgressReset, useLearnProgress } from './learnProgress.ts';
import { learnSteps, type LearnStep } from './learnSteps.ts';
import './learn.css';

/** Where a step lives; `base` is the Learn route's path. */
function learnStepHref(base: string, step: LearnStep): string {
  return `${base}/${step.id}`;
}

/**
 * The guided path: the list of steps with what is done, and the current step: a few sentences, "Try it"
 * (sets the live policy and the request), and a question the learner answers by sending.
 */
export function LearnPath({ stepId, base }: { stepId: string | undefined; base: string }) {
  const done = useLearnProgress();
  const { search } = useLocation();
  const index = Math.max(
    0,
    learnSteps.findIndex((s) => s.id === stepId),
  );
  const step = learnSteps[index] ?? learnSteps[0];
  useDocumentTitle(`Learn CORS — step ${index + 1}: ${step?.title ?? ''}`);
  if (!step) return null;
  const next = learnSteps[index + 1];
  return (
    <section className="panel learn-path" aria-labelledby="learn-title">
      <h2 id="learn-title">
        Learn CORS{' '}
        <span className="help" data-testid="learn-progress">
          {done.length} of {learnSteps.length} steps done
        </span>
      </h2>
      <nav aria-label="Learning path">
        <ol className="learn-steps">
          {learnSteps.map((s) => (
            <li key={s.id}>
              <Link
                to={{ pathname: learnStepHref(base, s), search }}
                aria-current={s.id === step.id ? 'step' : undefined}
              >
                {done.includes(s.id) && <span aria-label="done">✓ </span>}
                {s.title}
              </Link>
            </li>
          ))}
        </ol>
      </nav>
      <LearnStepView key={step.id} step={step} done={done.includes(step.id)} />
      <p className="learn-footer">
        {next && (
          <Link to={{ pathname: learnStepHref(base, next), search }} data-testid="learn-next">
            Next: {next.title} →
          </Link>
        )}{' '}
        {done.length > 0 && (
          <button type="button" className="link-button" onClick={learnProgressReset}>
            Start over
          </button>
        )}
      </p>
    </section>
  );
}

function LearnStepView({ step, done }: { step: LearnStep; done: boolean }) {
  const config = useQuery(controlQueries.config()).data;
  const records = usePlaygroundStore((s) => s.historyRecords);
  const requestPatch = usePlaygroundStore((s) => s.requestPatch);
  const { apply, pending } = usePolicyApply();
  // Only sends made after the step opened count: an old send must not answer a new question.
  const [since] = useState(() => records.at(-1)?.id ?? 0);
  const [tried, setTried] = useState(false);
  const passed = records.some((r) => r.id > since && r.complete && step.check(r));
  useEffect(() => {
    if (passed) learnProgressAdd(step.id);
  }, [passed, step.id]);
  if (!config) return <p>Loading…</p>;
  const origins = { app: config.appOrigin, api: config.apiOrigin };
  const tryIt = async () => {
    requestPatch(step.tryRequest);
    await apply(step.tryPolicy(origins), `Learn's "Try it" (${step.title})`);
    setTried(true);
    document.getElementById('send')?.focus();
  };
  return (
    <article
      className="learn-step"
      aria-labelledby="learn-step-title"
      data-testid="learn-step"
      data-step={step.id}
    >
      <h3 id="learn-step-title">{step.title}</h3>
      {step.paragraphs(origins).map((text) => (
        <p key={text}>{text}</p>
      ))}
      <p>
        <button type="button" className="primary" onClick={() => void tryIt()} disabled={pending}>
          Try it
        </button>{' '}
        <span role="status" className="help">
          {tried ? 'Policy and request are set: press Send (or Enter).' : ''}
        </span>
      </p>
      <div className={`learn-question ${passed || done ? 'learn-question-done' : ''}`}>
        <p>
          <strong>Question:</strong> {step.question(origins)}
        </p>
        <p role="status" data-testid="learn-answer">
          {passed || done ? `✓ Done. ${step.answer}` : ''}
        </p>
      </div>
    </article>
  );
}
