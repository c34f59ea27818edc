import { resolve } from 'node:path';
import { Command } from 'commander';
import { workshopRoomLimitsDefault } from '../workshop/workshopRoom.ts';
import {
  baseDomainParse,
  connectionsPerAddressParse,
  participantsCapParse,
  portParse,
  trustProxyParse,
} from './playgroundOptionValue.ts';

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
  /**
   * A DNS name with a wildcard record (`*.<name>`) pointing at this machine, for a room on a LAN. It
   * derives `publicHost` (`play.<name>`), `victimDomain` (`victim.<name>`) and `crossSiteHost`
   * (`evil.<name>`) unless those are given. Under one registrable domain every name is the same site,
   * so the attacker is truly cross-site only with `crossSiteHost` under another one. Default none
   * (`BASE_DOMAIN`).
   */
  baseDomain?: string;
  /** Serve the SPA through Vite with hot reload. Default `false`. */
  dev: boolean;
  /** Open the app in the default browser after start. Default `false`. */
  open: boolean;
  /**
   * Run a workshop: participants join with a display name and each get their own sandbox, which only
   * their credential (or the instructor's secret) can read or change. Default `false` (`WORKSHOP=1`).
   */
  workshop: boolean;
  /**
   * How many participants may join a workshop. Room for their event streams (two tabs each),
   * connections and sandboxes grows with it (`playgroundLimitsWorkshop`). From 1 to 5,000. Default
   * 500 (`PARTICIPANTS_CAP`).
   */
  participantsCap: number;
  /**
   * Where a workshop keeps its state across restarts, made absolute: a relative path is taken from the
   * directory `npm start` was run in (`PLAYGROUND_USER_DIR`, which `npm start` sets, or `INIT_CWD`,
   * which npm and pnpm set), else the current one. Default `cors-workshop.json` there (`WORKSHOP_FILE`).
   */
  workshopFile: string;
  /**
   * A certificate (PEM) to serve every origin over https, for labs that need a secure context on a
   * LAN (`Secure` cookies off loopback). Needs `tlsKey` too. Default none (`TLS_CERT`).
   */
  tlsCert?: string;
  /** The certificate's private key (PEM). Default none (`TLS_KEY`). */
  tlsKey?: string;
  /**
   * Open connections one remote address may hold on each origin, from 1 to 100,000. Raise it for a room
   * that reaches the server through one NAT or a reverse proxy (everyone is one address then: about
   * 3 × the participants); each origin then takes at least twice as many in all. Default 256, and in a
   * workshop half of each origin's connections (`CONNECTIONS_PER_ADDRESS`),
   * `PlaygroundLimits.connectionsPerAddress`.
   */
  connectionsPerAddress?: number;
  /**
   * Addresses of reverse proxies in front of the app origin. Only requests from these carry a
   * `X-Forwarded-For` the workshop's join rate limit believes; from anyone else it is ignored. Default
   * none (`TRUST_PROXY`, comma-separated).
   */
  trustProxy: string[];
}

/** An environment variable read with a flag's parser; a bad value stops like a bad flag (exit code 2). */
function playgroundOptionsEnv<T>(
  program: Command,
  value: string | undefined,
  variable: string,
  parse: (value: string) => T,
): T | undefined {
  if (value === undefined) return undefined;
  try {
    return parse(value);
  } catch (error) {
    return program.error(`error: ${variable} ${(error as Error).message}`, { exitCode: 2 });
  }
}

