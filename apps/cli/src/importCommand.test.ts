import { describe, expect, it } from 'vitest';
import { cliRun } from './cliRun.testkit.ts';

const settings = `CORS_ALLOWED_ORIGINS = ["https://app.example.com"]
CORS_ALLOW_CREDENTIALS = True
`;

describe('cors import', () => {
  it('prints the policy JSON on stdout and the notes on stderr', async () => {
    const r = await cliRun(['import', '--from', 'django'], settings);
    expect(r.code).toBe(0);
    const policy = JSON.parse(r.stdout) as { origin: unknown; credentials: boolean };
    expect(policy.origin).toEqual({ mode: 'list', allow: ['https://app.example.com'] });
    expect(policy.credentials).toBe(true);
    expect(r.stderr).toMatch(/^note: CORS_ALLOW_HEADERS is not set/m);
  });

  it('refuses with the line and its text and exit 2; --json prints the whole result', async () => {
    const bad = `app.use(\n  cors({\n    origin: (origin, cb) => cb(null, true),\n  }),\n);\n`;
    const r = await cliRun(['import', '--from', 'express', '--json'], bad);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('cors: stdin:3: origin: a function decides at run time');
    expect(r.stderr).toContain('    origin: (origin, cb) => cb(null, true),');
    expect(JSON.parse(r.stdout)).toMatchObject({ source: 'express', policy: null, errors: [{ line: 3 }] });
  });

  it('reads Apache lines with --from apache, the source the registry lists in --help', async () => {
    const help = await cliRun(['import', '--help'], '');
    expect(help.stdout).toContain('apache: Apache httpd');
    const r = await cliRun(
      ['import', '--from', 'apache'],
      'Header always set Access-Control-Allow-Origin "*"\nHeader always set Access-Control-Max-Age "600"\n',
    );
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ origin: { mode: 'any' }, maxAge: 600, corsOnErrors: true });
  });
});
