import { Command, InvalidArgumentError } from 'commander';

/** How to run the playground. Every option can come from a flag or an environment variable. */
export interface PlaygroundOptions {
  /** Port of the app origin (SPA + control plane). Default 5173 (`APP_PORT`). */
  appPort: number;
  /** Port of the lab API origin. Default 4000 (`API_PORT`). */
  apiPort: number;
  /** Port of the other-site origin. Default 5174 (`OTHER_PORT`). */
  otherPort: number;
  /**
   * Port of the challenge stage: the victim app and API and the attacker's pages, told apart by host
   * name (`app.`, `api.`, `blog.` under `victimDomain`, the cross-site and look-alike names). Default
   * 5175 (`STAGE_PORT`).
   */
  stagePort: number;
  /**
   * Registrable domain of the challenges' victim (`app.`, `api.` and `blog.` are its subdomains). It
   * must resolve to this machine; every `*.localhost` name does. Default `victim.localhost`
   * (`VICTIM_DOMAIN`).
   */
  victimDomain: string;
  /**
   * Interface to bind. Default `127.0.0.1` (`HOST`): the lab API is deliberately misconfigurable, so it
   * must not be reachable from the LAN unless the user opts in.
   */
  host: string;
  /** Host name used in the app/API/other origins' URLs. Default `localhost` (`PUBLIC_HOST`). */
  publicHost: string;
  /** Cross-site host name for the other-site origin. Default `evil.localhost` (`CROSS_SITE_HOST`). */
  crossSiteHost: string;
  /** Serve the SPA through Vite with hot reload. Default `false`. */
  dev: boolean;
  /** Open the app in the default browser after start. Default `false`. */
  open: boolean;
}

function portParse(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new InvalidArgumentError('must be a port number from 1 to 65535.');
  }
  return port;
}

export function playgroundOptionsParse(
  argv: string[],
  env: NodeJS.ProcessEnv = process.env,
): PlaygroundOptions {
  const program = new Command('cors-playground')
    .description(
      'Start the CORS Playground: the app, the live-configurable lab API and the other-site origin.',
    )
    .option(
      '--app-port <port>',
      'app origin port (SPA + control plane)',
      portParse,
      portParse(env.APP_PORT ?? '5173'),
    )
    .option('--api-port <port>', 'lab API origin port', portParse, portParse(env.API_PORT ?? '4000'))
    .option('--other-port <port>', 'other-site origin port', portParse, portParse(env.OTHER_PORT ?? '5174'))
    .option('--stage-port <port>', 'challenge stage port', portParse, portParse(env.STAGE_PORT ?? '5175'))
    .option(
      '--victim-domain <name>',
      "registrable domain of the challenges' victim",
      env.VICTIM_DOMAIN ?? 'victim.localhost',
    )
    .option(
      '--host <address>',
      'interface to bind; anything but loopback exposes a deliberately insecure API',
      env.HOST ?? '127.0.0.1',
    )
    .option('--public-host <name>', 'host name used in the origins', env.PUBLIC_HOST ?? 'localhost')
    .option(
      '--cross-site-host <name>',
      'cross-site host name of the other site',
      env.CROSS_SITE_HOST ?? 'evil.localhost',
    )
    .option('--dev', 'serve the SPA with Vite hot reload', false)
    .option('--open', 'open the app in a browser', false)
    .exitOverride()
    .configureOutput({ writeErr: (text) => process.stderr.write(text) });
  // `npm start -- --api-port 4100` must work with pnpm too, and pnpm (unlike npm) hands the `--` on to
  // the script, once per script it goes through, where commander would read what follows as arguments.
  let first = 0;
  while (argv[first] === '--') first++;
  program.parse(argv.slice(first), { from: 'user' });
  return program.opts<PlaygroundOptions>();
}

export function playgroundOptionsIsLoopback(options: PlaygroundOptions): boolean {
  return ['127.0.0.1', 'localhost', '::1'].includes(options.host);
}