/** The host names `--base-domain` (or `BASE_DOMAIN`) gives, each unless its own flag or variable was given. */
function baseDomainDerive(program: Command, options: PlaygroundOptions, env: NodeJS.ProcessEnv): void {
  options.baseDomain ??= playgroundOptionsEnv(program, env.BASE_DOMAIN, 'BASE_DOMAIN', baseDomainParse);
  const base = options.baseDomain;
  if (base === undefined) return;
  const derived = [
    ['publicHost', 'PUBLIC_HOST', `play.${base}`],
    ['victimDomain', 'VICTIM_DOMAIN', `victim.${base}`],
    ['crossSiteHost', 'CROSS_SITE_HOST', `evil.${base}`],
  ] as const;
  for (const [key, variable, value] of derived) {
    if (program.getOptionValueSource(key) === 'default' && env[variable] === undefined) options[key] = value;
  }
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
    .option(
      '--base-domain <name>',
      'a name whose wildcard DNS record (*.<name>) points here: derives the public host (play.<name>), ' +
        'the victim domain (victim.<name>) and the cross-site host (evil.<name>) unless given. One ' +
        'registrable domain is one site, so only --cross-site-host under another domain makes the ' +
        'attacker cross-site; the start-up banner lists the labs the setup supports',
      baseDomainParse,
    )
    .option('--dev', 'serve the SPA with Vite hot reload', false)
    .option('--open', 'open the app in a browser', false)
    .option('--workshop', 'run a workshop: a sandbox and a credential per participant', env.WORKSHOP === '1')
    .option(
      '--participants-cap <n>',
      'how many participants may join a workshop (event streams, connections and sandboxes grow with it)',
      participantsCapParse,
      workshopRoomLimitsDefault.participants,
    )
    .option(
      '--workshop-file <path>',
      'where the workshop keeps participants and progress across restarts',
      env.WORKSHOP_FILE ?? 'cors-workshop.json',
    )
    .option('--tls-cert <file>', 'serve over https with this certificate (PEM)', env.TLS_CERT)
    .option('--tls-key <file>', 'the certificate’s private key (PEM)', env.TLS_KEY)
    .option(
      '--connections-per-address <n>',
      'open connections one client address may hold on each origin (default 256; in a workshop half of an origin)',
      connectionsPerAddressParse,
    )
    .option(
      '--trust-proxy <addr,…>',
      'reverse proxies whose X-Forwarded-For the workshop join limit believes (comma-separated IPs)',
      trustProxyParse,
    )
    .exitOverride()
    .configureOutput({ writeErr: (text) => process.stderr.write(text) });
  // `npm start -- --api-port 4100` must work with pnpm too, and pnpm (unlike npm) hands the `--` on to
  // the script, once per script it goes through, where commander would read what follows as arguments.
  let first = 0;
  while (argv[first] === '--') first++;
  program.parse(argv.slice(first), { from: 'user' });
  const options = program.opts<PlaygroundOptions>();
  baseDomainDerive(program, options, env);
  if (program.getOptionValueSource('participantsCap') === 'default') {
    options.participantsCap =
      playgroundOptionsEnv(program, env.PARTICIPANTS_CAP, 'PARTICIPANTS_CAP', participantsCapParse) ??
      workshopRoomLimitsDefault.participants;
  }
  options.connectionsPerAddress ??= playgroundOptionsEnv(
    program,
    env.CONNECTIONS_PER_ADDRESS,
    'CONNECTIONS_PER_ADDRESS',
    connectionsPerAddressParse,
  );
  options.trustProxy ??= playgroundOptionsEnv(program, env.TRUST_PROXY, 'TRUST_PROXY', trustProxyParse) ?? [];
  playgroundOptionsTlsCheck(program, options);
  // The server runs in apps/api: a relative path means the user's directory, not the server's.
  const userDir = env.PLAYGROUND_USER_DIR ?? env.INIT_CWD ?? process.cwd();
  options.workshopFile = resolve(userDir, options.workshopFile);
  return options;
}

/**
 * `--tls-cert` and `--tls-key` are both non-empty or both absent. An empty one (`--tls-cert ''`,
 * `TLS_CERT=`) is a mistake, never a request for plain http: a room told to use https must not
 * silently get http.
 */
function playgroundOptionsTlsCheck(program: Command, options: PlaygroundOptions): void {
  const pairs = [
    ['tlsCert', '--tls-cert', 'TLS_CERT', "the certificate's PEM file"],
    ['tlsKey', '--tls-key', 'TLS_KEY', "the certificate's private key (PEM file)"],
  ] as const;
  for (const [key, flag, variable, what] of pairs) {
    if (options[key] !== undefined && options[key].trim() === '') {
      const name = program.getOptionValueSource(key) === 'cli' ? flag : variable;
      program.error(`error: ${name} is empty: give ${what}, or give neither --tls-cert nor --tls-key.`, {
        exitCode: 1,
      });
    }
  }
  if ((options.tlsCert === undefined) !== (options.tlsKey === undefined)) {
    program.error('error: --tls-cert and --tls-key go together: give both, or neither.', { exitCode: 1 });
  }
}

export function playgroundOptionsIsLoopback(options: PlaygroundOptions): boolean {
  return ['127.0.0.1', 'localhost', '::1'].includes(options.host);
}
