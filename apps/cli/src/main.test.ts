import { describe, expect, it } from 'vitest';
import { cliRun } from './cliRun.testkit.ts';

const policy = JSON.stringify({ origin: { mode: 'list', allow: ['https://app.example.com'] } });

describe('cliMain', () => {
  it('starts every run afresh: an option or a failure of the run before does not carry over', async () => {
    const json = await cliRun(['audit', '--json'], policy);
    expect(JSON.parse(json.stdout)).toBeInstanceOf(Array);
    const table = await cliRun(['audit'], policy);
    expect(table.stdout).toMatch(/^LOW +headers\.reflect/m);
    expect((await cliRun(['export', '--to', 'rails'], policy)).code).toBe(2);
    const exported = await cliRun(['export', '--to', 'nginx'], policy);
    expect(exported).toMatchObject({ code: 0, stderr: expect.stringMatching(/^# Exact: nginx/) });
  });

  it('keeps runs started together apart: each gets its own output and exit code', async () => {
    const careless = JSON.stringify({ origin: { mode: 'reflect' }, credentials: true });
    const [high, low, bad] = await Promise.all([
      cliRun(['audit', '--json'], careless),
      cliRun(['audit', '--json'], policy),
      cliRun(['audit', '--json'], '{'),
    ]);
    expect(high.code).toBe(1);
    expect(JSON.parse(high.stdout)).toContainEqual(expect.objectContaining({ severity: 'high' }));
    expect(low.code).toBe(0);
    expect(JSON.parse(low.stdout)).not.toContainEqual(expect.objectContaining({ severity: 'high' }));
    expect(bad).toMatchObject({ code: 2, stdout: '', stderr: expect.stringMatching(/not valid JSON/) });
  });

  it('writes help and usage errors to the run, not the process: help exits 0, a usage error 2', async () => {
    const help = await cliRun(['--help']);
    expect(help).toMatchObject({ code: 0, stdout: expect.stringMatching(/^Usage: cors /) });
    const unknown = await cliRun(['nope']);
    expect(unknown).toMatchObject({ code: 2, stderr: expect.stringMatching(/unknown command 'nope'/) });
  });
});
