import type { Trace } from '../browser/fetchTypes.ts';
import type { CookieSendPrediction } from '../cookie/cookieSend.ts';

/**
 * Who has to act: the page's own code (`page`), the server's CORS configuration (`server`), a proxy,
 * gateway or cache in between (`proxy`), or a layer of the server's framework that runs outside its
 * CORS middleware (`framework`: an error handler, authentication, a hand-built response).
 */
export type DiagnosisParty = 'page' | 'server' | 'proxy' | 'framework';

/**
 * The stacks a remedy can be written for: `cors check --framework` names (the export targets) and
 * AWS Lambda behind API Gateway, which has no export but a famous shape of its own.
 */
export const diagnosisFrameworks = [
  'express',
  'fastify',
  'django',
  'nelmio',
  'nginx',
  'spring',
  'aspnet',
  'lambda',
] as const;

export type DiagnosisFramework = (typeof diagnosisFrameworks)[number];

/** A recognised shape of CORS problem, with the party that must act, the cause and the remedy. */
export interface Diagnosis {
  /** Stable id of the shape, e.g. `method-case`, `error-without-cors`. */
  id: string;
  party: DiagnosisParty;
  /** Short headline. */
  title: string;
  /** What really goes wrong, in the terms of this request and its responses. */
  cause: string;
  /** What to do, in words that hold whatever the stack. */
  remedy: string;
  /** The same remedy in a framework's own terms, where it differs from the general one. */
  remedies: Partial<Record<DiagnosisFramework, string>>;
  /**
   * True when changing the server's CORS policy (the usual "allow this origin/header" fix) is not the
   * answer, or not the first one: the page, the URL or another layer must change.
   */
  policyFixMisleading: boolean;
  /** Id of a playground challenge that practises this shape, if one does. */
  challenge?: string;
}

/** What a diagnosis is made from: the trace, and what the page also wanted or carried. */
export interface DiagnosisInput {
  trace: Trace;
  /** Response headers the page reads: each must be readable even if the fetch succeeds. Default none. */
  readHeaders?: string[];
  /** Which of the page's cookies the request carried, and why not (from `cookieSendPredict`). Default unknown. */
  cookies?: CookieSendPrediction;
  /**
   * The same fetch simulated with an empty preflight cache, when the trace used a cached preflight:
   * a different outcome means the cached answer is stale. Default unknown.
   */
  uncached?: Trace;
}
