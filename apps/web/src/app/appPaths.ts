/**
 * The app's URLs. The server answers
 * every unknown path with index.html, so each of these survives a reload.
 */
export const appPaths = {
  playground: '/',
  learn: '/learn',
  check: '/check',
  /** The security challenges: a victim, an attacker's seat, exploit → fix → re-verify. */
  challenges: '/challenges',
  /** One challenge (its attempt's state comes from the server, so a reload keeps it). */
  challenge: (id: string) => `/challenges/${encodeURIComponent(id)}`,
  /** The instructor's printable guide to every challenge. */
  challengesGuide: '/challenges/guide',
  /** Where workshop participants join (the URL the server prints, with a QR code). */
  workshopJoin: '/workshop/join',
  /** The instructor's view; the server prints it with the secret in the fragment. */
  workshopInstructor: '/workshop/instructor',
  /** A participant's setup check: every site reachable, and related as the labs need. */
  workshopCheck: '/workshop/check',
  /** The participants' printable handout. */
  workshopSheet: '/workshop/sheet',
} as const;
