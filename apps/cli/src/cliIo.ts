import { Readable } from 'node:stream';

/** Where a CLI run writes: a process stream, or a test's collector. */
export interface CliWriter {
  write(text: string): unknown;
}

/** What a CLI run reads and writes instead of the process's own streams, so it can run in-process. */
export interface CliIo {
  /** Standard input: the whole text, or a stream read as it arrives. */
  stdin: string | NodeJS.ReadableStream;
  stdout: CliWriter;
  stderr: CliWriter;
  /** The environment (`INIT_CWD` is where the user typed the command). */
  env: NodeJS.ProcessEnv;
  /** The directory relative file arguments resolve against when `env.INIT_CWD` is unset. Default: `process.cwd()`. */
  cwd?: string;
}

/** The real process's streams, environment and directory: what `bin/cors.mjs` runs with. */
export function cliIoProcess(): CliIo {
  return {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    cwd: process.cwd(),
  };
}

/** Standard input as a stream, for reading line by line. */
export function cliIoStdinStream(io: CliIo): NodeJS.ReadableStream {
  return typeof io.stdin === 'string' ? Readable.from([io.stdin]) : io.stdin;
}

/** All of standard input as text. */
export async function cliIoStdinText(io: CliIo): Promise<string> {
  if (typeof io.stdin === 'string') return io.stdin;
  const chunks: Buffer[] = [];
  for await (const chunk of io.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString('utf8');
}
