import { describe, expect, it } from 'vitest';
import { policyParse, policyPresetsFor } from '@cors-playground/engine';
import { policyReplacedName } from './policyReplacedName.ts';

const presets = policyPresetsFor({ app: 'http://localhost:5173', other: 'http://localhost:5174' });

describe('policyReplacedName', () => {
  it('names a preset by its title, even after a round trip through the API', () => {
    const strict = presets.find((preset) => preset.id === 'strict-single-origin');
    const parsed = policyParse(JSON.parse(JSON.stringify(strict?.policy)));
    expect(parsed.ok && policyReplacedName({ policy: parsed.policy, isDefault: false }, presets)).toBe(
      "the preset 'Strict: one origin, with credentials'",
    );
  });

  it('names the default policy as such', () => {
    const parsed = policyParse({});
    expect(parsed.ok && policyReplacedName({ policy: parsed.policy, isDefault: true }, presets)).toBe(
      'the default policy',
    );
  });

  it('calls anything else the custom policy', () => {
    const parsed = policyParse({ origin: { mode: 'list', allow: ['http://mine.example'] } });
    expect(parsed.ok && policyReplacedName({ policy: parsed.policy, isDefault: false }, presets)).toBe(
      'your custom policy',
    );
  });
});
