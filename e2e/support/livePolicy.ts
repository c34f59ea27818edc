import { expect, type APIRequestContext } from '@playwright/test';
import { testOrigins } from './testOrigins.ts';

/** A sandbox's live policy as the server holds it, read like curl does (no Origin). */
export async function livePolicy(
  request: APIRequestContext,
  sandbox: string,
): Promise<Record<string, unknown>> {
  const response = await request.get(
    `${testOrigins.app}/control/sandboxes/${encodeURIComponent(sandbox)}/policy`,
  );
  expect(response.status()).toBe(200);
  return (await response.json()) as Record<string, unknown>;
}
