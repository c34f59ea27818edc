import { describe, expect, it } from 'vitest';
import { cliRun } from './cliRun.testkit.ts';

const safe = JSON.stringify({
  origin: { mode: 'list', allow: ['https://app.example.com'] },
  allowHeaders: { mode: 'list', values: ['content-type'] },
});

describe('cors export', () => {
  it('prints the code on stdout and the differences on stderr as comments', async () => {
    const r = await cliRun(['export', '--to', 'nelmio'], safe);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^# config\/packages\/nelmio_cors.yaml/);
    expect(r.stdout).toContain("allow_origin: ['https://app.example.com']");
    expect(r.stderr).toMatch(/^# What nelmio will do differently/);
    expect(
      r.stderr
        .split('\n')
        .filter(Boolean)
        .every((l) => l.startsWith('#')),
    ).toBe(true);
  });

  it('prints the HIGH audit findings on stderr before the code, and keeps stdout the code alone', async () => {
    const careless = JSON.stringify({
      origin: { mode: 'list', allow: [{ regex: '^https://.*bank\\.example$' }] },
      credentials: true,
      allowHeaders: { mode: 'list', values: ['content-type'] },
    });
    const r = await cliRun(['export', '--to', 'django'], careless);
    expect(r.code).toBe(0);
    const lines = r.stderr.split('\n').filter(Boolean);
    expect(lines[0]).toMatch(/^# HIGH: the audit found 1 serious problem/);
    expect(r.stderr).toContain('example: Origin: https://evilbank.example (suffix; anyone)');
    expect(r.stderr.indexOf('HIGH')).toBeLessThan(r.stderr.indexOf('What django will do'));
    expect(lines.every((l) => l.startsWith('#'))).toBe(true);
    expect(r.stdout).not.toMatch(/HIGH|evilbank/);
    expect(r.stdout).toMatch(/CORS_ALLOWED_ORIGIN_REGEXES/);
    const clean = await cliRun(['export', '--to', 'django'], safe);
    expect(clean.stderr).not.toMatch(/HIGH/);
  });

  it('reads a policy file relative to the user directory', async () => {
    const r = await cliRun(['export', '--to', 'express', 'src/__fixtures__/policy.json']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("origin: ['https://app.example.com']");
  });

  it('invalid policy: exit 2 with field paths', async () => {
    const r = await cliRun(
      ['export', '--to', 'django'],
      JSON.stringify({ origin: { mode: 'list', allow: [{ regex: '' }] }, maxAge: 'x' }),
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/origin\.allow\[0\]\.regex: /);
    expect(r.stderr).toMatch(/maxAge: /);
    expect(r.stdout).toBe('');
  });

  it('unknown target or broken JSON: exit 2', async () => {
    expect((await cliRun(['export', '--to', 'rails'], safe)).code).toBe(2);
    const broken = await cliRun(['export', '--to', 'nginx'], '{');
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/not valid JSON/);
  });
});

describe('cors audit', () => {
  it('exit 1 on a high finding, with a human table', async () => {
    const r = await cliRun(['audit'], JSON.stringify({ origin: { mode: 'reflect' }, credentials: true }));
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^HIGH +origin\.reflect-credentials +origin/m);
    expect(r.stdout).toMatch(/why: /);
  });

  it('exit 0 for a clean policy; --json for machines', async () => {
    const r = await cliRun(['audit', '--json'], safe);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([]);
    const low = await cliRun(
      ['audit', '--json'],
      JSON.stringify({ origin: { mode: 'list', allow: ['https://*.example.com'] } }),
    );
    expect(low.code).toBe(0);
    expect((JSON.parse(low.stdout) as Array<{ id: string }>).map((f) => f.id)).toContain(
      'origin.wildcard-broad',
    );
  });

  it('--json lists each finding with its class, example origin, who, browsers, severity and fix', async () => {
    const careless = JSON.stringify({
      origin: {
        mode: 'list',
        allow: [
          'https://www.bank.example',
          'https://jsfiddle.net',
          { regex: '^https://www\\.bank\\.example([^\\w.-].*)?$' },
        ],
      },
      credentials: true,
      allowHeaders: { mode: 'list', values: ['content-type'] },
    });
    const r = await cliRun(['audit', '--json'], careless);
    expect(r.code).toBe(1);
    const records = JSON.parse(r.stdout) as Array<Record<string, unknown>>;
    expect(records).toContainEqual(
      expect.objectContaining({
        id: 'origin.code-hosting',
        class: 'code-hosting',
        severity: 'high',
        example: 'https://jsfiddle.net',
        who: 'anyone',
        path: 'origin.allow[1]',
        fix: expect.stringContaining('jsfiddle.net'),
      }),
    );
    const special = records.find((f) => f.class === 'special-character');
    expect(special).toMatchObject({
      severity: 'high',
      path: 'origin.allow[2]',
      browsers: ['firefox', 'webkit'],
    });
    expect(special?.example).toBe('https://www.bank.example$.evil.com');
    for (const f of records) expect(Object.keys(f)).toEqual(Object.keys(records[0] ?? {}));
  });

  it('invalid policy: exit 2', async () => {
    const r = await cliRun(['audit'], JSON.stringify({ origin: { mode: 'sometimes' } }));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/origin\.mode/);
  });
});
