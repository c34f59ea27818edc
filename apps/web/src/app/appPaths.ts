/**
 * The app's URLs. The server answers
 * every unknown path with index.html, so each of these survives a reload.
 */
export const appPaths = {
  playground: '/',
  learn: '/learn',
  check: '/check',
  /** Where workshop participants join (the URL the server prints, with a QR code). */
  workshopJoin: '/workshop/join',
  /** The instructor's view; the server prints it with the secret in the fragment. */
  workshopInstructor: '/workshop/instructor',
} as const;
