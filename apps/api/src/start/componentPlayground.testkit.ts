import { freePort } from './freePort.testkit.ts';
import { playgroundOptionsParse } from './playgroundOptions.ts';
import { playgroundStart, type Playground } from './playgroundStart.ts';
import { PlaygroundStartError } from './serverListen.ts';

/** Read by scripts/controlProxy.ts, which forwards the component layer's `/control` here. */
const controlProxyEnv = 'COMPONENT_APP_ORIGIN';

async function componentPlaygroundStart(): Promise<Playground> {
  const names = ['app', 'api', 'other', 'stage'];
  const flags: string[] = ['--public-host', '127.0.0.1'];
  for (const name of names) flags.push(`--${name}-port`, `${await freePort()}`);
  return playgroundStart(playgroundOptionsParse(flags, {}), 'none');
}

/**
 * The component layer's global setup: one real playground (no SPA: Vite serves the components) whose
 * control plane every component test uses, each in a sandbox of its own. Stopped after the run.
 */
export default async function componentPlayground(): Promise<() => Promise<void>> {
  let playground: Playground | undefined;
  // A port free when asked can be taken by another run before it is bound: try again with fresh ones.
  for (let attempt = 1; !playground; attempt++) {
    try {
      playground = await componentPlaygroundStart();
    } catch (error) {
      const portRace = error instanceof PlaygroundStartError && /already in use/.test(error.message);
      if (!portRace || attempt === 5) throw error;
    }
  }
  process.env[controlProxyEnv] = playground.config.appOrigin;
  const started = playground;
  return async () => {
    delete process.env[controlProxyEnv];
    await started.close();
  };
}
