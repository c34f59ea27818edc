import type * as EngineModule from '@cors-playground/engine';
import type { PreflightCache } from '@cors-playground/engine';

export type Engine = typeof EngineModule;

let enginePromise: Promise<Engine> | null = null;
let tabPreflightCache: PreflightCache | null = null;

/**
 * The engine (zod schema, RE2, simulator) loaded on demand: it would take the initial bundle over its
 * budget, and the first paint needs none of it. One promise per tab, so `use()` can suspend on it.
 */
export function engineLoad(): Promise<Engine> {
  enginePromise ??= import('@cors-playground/engine');
  return enginePromise;
}

/**
 * This tab's model of the browser's preflight cache: every prediction runs through it, so a preflight
 * the browser cached is predicted as cached too. (Reloading empties it; the browser's survives.)
 */
export function engineTabPreflightCache(engine: Engine): PreflightCache {
  tabPreflightCache ??= engine.preflightCacheCreate();
  return tabPreflightCache;
}
