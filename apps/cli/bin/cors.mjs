#!/usr/bin/env node
// Runs the TypeScript sources through tsx, so the CLI needs no build step. The CLI itself is cliMain:
// this shell only hands it the process's streams and turns its result into the exit code.
import { register } from 'tsx/esm/api';

register();
const { cliMain } = await import('../src/main.ts');
const { cliIoProcess } = await import('../src/cliIo.ts');
process.exitCode = await cliMain(process.argv.slice(2), cliIoProcess());
