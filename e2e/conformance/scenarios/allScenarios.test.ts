import { describe, expect, it } from 'vitest';
import { scenarioRouteKey } from '../scenarioRoute.ts';
import { allScenarios } from './allScenarios.ts';

const allowedOrigin = /^http:\/\/(localhost|127\.0\.0\.1|a\.localhost|b\.localhost):1700[123]$/;

describe('allScenarios', () => {
  it('has at least 80 scenarios with unique kebab-case ids', () => {
    expect(allScenarios.length).toBeGreaterThanOrEqual(80);
    const ids = allScenarios.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('runs every fetch of a scenario on one page origin served by the scripted server', () => {
    for (const scenario of allScenarios) {
      expect(scenario.request.pageOrigin, scenario.id).toMatch(allowedOrigin);
      for (const next of scenario.next ?? [])
        expect(next.pageOrigin, scenario.id).toBe(scenario.request.pageOrigin);
    }
  });

  it('keys every response by METHOD and an absolute URL on the scripted ports', () => {
    for (const scenario of allScenarios) {
      for (const key of Object.keys(scenario.responses)) {
        const { method, url } = scenarioRouteKey(key);
        expect(method, `${scenario.id}: ${key}`).toMatch(/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/);
        expect(new URL(url).origin, `${scenario.id}: ${key}`).toMatch(allowedOrigin);
      }
    }
  });
});
