import { scriptServerStart } from './scriptServer.ts';

/**
 * The scripted server as its own process, started on demand by the first Playwright worker that needs
 * it. A separate process means no worker ever waits for the other browser's worker before it may exit
 * (a failed test restarts its worker). It exits by itself once no worker has held a lease for `idleMs`,
 * and at once when another copy already owns the ports.
 */
const idleMs = 10_000;

try {
  const server = await scriptServerStart();
  let idleSince = Date.now();
  const timer = setInterval(() => {
    if (server.leaseCount() > 0) {
      idleSince = Date.now();
      return;
    }
    if (Date.now() - idleSince < idleMs) return;
    clearInterval(timer);
    void server.close().then(() => process.exit(0));
  }, 250);
} catch (error) {
  if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') process.exit(0);
  console.error(error);
  process.exit(1);
}
