import type { Result } from 'axe-core';

/**
 * The one accessibility gate of the component layer and e2e: serious and critical violations fail,
 * moderate and minor ones are reported by axe but not gated; each with up to five of its targets.
 */
export function axeViolationsBlocking(violations: Result[]) {
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      targets: violation.nodes.slice(0, 5).map((node) => node.target.join(' ')),
    }));
}
