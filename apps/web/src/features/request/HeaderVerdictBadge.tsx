import type { BrowserName } from '@cors-playground/engine';
import { headerVerdict } from './headerVerdict.ts';

const headerVerdictLabel = {
  safelisted: 'safelisted',
  preflight: 'needs preflight',
  forbidden: 'forbidden: dropped',
  invalid: 'invalid: fetch throws',
} as const;

/** Lazy-loaded with the engine: what the browser does with this header, and why. */
export default function HeaderVerdictBadge({
  name,
  value,
  browser,
}: {
  name: string;
  value: string;
  browser: BrowserName;
}) {
  if (name.trim() === '') return null;
  const verdict = headerVerdict(name, value, browser);
  return (
    <span
      className={`badge badge-${verdict.kind}`}
      data-testid="header-verdict"
      data-kind={verdict.kind}
      title={verdict.why}
    >
      {headerVerdictLabel[verdict.kind]}
      <span className="visually-hidden">: {verdict.why}</span>
    </span>
  );
}
