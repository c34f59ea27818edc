import { lazy, Suspense } from 'react';
import { useParams } from 'react-router';
import { appPaths } from '@cors-playground/protocol/paths';
import { LearnPath } from '../features/learn/LearnPath.tsx';
import { PolicyPanel } from '../features/policy/PolicyPanel.tsx';
import { RequestPanel } from '../features/request/RequestPanel.tsx';

const ResultPanel = lazy(() => import('../features/result/ResultPanel.tsx'));

/**
 * The guided path beside a working playground: the step and the request on the left, the verdict and
 * the policy on the right, so "Try it", Send and the answer all stay in view.
 */
export default function LearnRoute() {
  const { step } = useParams();
  return (
    <div className="playground learn">
      <div className="playground-work">
        <LearnPath stepId={step} base={appPaths.learn} />
        <RequestPanel />
      </div>
      <div className="playground-result">
        <Suspense fallback={<section className="panel">Loading the result views…</section>}>
          <ResultPanel />
        </Suspense>
        <PolicyPanel />
      </div>
    </div>
  );
}
