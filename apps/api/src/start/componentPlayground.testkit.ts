import { freePort } from './freePort.testkit.ts';
import { playgroundOptionsParse } from './playgroundOptions.ts';
import { playgroundStart } from './playgroundStart.ts';

/** Read by scripts/controlProxy.ts, which forwards the component layer's `/control` here. */
const controlProxyEnv = 'COMPONENT_APP_ORIGIN';

/**
 * The component layer's global setup: one real playground (no SPA: Vite serves the components) whose
 * control plane every component test uses, each in a sandbox of its own. Stopped after the run.
 */
export default async function componentPlayground(): Promise<() => Promise<void>> {
  const ports = {
    app: await freePort(),
    api: await freePort(),
    other: await freePort(),
    stage: await freePort(),
  };
  const options = playgroundOptionsParse(
    [
      ...Object.entries(ports).flatMap(([name, port]) => [`--${name}-port`, `${port}`]),
      '--public-host',
      '127.0.0.1',
    ],
    {},
  );
  const playground = await playgroundStart(options, 'none');
  process.env[controlProxyEnv] = playground.config.appOrigin;
  return async () => {
    delete process.env[controlProxyEnv];
    await playground.close();
  };
}
