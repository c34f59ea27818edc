import { describe, expect, it } from 'vitest';
import { appPathIsRoute, appPaths } from './appPaths.ts';

describe('appPathIsRoute', () => {
  it('accepts every app path, with or without a trailing slash', () => {
    for (const page of Object.values(appPaths)) {
      const path = typeof page === 'string' ? page : page('reflect-sibling');
      expect(appPathIsRoute(path)).toBe(true);
      expect(appPathIsRoute(`${path}/`.replace('//', '/'))).toBe(true);
    }
  });

  it('accepts one named child of Learn and Challenges', () => {
    expect(appPathIsRoute('/learn/preflight')).toBe(true);
    expect(appPathIsRoute('/challenges/reflect-sibling')).toBe(true);
  });

  it('refuses anything else', () => {
    for (const path of ['/nope', '/learn/a/b', '/check/x', '/workshop', '/learn/a%20b', '/index.html']) {
      expect(appPathIsRoute(path)).toBe(false);
    }
  });
});
