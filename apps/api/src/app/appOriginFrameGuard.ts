import type { NextFunction, Request, Response } from 'express';

/**
 * Refuses to let another origin frame the app: a hidden frame would let a hostile page drive the
 * control plane with the user's own clicks (clickjacking) while every request stays same-origin.
 * `frame-ancestors` is the standard; `X-Frame-Options` covers browsers that predate it.
 */
export function appOriginFrameGuard(_req: Request, res: Response, next: NextFunction): void {
  res.set('content-security-policy', "frame-ancestors 'self'");
  res.set('x-frame-options', 'SAMEORIGIN');
  next();
}
