import { describe, expect, it } from 'vitest';
import { nginxImport } from './nginxImport.ts';

describe('nginxImport', () => {
  it('reads a map of allowed origins, a preflight if, and add_header inheritance', () => {
    const result = nginxImport(`map $http_origin $cors_origin {
    default "";
    "https://APP.example.com" $http_origin;
    "~^https://[a-z]+\\.example\\.com$" $http_origin;
}
server {
    location / {
        add_header Access-Control-Allow-Origin $cors_origin always;
        add_header Access-Control-Allow-Credentials true always;
        add_header Vary Origin always;
        if ($request_method = OPTIONS) {
            add_header Access-Control-Allow-Origin $cors_origin;
            add_header Access-Control-Allow-Methods "GET, POST, PUT";
            add_header Access-Control-Allow-Headers $http_access_control_request_headers;
            add_header Access-Control-Max-Age 600;
            return 204;
        }
        proxy_pass http://app;
    }
}
`);
    expect(result.errors).toEqual([]);
    expect(result.policy).toMatchObject({
      origin: {
        mode: 'list',
        allow: ['https://app.example.com', { regex: '^https://[a-z]+\\.example\\.com$', anchor: 'none' }],
      },
      credentials: true,
      allowMethods: { mode: 'list', values: ['GET', 'POST', 'PUT'] },
      allowHeaders: { mode: 'reflect' },
      maxAge: 600,
      varyOrigin: true,
      corsOnErrors: true,
      preflight: { status: 204, continue: false },
    });
    expect(result.notes.join('\n')).toMatch(/actual OPTIONS request/);
  });

  it('orders locations as nginx picks them and drops CORS without always on errors', () => {
    const policy = nginxImport(`add_header Access-Control-Allow-Origin "*";
location /api/ { add_header Access-Control-Allow-Origin https://a.test; }
location ~* \\.json$ { }
location = /health { add_header Access-Control-Allow-Origin $http_origin; }
`).policy!;
    expect(policy).toMatchObject({
      enabled: true,
      origin: { mode: 'any' },
      corsOnErrors: false,
      preflight: { continue: true },
    });
    expect(policy.paths.map((p) => [p.path, p.override.enabled])).toEqual([
      ['^/health$', true],
      // A location without add_header of its own inherits the server level's.
      ['(?i)\\.json$', true],
      ['^/api/', true],
    ]);
  });

  it('refuses what it cannot follow, naming the line', () => {
    const result = nginxImport(`location / {
    set $origin $http_origin;
    add_header Access-Control-Allow-Origin $origin;
    if ($http_origin ~* example) {
        return 403;
    }
    more_set_headers "Access-Control-Allow-Credentials: true";
}`);
    expect(result.policy).toBeNull();
    expect(result.errors.map((e) => [e.line, e.text])).toEqual([
      [2, 'set $origin $http_origin;'],
      [3, 'add_header Access-Control-Allow-Origin $origin;'],
      [4, 'if ($http_origin ~* example) {'],
      [7, 'more_set_headers "Access-Control-Allow-Credentials: true";'],
    ]);
    expect(nginxImport('location / {\n  add_header Vary Origin\n}').errors[0]).toMatchObject({
      line: 3,
      message: expect.stringMatching(/missing ';'/),
    });
  });

  it("says when an if block's own add_header lines leave preflights without Access-Control-Allow-Origin", () => {
    const result = nginxImport(`location / {
    add_header Access-Control-Allow-Origin $http_origin;
    if ($request_method = OPTIONS) {
        add_header Access-Control-Allow-Methods GET;
        return 204;
    }
}`);
    expect(result.errors).toEqual([
      expect.objectContaining({ line: 3, message: expect.stringMatching(/replace the location's/) }),
    ]);
  });
});
