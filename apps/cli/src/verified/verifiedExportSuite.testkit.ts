import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Policy } from '@cors-playground/engine';
import type { PolicyExport } from '@cors-playground/production';
import { verifiedCheck } from './verifiedCheck.testkit.ts';
import { verifiedPolicies, verifiedProbes } from './verifiedExport.testkit.ts';

/** Servers running every verified policy's export: the port each policy's export answers on. */
export interface VerifiedExportServers {
  ports: ReadonlyMap<string, number>;
  close(): Promise<void>;
}

export interface VerifiedExportSuiteOptions {
  /** What follows `verified export: ` in the suite's name: the framework and its version, or why it skips. */
  title: string;
  /** Why the suite cannot run (a missing package), or `null`. Default `null`. */
  missing?: string | null;
  exporter: (policy: Policy) => PolicyExport;
  /** Starts the real framework on each policy's generated code (policy name → code). */
  start: (codes: Record<string, string>) => Promise<VerifiedExportServers>;
  /** How long starting may take, in ms. Default: vitest's hook timeout. */
  startTimeout?: number;
}

/**
 * A live proof of one exporter: every verified policy's export runs on the real framework, and for each
 * policy the whole request matrix must match the engine wherever the export claims equivalence, while
 * every difference it claims must really show.
 */
export function verifiedExportSuite(options: VerifiedExportSuiteOptions): void {
  const { title, missing = null, exporter, start, startTimeout } = options;
  describe.skipIf(missing !== null)(`verified export: ${title}`, () => {
    let servers: VerifiedExportServers | undefined;
    beforeAll(async () => {
      const codes = Object.entries(verifiedPolicies).map(([name, p]) => [name, exporter(p).code]);
      servers = await start(Object.fromEntries(codes));
    }, startTimeout);
    afterAll(() => servers?.close());

    it.each(Object.entries(verifiedPolicies))(
      `%s: ${verifiedProbes.length} requests match the engine where claimed, and every claimed difference shows`,
      (name, p) => verifiedCheck(p, exporter(p), servers!.ports.get(name)!),
    );
  });
}

/** `start` for frameworks that serve one configuration per process: one server per policy, in parallel. */
export function verifiedExportSuiteEach(
  startOne: (code: string) => Promise<{ port: number; close(): Promise<void> }>,
): VerifiedExportSuiteOptions['start'] {
  return async (codes) => {
    const started = await Promise.all(
      Object.entries(codes).map(async ([name, code]) => [name, await startOne(code)] as const),
    );
    return {
      ports: new Map(started.map(([name, server]) => [name, server.port])),
      close: async () => {
        await Promise.all(started.map(([, server]) => server.close()));
      },
    };
  };
}
