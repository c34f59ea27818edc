import type { FetchRequest, HeaderList } from '@cors-playground/engine';
import type { Scenario, ScriptedResponses } from './scenarioTypes.ts';

/**
 * Both browsers run at once against one scripted server, so every scenario gets its own path prefix
 * (`/__t/<token>`) on every URL it uses. The browser and the simulator both run the routed scenario;
 * observations are un-routed afterwards, so recorded files and reports show the scenario's own URLs.
 */
export function scenarioRoutePrefix(token: string): string {
  return `/__t/${token}`;
}

function scenarioRouteUrl(url: string, token: string): string {
  const parsed = new URL(url);
  if (parsed.protocol !== 'http:') return url;
  parsed.pathname = scenarioRoutePrefix(token) + parsed.pathname;
  return parsed.href;
}

function scenarioRouteLocation(value: string, token: string): string {
  if (value.startsWith('/') && !value.startsWith('//')) return scenarioRoutePrefix(token) + value;
  if (/^https?:\/\//i.test(value)) {
    try {
      return scenarioRouteUrl(value, token);
    } catch {
      // An unparsable Location is part of what the scenario tests: keep it byte for byte.
      return value;
    }
  }
  return value;
}

function scenarioRouteHeaders(headers: HeaderList, token: string): HeaderList {
  return headers.map(([name, value]) =>
    name.toLowerCase() === 'location' ? [name, scenarioRouteLocation(value, token)] : [name, value],
  );
}

function scenarioRouteRequest(request: FetchRequest, token: string): FetchRequest {
  return { ...request, url: scenarioRouteUrl(request.url, token) };
}

/** The key the server looks up: method as sent (not upper-cased) and the URL as the server sees it. */
export function scenarioRouteKey(key: string): { method: string; url: string } {
  const space = key.indexOf(' ');
  return { method: key.slice(0, space), url: new URL(key.slice(space + 1)).href };
}

/** The scenario with every URL and every redirect `Location` moved under `/__t/<token>`. */
export function scenarioRoute(scenario: Scenario, token: string): Scenario {
  const responses: ScriptedResponses = {};
  for (const [key, response] of Object.entries(scenario.responses)) {
    const { method, url } = scenarioRouteKey(key);
    responses[`${method} ${scenarioRouteUrl(url, token)}`] = {
      ...response,
      headers: scenarioRouteHeaders(response.headers, token),
    };
  }
  return {
    ...scenario,
    request: scenarioRouteRequest(scenario.request, token),
    ...(scenario.next ? { next: scenario.next.map((r) => scenarioRouteRequest(r, token)) } : {}),
    responses,
  };
}

/** Removes the routing prefix from anything JSON-serializable (observations, traces, messages). */
export function scenarioUnroute<T>(value: T, token: string): T {
  const text = JSON.stringify(value);
  if (text === undefined) return value;
  return JSON.parse(text.split(scenarioRoutePrefix(token)).join('')) as T;
}
