import type { PolicyPreset } from '@cors-playground/engine';

/** The origins presets are written for, and this playground's actual ones. */
export interface PresetOrigins {
  appOrigin: string;
  otherOrigin: string;
}

function originHost(origin: string): string {
  try {
    return new URL(origin).host;
  } catch {
    return origin;
  }
}

function stringsMap(value: unknown, map: (text: string) => string): unknown {
  if (typeof value === 'string') return map(value);
  if (Array.isArray(value)) return value.map((v) => stringsMap(v, map));
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, stringsMap(v, map)]));
  }
  return value;
}

/**
 * Presets name the default origins (`localhost:5173` app, `localhost:5174` other site); a playground
 * started on other ports (or the e2e suite's) needs them rewritten, or "strict single origin" would lock
 * out the very app applying it.
 */
export function presetLocalize(preset: PolicyPreset, origins: PresetOrigins): PolicyPreset {
  const app = originHost(origins.appOrigin);
  const other = originHost(origins.otherOrigin);
  if (app === 'localhost:5173' && other === 'localhost:5174') return preset;
  const map = (text: string) =>
    text.replace(/localhost:(5173|5174)(?!\d)/g, (_m, port: string) => (port === '5173' ? app : other));
  return {
    ...preset,
    sentence: map(preset.sentence),
    policy: stringsMap(preset.policy, map) as PolicyPreset['policy'],
  };
}
