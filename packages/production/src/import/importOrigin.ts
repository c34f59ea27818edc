import { originStringSchema } from '@cors-playground/engine';

/**
 * Whether an origin string compared by equality can ever equal an Origin a browser sends: browsers
 * send lower-case `scheme://host[:port]` (or `null`), never a path or a `*`.
 */
export function importOriginMatchable(origin: string): boolean {
  return origin === 'null' || (originStringSchema.safeParse(origin).success && !origin.includes('*'));
}
