import { stageHosts, stageOrigins } from '../../packages/protocol/src/stageTopology.ts';

/**
 * The e2e suite runs its own playground on ports that do not collide with a playground the user may
 * have running on the defaults (5173 / 4000 / 5174).
 */
const appPort = Number(process.env.E2E_APP_PORT ?? 15173);
const apiPort = Number(process.env.E2E_API_PORT ?? 14000);
const otherPort = Number(process.env.E2E_OTHER_PORT ?? 15174);
/** The challenge stage; by default the port after the other site's, so three overrides still suffice. */
const stagePort = Number(process.env.E2E_STAGE_PORT ?? otherPort + 1);
const victimDomain = process.env.E2E_VICTIM_DOMAIN ?? 'victim.localhost';
/** The stage's origins, built as the server builds them (same builder, default cross-site host). */
const stageTopology = stageOrigins(stageHosts(victimDomain, 'evil.localhost'), 'http', stagePort);
const stage = (host: string) => `http://${host}:${stagePort}`;

export const testOrigins = {
  appPort,
  apiPort,
  otherPort,
  stagePort,
  victimDomain,
  app: `http://localhost:${appPort}`,
  api: `http://localhost:${apiPort}`,
  /** Same-site, cross-origin sibling of the app. */
  other: `http://localhost:${otherPort}`,
  /** Cross-site: a different registrable domain under .localhost. */
  evil: `http://evil.localhost:${otherPort}`,
  /** The challenge stage's origins as the server's config names them. */
  stageTopology,
  /** The challenge stage's origins, all on one port, the attacker's seats flattened beside the victim's. */
  stage: {
    victimApp: stageTopology.victimApp,
    victimApi: stageTopology.victimApi,
    ...stageTopology.attackers,
    localhost: stage('localhost'),
    loopbackIp: stage('127.0.0.1'),
  },
};
