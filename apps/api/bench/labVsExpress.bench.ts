/**
 * The lab API against Express + `cors` configured the same way (benchExpressCors.ts), same machine,
 * alternating runs: requests per second for a simple allowed GET and for an allowed preflight, and
 * the ratio lab / Express (≥ 1 means the lab API, logging every request, is not slower).
 *
 *   tsx apps/api/bench/labVsExpress.bench.ts [--root <checkout>]   (the lab API from that checkout)
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { freePort } from '../src/start/freePort.testkit.ts';
import { benchServerCpuMs, benchServerStart, benchServerTrack, benchServerWarm } from './benchServer.ts';

const here = fileURLToPath(new URL('.', import.meta.url));
const rootFlag = process.argv.indexOf('--root');
const root =
  rootFlag >= 0 ? (process.argv[rootFlag + 1] ?? '.') : fileURLToPath(new URL('../../..', import.meta.url));
const rounds = Number(process.env.LAB_VS_EXPRESS_ROUNDS ?? 3);
const seconds = Number(process.env.LAB_VS_EXPRESS_SECONDS ?? 5);

const watchdog = setTimeout(() => {
  console.error('labVsExpress bench: watchdog fired after 10 min');
  process.exit(2);
}, 600_000);

await benchServerWarm(root);
const lab = await benchServerStart(root, 4096);
const expressPort = await freePort();
const yardstick = spawn(
  process.execPath,
  ['--import', 'tsx', `${here}benchExpressCors.ts`, `${expressPort}`, lab.appOrigin],
  {
    cwd: here,
    stdio: 'inherit',
  },
);
const express = `http://127.0.0.1:${expressPort}`;
const yardstickPid = yardstick.pid ?? 0;
benchServerTrack(yardstick);

interface Rate {
  requests: number;
  cpuMs: number;
  seconds: number;
}

/** Requests served and server CPU used in one run. */
async function rate(
  url: string,
  pid: number,
  method: string,
  headers: Record<string, string>,
): Promise<Rate> {
  const cpuBefore = benchServerCpuMs(pid);
  const result = await autocannon({
    url: `${url}/data`,
    method,
    headers,
    connections: 10,
    duration: seconds,
  });
  if (result.non2xx > 0 || result.errors > 0) {
    throw new Error(`${url}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  }
  return { requests: result.requests.total, cpuMs: benchServerCpuMs(pid) - cpuBefore, seconds };
}

function rateSum(rates: Rate[]): Rate {
  return rates.reduce((a, b) => ({
    requests: a.requests + b.requests,
    cpuMs: a.cpuMs + b.cpuMs,
    seconds: a.seconds + b.seconds,
  }));
}

try {
  for (let i = 0; i < 50; i++) {
    try {
      await fetch(`${express}/data`);
      break;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  const kinds = {
    'simple GET': { method: 'GET', headers: { origin: lab.appOrigin } },
    preflight: {
      method: 'OPTIONS',
      headers: {
        origin: lab.appOrigin,
        'access-control-request-method': 'PUT',
        'access-control-request-headers': 'content-type',
      },
    },
  };
  console.log(
    `lab API (${root}) vs Express + cors, ${rounds} alternating rounds of ${seconds} s, 10 connections`,
  );
  for (const [name, { method, headers }] of Object.entries(kinds)) {
    await rate(lab.api, lab.pid, method, headers);
    await rate(express, yardstickPid, method, headers);
    const labRates: Rate[] = [];
    const expressRates: Rate[] = [];
    for (let round = 0; round < rounds; round++) {
      labRates.push(await rate(lab.api, lab.pid, method, headers));
      expressRates.push(await rate(express, yardstickPid, method, headers));
    }
    const labSum = rateSum(labRates);
    const expressSum = rateSum(expressRates);
    const perSecond = (r: Rate) => r.requests / r.seconds;
    const perCpuSecond = (r: Rate) => (r.requests / r.cpuMs) * 1000;
    console.log(
      `${name}: lab ${perSecond(labSum).toFixed(0)} req/s, Express + cors ${perSecond(expressSum).toFixed(0)} req/s: ` +
        `ratio ${(perSecond(labSum) / perSecond(expressSum)).toFixed(2)}; per server CPU second ` +
        `${perCpuSecond(labSum).toFixed(0)} vs ${perCpuSecond(expressSum).toFixed(0)}: ` +
        `ratio ${(perCpuSecond(labSum) / perCpuSecond(expressSum)).toFixed(2)}`,
    );
  }
} finally {
  yardstick.kill('SIGKILL');
  await lab.stop();
  clearTimeout(watchdog);
}
