/**
 * The app's URLs. Labs and the workshop get their own entries here when they land; the server answers
 * every unknown path with index.html, so each of these survives a reload.
 */
export const appPaths = {
  playground: '/',
  learn: '/learn',
  check: '/check',
} as const;
