import type { Scenario } from '../scenarioTypes.ts';
import { credentialedRequests } from './credentialedRequests.ts';
import { exposedHeaders } from './exposedHeaders.ts';
import { fetchRefusals } from './fetchRefusals.ts';
import { forbiddenRequests } from './forbiddenRequests.ts';
import { listHeaders } from './listHeaders.ts';
import { networkFailures } from './networkFailures.ts';
import { preflightCache } from './preflightCache.ts';
import { preflightHeaders } from './preflightHeaders.ts';
import { preflightRequests } from './preflightRequests.ts';
import { redirectRequests } from './redirectRequests.ts';
import { requestModes } from './requestModes.ts';
import { safelistedHeaders } from './safelistedHeaders.ts';
import { simpleRequests } from './simpleRequests.ts';
import { siteRequests } from './siteRequests.ts';

/** Every conformance scenario, in report order. */
export const allScenarios: Scenario[] = [
  ...simpleRequests,
  ...safelistedHeaders,
  ...preflightRequests,
  ...preflightHeaders,
  ...credentialedRequests,
  ...forbiddenRequests,
  ...requestModes,
  ...exposedHeaders,
  ...redirectRequests,
  ...preflightCache,
  ...siteRequests,
  ...listHeaders,
  ...networkFailures,
  ...fetchRefusals,
];
