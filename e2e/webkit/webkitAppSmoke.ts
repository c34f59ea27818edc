/**
 * The playground in WebKit (Safari's engine, as WebKitGTK's MiniBrowser) over W3C WebDriver: load it,
 * send a blocked request then an allowed one, apply Fix it, and play one challenge from exploit to fix.
 * Every wait is on a condition the app exposes (data-* attributes, texts), checked in the page as the
 * DOM changes. Run: `pnpm run test:webkit-app`. Without WebKitGTK's driver it skips, naming the packages.
 */
import { playgroundOptionsParse } from '../../apps/api/src/start/playgroundOptions.ts';
import { playgroundStart, type Playground } from '../../apps/api/src/start/playgroundStart.ts';
import { webBuildEnsure } from '../../apps/api/src/start/webBuild.ts';
import {
  webKitCapabilities,
  webKitDriverMissing,
  webKitDriverStart,
  type WebKitDriver,
} from './webKitDriver.ts';
import { WebDriverSession } from './webDriverSession.ts';
import { webkitSmokeSteps } from './webkitSmokeSteps.ts';

/** Ports of its own, so it can run beside the Playwright suite's playground (override with WEBKIT_*_PORT). */
const ports = {
  app: Number(process.env.WEBKIT_APP_PORT ?? 25173),
  api: Number(process.env.WEBKIT_API_PORT ?? 25000),
  other: Number(process.env.WEBKIT_OTHER_PORT ?? 25174),
  stage: Number(process.env.WEBKIT_STAGE_PORT ?? 25175),
  driver: Number(process.env.WEBKIT_DRIVER_PORT ?? 25901),
};
/**
 * The whole run's bound: a hang fails it instead of holding up `npm test`. The run takes about 10 s
 * (20 s with the machine's two cores shared by a busy test run); the bound is for hangs, not speed.
 */
const runBoundMs = 120_000;
/** How long one in-page wait may take: generous, because a loaded machine is not a failure. */
const waitBoundMs = 30_000;

async function webkitAppSmoke(): Promise<void> {
  const missing = webKitDriverMissing();
  if (missing) {
    console.log(`WebKit app smoke run skipped: ${missing}`);
    return;
  }
  // The build is not the smoke run's: Playwright's web server and \`pnpm start\` make the same one.
  await webBuildEnsure((line) => console.log(line));
  const started = performance.now();
  let playground: Playground | null = null;
  let driver: WebKitDriver | null = null;
  let session: WebDriverSession | null = null;
  let bound: NodeJS.Timeout | undefined;
  let over = false;
  const log = (step: string) =>
    console.log(`  ${((performance.now() - started) / 1000).toFixed(1).padStart(5)} s  ${step}`);
  const run = async () => {
    const options = playgroundOptionsParse(
      ['app', 'api', 'other', 'stage'].flatMap((name) => [`--${name}-port`, String(ports[name as 'app'])]),
      {},
    );
    [playground, driver] = await Promise.all([playgroundStart(options), webKitDriverStart(ports.driver)]);
    // Started after the bound ran out: the cleanup below has already run, so stop them here.
    if (over) {
      await Promise.all([driver.stop(), playground.close()]);
      return;
    }
    session = await WebDriverSession.start(driver.url, webKitCapabilities);
    await session.scriptTimeout(waitBoundMs);
    await session.windowSize(1440, 900);
    await webkitSmokeSteps(session, playground.config, `webkit-smoke-${Date.now().toString(36)}`, log);
  };
  try {
    await Promise.race([
      run(),
      new Promise((_resolve, reject) => {
        bound = setTimeout(() => {
          over = true;
          reject(new Error(`took over ${runBoundMs / 1000} s`));
        }, runBoundMs);
      }),
    ]);
    console.log(`WebKit app smoke run passed in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    clearTimeout(bound);
    // Whatever happened, nothing it started outlives it: MiniBrowser, the driver, Xvfb, the servers.
    await (session as WebDriverSession | null)?.close().catch(() => {});
    await (driver as WebKitDriver | null)?.stop();
    await (playground as Playground | null)?.close();
  }
}

webkitAppSmoke().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`WebKit app smoke run failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
