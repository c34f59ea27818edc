import type { Server } from 'node:http';
import { policyParse, type Policy } from '@cors-playground/engine';
import {
  stageHosts,
  stageOrigins,
  type ControlGuardOptions,
  type PlaygroundConfig,
  type StageTopology,
} from '@cors-playground/protocol';
import { appOrigin, appOriginServeBuild, appOriginServeDev } from '../app/appOrigin.ts';
import { EventStreams } from '../app/eventStreams.ts';
import { labOrigin } from '../lab/labOrigin.ts';
import { labParserReject } from '../lab/labParserReject.ts';
import { otherOrigin } from '../other/otherOrigin.ts';
import { SandboxStore } from '../sandbox/sandboxStore.ts';
import { selfCheckListener } from '../selfcheck/selfCheckListener.ts';
import { ChallengeBoard } from '../stage/challengeBoard.ts';
import { stageOrigin } from '../stage/stageOrigin.ts';
import { errorHandlerFinal } from '../shared/errorHandlerFinal.ts';
import {
  playgroundLimitsDefault,
  playgroundLimitsPerAddress,
  playgroundLimitsWorkshop,
  type PlaygroundLimits,
} from '../shared/playgroundLimits.ts';
import type { PlaygroundOptions } from './playgroundOptions.ts';
import { WorkshopRoom, workshopRoomLimitsDefault } from '../workshop/workshopRoom.ts';
import { WorkshopStateFile } from '../workshop/workshopStateFile.ts';
import { playgroundTls } from './playgroundTls.ts';
import { PlaygroundStartError, serverCreate, serverListen } from './serverListen.ts';

export interface Playground {
  config: PlaygroundConfig;
  store: SandboxStore;
  streams: EventStreams;
  /** The workshop's room, when started with `--workshop`. */
  workshop?: WorkshopRoom;
  close(): Promise<void>;
}

/** The stage's host names, from the options that name the victim's domain and the other site's host. */
function playgroundStageHosts(options: PlaygroundOptions): StageTopology {
  return stageHosts(options.victimDomain, options.crossSiteHost);
}

/** Every origin is https when the playground has a certificate, http otherwise. */
function playgroundScheme(options: PlaygroundOptions): 'http' | 'https' {
  return options.tlsCert ? 'https' : 'http';
}

export function playgroundConfig(options: PlaygroundOptions): PlaygroundConfig {
  const scheme = playgroundScheme(options);
  return {
    appOrigin: `${scheme}://${options.publicHost}:${options.appPort}`,
    apiOrigin: `${scheme}://${options.publicHost}:${options.apiPort}`,
    otherOrigin: `${scheme}://${options.publicHost}:${options.otherPort}`,
    crossSiteOrigin: `${scheme}://${options.crossSiteHost}:${options.otherPort}`,
    ...(options.workshop ? { workshop: true } : {}),
    stage: stageOrigins(playgroundStageHosts(options), scheme, options.stagePort),
  };
}

/**
 * Who may use the control plane: the app origin under the names it answers to, from this machine (or,
 * in a workshop, from anywhere, with a credential), and nobody else.
 */
export function playgroundGuard(options: PlaygroundOptions): ControlGuardOptions {
  const names = [...new Set([options.publicHost, 'localhost', '127.0.0.1', '[::1]'])];
  const allowedHosts = names.map((name) => `${name}:${options.appPort}`.toLowerCase());
  const scheme = playgroundScheme(options);
  return {
    allowedHosts,
    allowedOrigins: allowedHosts.map((host) => `${scheme}://${host}`),
    // Off loopback only a credential proves who is asking, and only a workshop hands them out.
    remote: options.workshop ? 'any' : 'loopback',
  };
}

/** The policy a fresh sandbox starts with: only the playground app, with credentials. */
export function playgroundInitialPolicy(
  config: PlaygroundConfig,
  workshop?: WorkshopRoom,
  id?: string,
): Policy {
  // A participant's sandbox comes back with the policy they last applied (it was valid then).
  const saved = id === undefined ? undefined : workshop?.participantById(id)?.policy;
  const restored = saved === undefined ? undefined : policyParse(saved);
  if (restored?.ok) return restored.policy;
  const parsed = policyParse({ origin: { mode: 'list', allow: [config.appOrigin] }, credentials: true });
  if (!parsed.ok) throw new Error(`Invalid initial policy: ${JSON.stringify(parsed.errors)}`);
  return parsed.policy;
}

