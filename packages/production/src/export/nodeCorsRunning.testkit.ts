import type { Policy } from '@cors-playground/engine';
import { nodeCorsConfig, type NodeCorsConfig } from './nodeCorsConfig.ts';

type Options = NodeCorsConfig['options'];

/** What `cors(...)` is called with: an options object, or a per-request delegate for per-path rules. */
export type ExpressCorsArgument =
  Options | ((req: { path: string }, callback: (err: null, options: Options) => void) => void);

/** The exact value the exported Express code passes to `cors(...)`, for running it in tests. */
export function expressCorsArgument(policy: Policy): ExpressCorsArgument {
  const { config } = nodeCorsConfig(policy, 'express');
  if (config.byPath.length === 0) return config.options;
  return (req, callback) => {
    const hit = config.byPath.find((p) => p.path.test(req.path));
    callback(null, hit ? hit.options : config.options);
  };
}

/** What `fastify.register(cors, …)` gets: options, or a per-request delegator for per-path rules. */
export type FastifyCorsRegistration =
  Options | { delegator: (req: { url: string }, callback: (err: null, options: Options) => void) => void };

/** The exact value the exported Fastify code registers `@fastify/cors` with, for running it in tests. */
export function fastifyCorsRegistration(policy: Policy): FastifyCorsRegistration {
  const { config } = nodeCorsConfig(policy, 'fastify');
  if (config.byPath.length === 0) return config.options;
  return {
    delegator: (req, callback) => {
      const path = req.url.split('?')[0] ?? '';
      const hit = config.byPath.find((p) => p.path.test(path));
      callback(null, hit ? hit.options : config.options);
    },
  };
}
