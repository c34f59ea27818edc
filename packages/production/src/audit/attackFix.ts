import type { CorsRule } from '@cors-playground/engine';
import type { AttackCandidate } from './attackCandidate.ts';
import { sharedHostRegistrable } from './sharedHost.ts';

/** The change that closes one granted attack, naming the policy's own origin where it helps. */
export function attackFix(candidate: AttackCandidate, rule: CorsRule): string {
  const own = candidate.from ?? 'your origin';
  const host = own.replace(/^[a-z]+:\/\//, '').replace(/:\d+$/, '');
  switch (candidate.class) {
    case 'reflection':
      return rule.origin.mode === 'reflect'
        ? 'Replace reflect with the list of origins that need access.'
        : 'Replace the catch-all entry with the exact origins that need access.';
    case 'prefix':
      return `Anchor the pattern at the end ($) so nothing can follow ${own}.`;
    case 'suffix':
      return `Let nothing but an exact name come before ${host}: anchor the pattern at the start and replace a leading .* (or [a-z.]+) with the hosts you mean: ^${own.replace(/\./g, '\\.')}$.`;
    case 'unescaped-dot':
      return `Escape the literal dots as \\. (${host.replace(/\./g, '\\.')}).`;
    case 'special-character':
      return `End the pattern right after the host (${host.replace(/\./g, '\\.')}$, or an exact :port$) instead of a class that lets other characters follow it.`;
    case 'http-downgrade':
      return `Allow only the https:// origin (drop http:// or the s? in the pattern); a network attacker controls any http:// page of ${host}.`;
    case 'any-subdomain':
      return `List the exact subdomains of ${sharedHostRegistrable(host)} that need access.`;
    case 'null':
      return "Remove 'null' (and any pattern that matches it); give the callers a real origin.";
    case 'public-suffix':
      return `Anyone can get a name under ${sharedHostRegistrable(
        candidate.origin.replace(/^[a-z]+:\/\//, ''),
      )
        .split('.')
        .slice(1)
        .join('.')}: list your exact origins there instead of a wildcard or pattern.`;
    case 'code-hosting':
      return `Remove ${candidate.origin}: anyone can publish a page there. Test from a local origin (http://localhost) instead.`;
  }
}
