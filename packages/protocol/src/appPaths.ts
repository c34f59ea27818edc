/**
 * The app's URLs, shared by the SPA (its routes) and the app server (which answers any other path
 * 404, still with index.html so the SPA can say "No such page").
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

/** App paths with one named child below them (`/learn/<step>`, `/challenges/<challenge>`). */
const appPathParents: readonly string[] = [appPaths.learn, appPaths.challenges];

/** One path segment of a step or challenge id. */
const appPathChild = /^[A-Za-z0-9_-]{1,100}$/;

/** Whether `pathname` (no query) is a page of the app, so the server answers it 200 and not 404. */
export function appPathIsRoute(pathname: string): boolean {
  const path = pathname.length > 1 ? pathname.replace(/\/$/, '') : pathname;
  if (Object.values(appPaths).some((page) => page === path)) return true;
  const slash = path.lastIndexOf('/');
  return (
    slash > 0 && appPathParents.includes(path.slice(0, slash)) && appPathChild.test(path.slice(slash + 1))
  );
}
