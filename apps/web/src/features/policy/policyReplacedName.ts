import type { PolicyPreset } from '@cors-playground/engine';
import type { PolicyHistoryEntry } from '@cors-playground/protocol';

/**
 * How the Undo line names a policy that was replaced: the default, a preset by its title, anything
 * else as the user's own. Both come from the engine's schema, so equal policies serialise alike.
 */
export function policyReplacedName(
  { policy, isDefault }: Pick<PolicyHistoryEntry, 'policy' | 'isDefault'>,
  presets: readonly PolicyPreset[],
): string {
  if (isDefault) return 'the default policy';
  const text = JSON.stringify(policy);
  const preset = presets.find((candidate) => JSON.stringify(candidate.policy) === text);
  return preset ? `the preset '${preset.title}'` : 'your custom policy';
}
