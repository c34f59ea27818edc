import { describe, expect, it } from 'vitest';
import { apacheImport } from './apacheImport.ts';

describe('apacheImport', () => {
  it('reads SetEnvIf origin tests holding the Origin ($0) and Header always set … env=', () => {
    const result = apacheImport(`# .htaccess
SetEnvIf Origin "^https://(www\\.)?example\\.com$" ORIGIN_OK=$0
SetEnvIfNoCase Origin "^https://app\\.test$" ORIGIN_OK=$0
Header always set Access-Control-Allow-Origin "%{ORIGIN_OK}e" env=ORIGIN_OK
Header always set Access-Control-Allow-Credentials "true" env=ORIGIN_OK
Header always set Access-Control-Allow-Methods "GET, POST, OPTIONS"
SetEnvIf Access-Control-Request-Headers "^(.+)$" ACRH=$1
Header always set Access-Control-Allow-Headers "%{ACRH}e" env=ACRH
Header always set Access-Control-Max-Age "600"
Header merge Vary Origin
`);
    expect(result.errors).toEqual([]);
    expect(result.policy).toMatchObject({
      enabled: true,
      origin: {
        mode: 'list',
        allow: [
          { regex: '^https://(www\\.)?example\\.com$', anchor: 'none', ignoreCase: false },
          'https://app.test',
        ],
      },
      credentials: true,
      allowMethods: { mode: 'list', values: ['GET', 'POST', 'OPTIONS'] },
      allowHeaders: { mode: 'reflect' },
      maxAge: 600,
      varyOrigin: true,
      corsOnErrors: true,
      preflight: { continue: true },
    });
  });

  it("reads <If> on the Origin and a plain Header set '*'", () => {
    const listed = apacheImport(`SetEnvIf Origin "^(.+)$" ORIGIN=$1
<If "%{HTTP:Origin} == 'https://a.test' || %{HTTP:Origin} =~ m#^https://[a-z]+\\.b\\.test$#i">
    Header set Access-Control-Allow-Origin "%{ORIGIN}e"
</If>`);
    expect(listed.errors).toEqual([]);
    expect(listed.policy!.origin).toEqual({
      mode: 'list',
      allow: [
        'https://a.test',
        { regex: '^https://[a-z]+\\.b\\.test$', anchor: 'none', ignoreCase: true, flags: '' },
      ],
    });
    expect(listed.policy!.corsOnErrors).toBe(false);
    expect(listed.notes.join()).toContain('without always');
    const any = apacheImport('Header always set Access-Control-Allow-Origin "*"');
    expect(any.policy!.origin).toEqual({ mode: 'any' });
  });

  it('refuses what it cannot read, naming the line', () => {
    const result = apacheImport(`SetEnvIf Origin "^https://a\\.test$" OK
Header always set Access-Control-Allow-Origin "expr=%{HTTP:Origin}" env=OK
RewriteRule ^/api - [R=204]
<Location /api>
Header set Access-Control-Allow-Origin "https://fixed.test"`);
    expect(result.policy).toBeNull();
    expect(result.errors.map((e) => e.line)).toEqual([2, 4]);
    expect(result.errors[0]!.message).toContain('expr=');
    const rewrite = apacheImport(`Header always set Access-Control-Allow-Origin "*"
RewriteRule ^/api - [R=204]`);
    expect(rewrite.errors.map((e) => [e.line, e.text])).toEqual([[2, 'RewriteRule ^/api - [R=204]']]);
    const fixed = apacheImport('Header set Access-Control-Allow-Origin "https://fixed.test/"');
    expect(fixed.errors[0]!.message).toContain("only *, one origin or the request's Origin");
    const idle = apacheImport('Header set Access-Control-Allow-Origin "%{Origin}i"');
    expect(idle.errors[0]!.message).toContain('idle percent');
    const one = apacheImport('Header set Access-Control-Allow-Origin "https://fixed.test"');
    expect(one.policy!.origin).toEqual({ mode: 'list', allow: ['https://fixed.test'] });
    expect(apacheImport('Header set X-Frame-Options DENY').policy).toMatchObject({ enabled: false });
  });
});
