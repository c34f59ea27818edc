import { createServer, type Server } from 'node:http';
import { policyParse, type Policy } from '@cors-playground/engine';
import type { ControlGuardOptions, PlaygroundConfig } from '@cors-playground/protocol';
import { appOrigin, appOriginServeBuild, appOriginServeDev } from './appOrigin.ts';
import { labOrigin } from './labOrigin.ts';
import { labParserReject } from './labParserReject.ts';
import { otherOrigin } from './otherOrigin.ts';
import type { PlaygroundOptions } from './playgroundOptions.ts';
import { SandboxStore, sandboxDefaultId } from './sandboxStore.ts';
import { PlaygroundStartError, serverListen } from './serverListen.ts';

export interface Playground {
  config: PlaygroundConfig;
  store: SandboxStore;
  close(): Promise<void>;
}

export function playgroundConfig(options: PlaygroundOptions): PlaygroundConfig {
  return {
    appOrigin: `http://${options.publicHost}:${options.appPort}`,
    apiOrigin: `http://${options.publicHost}:${options.apiPort}`,
    otherOrigin: `http://${options.publicHost}:${options.otherPort}`,
    crossSiteOrigin: `http://${options.crossSiteHost}:${options.otherPort}`,
    sandbox: sandboxDefaultId,
  };
}

/** Who may use the control plane: the app origin under the names it answers to, and nobody else. */
export function playgroundGuard(options: PlaygroundOptions): ControlGuardOptions {
  const names = [...new Set([options.publicHost, 'localhost', '127.0.0.1', '[::1]'])];
  const allowedHosts = names.map((name) => `${name}:${options.appPort}`.toLowerCase());
  return { allowedHosts, allowedOrigins: allowedHosts.map((host) => `http://${host}`) };
}

/** The policy a fresh sandbox starts with: only the playground app, with credentials. */
export function playgroundInitialPolicy(config: PlaygroundConfig): Policy {
  const parsed = policyParse({ origin: { mode: 'list', allow: [config.appOrigin] }, credentials: true });
  if (!parsed.ok) throw new Error(`Invalid initial policy: ${JSON.stringify(parsed.errors)}`);
  return parsed.policy;
}

function serverClose(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.closeAllConnections();
    server.close(() => resolve());
  });
}

/** Starts the three origins. Listening errors close whatever already started. */
export async function playgroundStart(
  options: PlaygroundOptions,
  /** How the SPA is served; `none` is for tests of the servers alone. Default from `options.dev`. */
  web: 'build' | 'dev' | 'none' = options.dev ? 'dev' : 'build',
): Promise<Playground> {
  const config = playgroundConfig(options);
  const store = new SandboxStore(() => playgroundInitialPolicy(config));
  const app = appOrigin(store, playgroundGuard(options), config);
  const appServer = createServer(app);
  let closeDev: (() => Promise<void>) | undefined;
  if (web === 'dev') closeDev = await appOriginServeDev(app, appServer);
  else if (web === 'build') appOriginServeBuild(app);

  const servers: Server[] = [];
  const closeAll = async () => {
    await closeDev?.();
    await Promise.all(servers.map(serverClose));
  };
  try {
    servers.push(
      await new Promise<Server>((resolve, reject) => {
        appServer.once('error', (error: NodeJS.ErrnoException) =>
          reject(
            error.code === 'EADDRINUSE'
              ? new PlaygroundStartError(
                  `Port ${options.appPort} is already in use: choose another with --app-port <port>.`,
                )
              : error,
          ),
        );
        appServer.listen(options.appPort, options.host, () => resolve(appServer));
      }),
    );
    const labServer = await serverListen(
      labOrigin(store, config.apiOrigin),
      options.apiPort,
      options.host,
      '--api-port',
    );
    labServer.on('clientError', labParserReject(store, config.apiOrigin));
    servers.push(labServer);
    servers.push(await serverListen(otherOrigin(config), options.otherPort, options.host, '--other-port'));
  } catch (error) {
    await closeAll();
    throw error;
  }
  return { config, store, close: closeAll };
}
