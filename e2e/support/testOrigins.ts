/**
 * The e2e suite runs its own playground on ports that do not collide with a playground the user may
 * have running on the defaults (5173 / 4000 / 5174).
 */
const appPort = Number(process.env.E2E_APP_PORT ?? 15173);
const apiPort = Number(process.env.E2E_API_PORT ?? 14000);
const otherPort = Number(process.env.E2E_OTHER_PORT ?? 15174);

export const testOrigins = {
  appPort,
  apiPort,
  otherPort,
  app: `http://localhost:${appPort}`,
  api: `http://localhost:${apiPort}`,
  /** Same-site, cross-origin sibling of the app. */
  other: `http://localhost:${otherPort}`,
  /** Cross-site: a different registrable domain under .localhost. */
  evil: `http://evil.localhost:${otherPort}`,
};
