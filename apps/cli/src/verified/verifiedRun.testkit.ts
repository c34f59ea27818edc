import type { Policy } from '@cors-playground/engine';
import type { ExportAspect, PolicyExport } from '@cors-playground/production';
import {
  verifiedAspectOf,
  verifiedEngineAnswer,
  verifiedProbes,
  verifiedSend,
  type VerifiedAnswer,
  type VerifiedProbe,
} from './verifiedExport.testkit.ts';

/** One way the real answer differs from the engine's, with the export aspects that would explain it. */
interface VerifiedDifference {
  message: string;
  aspects: ExportAspect[];
}

/** The path as servers that normalise it see it: `%2F` decoded, runs of slashes merged. */
function verifiedNormalPath(path: string): string {
  return path.replace(/%2f/gi, '/').replace(/\/{2,}/g, '/');
}

/**
 * Every difference between the engine's and the real answer to one probe. A request without Origin is
 * no CORS request (browsers always send one), so its differences are `noOrigin` alone; a header the
 * engine does not send at all (but ACAO and Vary) is `extraHeaders`; a status is `preflight` for
 * OPTIONS and `reject` otherwise. A probe on a path a path rule governs (raw or normalised) may also
 * be explained by `paths`, and one on the error route by `errors` when the same probe on /x agrees.
 */
function verifiedDifferences(
  p: Policy,
  probe: VerifiedProbe,
  engine: VerifiedAnswer,
  real: VerifiedAnswer,
  twin: Set<string> | undefined,
): VerifiedDifference[] {
  const where = `${probe.method} ${probe.path} Origin=${probe.headers.origin ?? '(none)'}`;
  const found: VerifiedDifference[] = [];
  if (engine.status !== real.status) {
    found.push({
      message: `${where}: status ${real.status}, engine ${engine.status}`,
      aspects: [probe.method === 'OPTIONS' ? 'preflight' : 'reject'],
    });
  }
  for (const name of new Set([...engine.headers.keys(), ...real.headers.keys()])) {
    const mine = engine.headers.get(name);
    const theirs = real.headers.get(name);
    if (mine === theirs) continue;
    const extra = mine === undefined && name !== 'access-control-allow-origin' && name !== 'vary';
    found.push({
      message:
        mine === undefined
          ? `${where}: extra ${name} = ${theirs}`
          : `${where}: ${name} = ${theirs ?? '(absent)'}, engine ${mine}`,
      aspects: [extra ? 'extraHeaders' : (verifiedAspectOf[name] as ExportAspect)],
    });
  }
  const ruled = p.paths.some(
    (rule) =>
      new RegExp(rule.path).test(probe.path) || new RegExp(rule.path).test(verifiedNormalPath(probe.path)),
  );
  for (const difference of found) {
    if (probe.headers.origin === undefined) difference.aspects.push('noOrigin');
    if (ruled) difference.aspects.push('paths');
    const key = difference.message.slice(difference.message.indexOf(': ') + 2);
    if (probe.path === '/error' && !twin?.has(key)) difference.aspects.push('errors');
  }
  return found;
}

/**
 * Runs the whole probe matrix against a live server for one policy: `problems` are the differences no
 * aspect the export claims explains; `observed` every aspect some real difference can be put down to.
 */
export async function verifiedRun(
  p: Policy,
  exported: PolicyExport,
  port: number,
): Promise<{ problems: string[]; observed: Set<ExportAspect> }> {
  const claimed = new Set(exported.differingAspects);
  const problems: string[] = [];
  const observed = new Set<ExportAspect>();
  // What differed for the same method and headers on /x, to tell an error-route difference apart.
  const onX = new Map<string, Set<string>>();
  for (const probe of verifiedProbes) {
    const twinKey = `${probe.method} ${JSON.stringify(probe.headers)}`;
    const engine = verifiedEngineAnswer(p, probe);
    const real = await verifiedSend(port, probe);
    const differences = verifiedDifferences(p, probe, engine, real, onX.get(twinKey));
    if (probe.path === '/x') {
      onX.set(twinKey, new Set(differences.map((d) => d.message.slice(d.message.indexOf(': ') + 2))));
    }
    for (const difference of differences) {
      for (const aspect of difference.aspects) observed.add(aspect);
      if (!difference.aspects.some((aspect) => claimed.has(aspect))) problems.push(difference.message);
    }
  }
  return { problems, observed };
}
