import { diagnosisCache } from './diagnosisCache.ts';
import { diagnosisLayer } from './diagnosisLayer.ts';
import { diagnosisPage } from './diagnosisPage.ts';
import { diagnosisRead } from './diagnosisRead.ts';
import { diagnosisSequence } from './diagnosisSequence.ts';
import { diagnosisTypo } from './diagnosisTypo.ts';
import {
  diagnosisFrameworks,
  type Diagnosis,
  type DiagnosisFramework,
  type DiagnosisInput,
} from './diagnosisTypes.ts';

/**
 * Every recognised shape of this fetch's problem, the page's own fixes first (when the request is one
 * the page controls, that is the first answer), then other layers, near misses, caches, unreadable
 * headers and what the page's history explains. Empty when no shape is recognised: the policy fix
 * (`fixSuggest`, `requestPolicy`) is then the answer.
 */
export function diagnosisFind(input: DiagnosisInput): Diagnosis[] {
  return [
    ...diagnosisPage(input),
    ...diagnosisSequence(input),
    ...diagnosisLayer(input),
    ...diagnosisTypo(input),
    ...diagnosisCache(input),
    ...diagnosisRead(input),
  ];
}

/** The remedy in `framework`'s terms when there is one, else the general remedy. */
export function diagnosisRemedy(diagnosis: Diagnosis, framework?: DiagnosisFramework): string {
  return (framework && diagnosis.remedies[framework]) || diagnosis.remedy;
}

/** Whether a string names a framework a remedy can be written for. */
export function diagnosisFrameworkIs(value: string): value is DiagnosisFramework {
  return (diagnosisFrameworks as readonly string[]).includes(value);
}
