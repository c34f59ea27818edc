import { expect } from 'vitest';
import type { Policy } from '@cors-playground/engine';
import { policyImportersRun, type ImportSource } from '@cors-playground/production/import';
import { verifiedProbes, verifiedSend } from './verifiedExport.testkit.ts';

/** The policy `text` imports to, which must import without a refusal. */
export function importLivePolicy(source: ImportSource, text: string): Policy {
  const result = policyImportersRun(text, source);
  expect(result.errors).toEqual([]);
  return result.policy!;
}

/**
 * Every probe of the verified matrix whose answers differ between two servers (the pasted config and
 * the export of its import) as a browser could tell, in words: status, Vary, and the other headers
 * wherever either one allows the request's Origin (a browser reads no CORS header without Allow-Origin,
 * nor preflight headers on other responses).
 */
export async function importLiveDifferences(original: number, reexported: number): Promise<string[]> {
  const found: string[] = [];
  for (const probe of verifiedProbes) {
    const [a, b] = await Promise.all([verifiedSend(original, probe), verifiedSend(reexported, probe)]);
    const where = `${probe.method} ${probe.path} Origin=${probe.headers.origin ?? '(none)'}`;
    if (a.status !== b.status) found.push(`${where}: status ${a.status} vs ${b.status}`);
    // A request without Origin is never a browser's cross-origin one: its CORS headers are read by
    // nobody (Flask-CORS echoes its first origin there as written, the export lower-cased).
    const allowed =
      probe.headers.origin !== undefined &&
      (a.headers.has('access-control-allow-origin') || b.headers.has('access-control-allow-origin'));
    // Browsers read Allow-Methods, -Headers and Max-Age on preflights only, Expose-Headers never there.
    const preflight = probe.method === 'OPTIONS';
    const unread = preflight
      ? ['access-control-expose-headers']
      : ['access-control-allow-methods', 'access-control-allow-headers', 'access-control-max-age'];
    const names = [...a.headers.keys(), ...b.headers.keys()].filter(
      (name) => (allowed && !unread.includes(name)) || name === 'vary',
    );
    for (const name of new Set(names)) {
      if (a.headers.get(name) !== b.headers.get(name)) {
        found.push(
          `${where}: ${name} ${a.headers.get(name) ?? '(absent)'} vs ${b.headers.get(name) ?? '(absent)'}`,
        );
      }
    }
  }
  return found;
}

/** FastAPI origins, a fullmatch regex and credentials: the configuration both Python live tests run. */
export const importLiveFastapiConfig = `app.add_middleware(
    CORSMiddleware,
    allow_origins=["https://app.example.com", "null"],
    allow_origin_regex=r"https://.*\\.example\\.com",
    allow_credentials=True,
    allow_methods=["*"],
    allow_headers=["*"],
)`;
