/**
 * Hosts where anyone can publish a page, so an origin there proves nothing about who wrote it. Not the
 * whole public-suffix list (too large to ship to the browser): the multi-tenant hosting suffixes and
 * country second levels scanners and bug reports meet, and the code playgrounds developers allow "just
 * for a quick test" and forget (the "developer backdoor").
 */

/** Suffixes under which anyone can get a name of their own (from the PSL's private section). */
export const sharedHostSuffixes: readonly string[] = [
  'github.io',
  'gitlab.io',
  'herokuapp.com',
  'netlify.app',
  'vercel.app',
  'pages.dev',
  'workers.dev',
  'web.app',
  'firebaseapp.com',
  'appspot.com',
  'azurewebsites.net',
  'azurestaticapps.net',
  'cloudfront.net',
  's3.amazonaws.com',
  'blogspot.com',
  'glitch.me',
  'repl.co',
  'replit.app',
  'onrender.com',
  'fly.dev',
  'surge.sh',
  'ngrok.io',
  'ngrok-free.app',
  'csb.app',
  'stackblitz.io',
  'codesandbox.io',
  'bitbucket.io',
  'neocities.org',
];

/** Second levels of country domains that are suffixes themselves (`bank.co.uk` is one site). */
const countrySecondLevels = new Set(['co', 'com', 'net', 'org', 'ac', 'gov', 'edu', 'ne', 'or', 'go']);

/** Origins of code playgrounds and preview hosts that serve any visitor's HTML and script. */
export const sharedHostPlaygrounds: readonly string[] = [
  'https://jsfiddle.net',
  'https://fiddle.jshell.net',
  'https://codepen.io',
  'https://cdpn.io',
  'https://s.codepen.io',
  'https://jsbin.com',
  'https://output.jsbin.com',
  'https://null.jsbin.com',
  'https://plnkr.co',
  'https://run.plnkr.co',
  'https://embed.plnkr.co',
  'https://stackblitz.com',
  'https://codesandbox.io',
  'https://playcode.io',
  'https://jsitor.com',
  'https://htmlpreview.github.io',
  'https://raw.githack.com',
  'https://rawcdn.githack.com',
];

/** The shared suffix a host sits under (`evil.github.io` → `github.io`), or null. */
export function sharedHostSuffix(host: string): string | null {
  return sharedHostSuffixes.find((suffix) => host.endsWith(`.${suffix}`) || host === suffix) ?? null;
}

/**
 * The registrable domain of a host: one label under its public suffix (`a.b.github.io` → `b.github.io`,
 * `www.bank.co.uk` → `bank.co.uk`, `www.bank.example` → `bank.example`). An IP address is its own.
 */
export function sharedHostRegistrable(host: string): string {
  if (/^\d{1,3}(?:\.\d{1,3}){3}$/.test(host) || host.startsWith('[')) return host;
  const labels = host.split('.');
  const suffix = sharedHostSuffix(host);
  let suffixLabels = suffix ? suffix.split('.').length : 1;
  const second = labels[labels.length - 2];
  if (!suffix && labels.length >= 3 && second !== undefined && countrySecondLevels.has(second)) {
    const last = labels[labels.length - 1] ?? '';
    if (last.length === 2) suffixLabels = 2;
  }
  return labels.slice(-Math.min(labels.length, suffixLabels + 1)).join('.');
}
