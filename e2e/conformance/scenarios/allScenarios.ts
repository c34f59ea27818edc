import type { Scenario } from '../scenarioTypes.ts';
import { simpleRequests } from './simpleRequests.ts';

/** Every conformance scenario, in report order. */
export const allScenarios: Scenario[] = [...simpleRequests];
