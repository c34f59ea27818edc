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

  it('invalid policy: exit 2', async () => {
    const r = await cliRun(['audit'], JSON.stringify({ origin: { mode: 'sometimes' } }));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/origin\.mode/);
  });
});
