import type { PolicyPreset } from '@cors-playground/engine';

/**
 * How the Undo line names a policy that was replaced: a preset by its title, anything else as the
 * user's own. Both come from the engine's schema, so equal policies serialise alike.
 */
export function policyReplacedName(policy: unknown, presets: readonly PolicyPreset[]): string {
  const text = JSON.stringify(policy);
  const preset = presets.find((candidate) => JSON.stringify(candidate.policy) === text);
  return preset ? `the preset '${preset.title}'` : 'your custom policy';
}
