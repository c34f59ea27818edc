import type { RequestHandler } from 'express';
import {
  controlGuardIsLoopback,
  controlGuardRemoteCheck,
  type ControlGuardOptions,
} from '@cors-playground/protocol';

/**
 * The control plane's first check: which machine the request comes from (the socket's address, which
 * no header can fake). Off loopback, `Host` and `Origin` are whatever the client writes, so without a
 * workshop's credentials another machine must not reach the live policy or the event log at all.
 */
export function controlRemoteGuard(
  guard: Pick<ControlGuardOptions, 'remote'>,
  /** Whether an address is this machine. Default `controlGuardIsLoopback`; tests pretend otherwise. */
  isLoopback: (address: string | undefined) => boolean = controlGuardIsLoopback,
): RequestHandler {
  return (req, res, next) => {
    const verdict = controlGuardRemoteCheck(req.socket.remoteAddress, guard, isLoopback);
    if (verdict.ok) return next();
    res.set('cache-control', 'no-store').status(verdict.status).type('text/plain').send(verdict.reason);
  };
}
