import { spawn } from 'node:child_process';
import { CommanderError } from 'commander';
import {
  playgroundOptionsIsLoopback,
  playgroundOptionsParse,
  type PlaygroundOptions,
} from './playgroundOptions.ts';
import { labSupportBanner } from './labSupport.ts';
import { playgroundStart } from './playgroundStart.ts';
import { playgroundTls } from './playgroundTls.ts';
import { PlaygroundStartError } from './serverListen.ts';
import { webBuildEnsure } from './webBuild.ts';
import { workshopBanner, workshopLoginFollow } from '../workshop/workshopBanner.ts';

function mainOpen(url: string): void {
  const command =
    process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'start' : 'xdg-open';
  spawn(command, [url], { detached: true, stdio: 'ignore', shell: process.platform === 'win32' })
    .on('error', () => console.log(`Could not open a browser: visit ${url}`))
    .unref();
}

async function main(): Promise<void> {
  const started = performance.now();
  let options: PlaygroundOptions;
  try {
    options = playgroundOptionsParse(process.argv.slice(2));
  } catch (error) {
    // commander already printed the message; help and version exit 0.
    process.exit(error instanceof CommanderError ? error.exitCode : 2);
  }
  if (!playgroundOptionsIsLoopback(options)) {
    console.warn(
      `WARNING: binding to ${options.host}. The lab API is deliberately misconfigurable and will answer ` +
        'anyone who can reach this machine. Use this only on a network you trust (e.g. a workshop).' +
        (options.workshop
          ? ''
          : ' The control plane (policy, event log) still answers only this machine: use --workshop ' +
            'to give other machines sandboxes of their own.'),
    );
  }
  // A bad certificate stops the start before a web build could keep the user waiting for it.
  playgroundTls(options);
  if (!options.dev) await webBuildEnsure((line) => console.log(line));
  const playground = await playgroundStart(options);
  const { config } = playground;
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  console.log(`CORS Playground is running (ready in ${seconds} s)${options.dev ? ' in dev mode' : ''}:`);
  console.log(`  app          ${config.appOrigin}`);
  console.log(`  lab API      ${config.apiOrigin}`);
  console.log(`  other site   ${config.otherOrigin}  (same-site)`);
  console.log(`               ${config.crossSiteOrigin}  (cross-site)`);
  console.log(`  challenges   ${config.appOrigin}/challenges  (victim app ${config.stage.victimApp})`);
  console.log(labSupportBanner(config));
  if (playground.workshop) {
    console.log(workshopBanner(config, playground.workshop, options.workshopFile));
    workshopLoginFollow(config, playground.workshop, (line) => console.log(line));
  }
  console.log('Press Ctrl+C to stop.');
  if (options.open) mainOpen(config.appOrigin);
  const stop = () => {
    void playground.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  if (error instanceof PlaygroundStartError) {
    console.error(error.message);
  } else {
    console.error(error instanceof Error ? `Could not start the playground: ${error.message}` : error);
  }
  process.exit(1);
});
