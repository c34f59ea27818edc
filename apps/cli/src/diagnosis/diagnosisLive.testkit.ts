import type { BrowserName, DiagnosisFramework, FetchRequest } from '@cors-playground/engine';
import { checkResult, type CheckResult } from '../checkResult.ts';

/** The page every live shape is checked from. */
export const diagnosisLivePage = 'http://localhost:5173';

/**
 * What `cors check` makes of a request to a live server: the real framework's answers, the browser's
 * verdict and the diagnosis, in `framework`'s terms.
 */
export function diagnosisLiveCheck(
  request: Partial<FetchRequest> & { url: string },
  framework: DiagnosisFramework,
  options: { browser?: BrowserName; readHeaders?: string[] } = {},
): Promise<CheckResult> {
  return checkResult(
    { pageOrigin: diagnosisLivePage, ...request },
    { browser: options.browser ?? 'chromium', framework, readHeaders: options.readHeaders ?? [] },
  );
}

/** The exchanges a check made, as `[kind, status]` pairs: what the real server answered, in order. */
export function diagnosisLiveExchanges(result: CheckResult): Array<[string, number]> {
  return result.trace.exchanges.map((e) => [e.kind, e.response.status]);
}