/** The workshop's room, read and written back before anything listens; a file it cannot use stops the start. */
async function playgroundWorkshopOpen(file: WorkshopStateFile, participants: number): Promise<WorkshopRoom> {
  try {
    return await WorkshopRoom.open(file, { ...workshopRoomLimitsDefault, participants });
  } catch (error) {
    throw new PlaygroundStartError(
      `Cannot keep the workshop in ${file.path}: ${(error as Error).message}\n` +
        'Choose a file in a writable directory with --workshop-file <path> (WORKSHOP_FILE).',
    );
  }
}

function serverClose(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.closeAllConnections();
    server.close(() => resolve());
  });
}

/** Starts the four servers (app, lab API, other site, stage). Listening errors close whatever already started. */
export async function playgroundStart(
  options: PlaygroundOptions,
  /** How the SPA is served; `none` is for tests of the servers alone. Default from `options.dev`. */
  web: 'build' | 'dev' | 'none' = options.dev ? 'dev' : 'build',
  /** Bounds on every resource; tests lower some to reach them quickly. Default `playgroundLimitsDefault`. */
  limits: PlaygroundLimits = playgroundLimitsDefault,
): Promise<Playground> {
  const config = playgroundConfig(options);
  const tls = playgroundTls(options);
  if (options.workshop) limits = playgroundLimitsWorkshop(limits, options.participantsCap);
  if (options.connectionsPerAddress !== undefined) {
    limits = playgroundLimitsPerAddress(limits, options.connectionsPerAddress);
  }
  const workshopFile = options.workshop ? new WorkshopStateFile(options.workshopFile) : undefined;
  const workshop = workshopFile && (await playgroundWorkshopOpen(workshopFile, options.participantsCap));
  const store = new SandboxStore(
    (id) => playgroundInitialPolicy(config, workshop, id),
    limits,
    (id) => workshop?.participantById(id) !== undefined,
    () => playgroundInitialPolicy(config),
  );
  const streams = new EventStreams(limits);
  // A removed participant's sandbox goes with them: policy, log, challenge state, open streams. A reset
  // participant gets a fresh sandbox on their next request: the initial policy (the room no longer holds
  // a saved one), an empty log, no challenge under way; their open streams reconnect to it.
  workshop?.subscribeSandboxDrop((id) => {
    streams.sandboxClose(id);
    store.sandboxRemove(id);
  });
  // A participant's attempts live in the workshop's state, so a restart keeps them.
  const board = new ChallengeBoard(
    config.stage,
    workshop && {
      load: (sandbox) => workshop.progressOf(sandbox.id),
      save: (sandbox, attempts) => workshop.progressSave(sandbox.id, attempts),
    },
  );
  const app = appOrigin({
    store,
    guard: playgroundGuard(options),
    config,
    limits,
    streams,
    workshop: workshop && { room: workshop, secure: tls !== undefined, trustProxy: options.trustProxy },
    board,
  });
  const appServer = serverCreate(app, limits, tls);
  let closeDev: (() => Promise<void>) | undefined;
  if (web === 'dev') closeDev = await appOriginServeDev(app, appServer);
  else if (web === 'build') appOriginServeBuild(app);
  app.use(errorHandlerFinal('App origin'));

  const servers: Server[] = [];
  const closeAll = async () => {
    await closeDev?.();
    await Promise.all(servers.map(serverClose));
    await workshopFile?.flush();
  };
  try {
    servers.push(await serverListen(appServer, options.appPort, options.host, '--app-port'));
    // The participant's setup check asks every origin which playground answers there (selfCheckListener).
    const seat = { appOrigin: config.appOrigin };
    const lab = labOrigin(store, config.apiOrigin, limits.labBodyBytes);
    const labServer = serverCreate(selfCheckListener(lab, seat), limits, tls);
    labServer.on('clientError', labParserReject(store, config.apiOrigin));
    servers.push(await serverListen(labServer, options.apiPort, options.host, '--api-port'));
    const otherServer = serverCreate(selfCheckListener(otherOrigin(config), seat), limits, tls);
    servers.push(await serverListen(otherServer, options.otherPort, options.host, '--other-port'));
    const hosts = playgroundStageHosts(options);
    const stage = selfCheckListener(stageOrigin(store, board, hosts), { ...seat, stage: config.stage });
    const stageServer = serverCreate(stage, limits, tls);
    servers.push(await serverListen(stageServer, options.stagePort, options.host, '--stage-port'));
  } catch (error) {
    await closeAll();
    throw error;
  }
  return { config, store, streams, workshop, close: closeAll };
}
