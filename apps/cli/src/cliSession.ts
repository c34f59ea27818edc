import { AsyncLocalStorage } from 'node:async_hooks';
import type { CliIo } from './cliIo.ts';

/** One run of the CLI: its streams and the exit code its command chose. */
export interface CliSession {
  io: CliIo;
  /** 0 unless the command sets it (see `cliExit`). */
  exitCode: number;
}

/**
 * The run in progress, reached from inside a command's action. A context rather than a parameter so
 * that every command keeps commander's plain `xCommand(program)` registration.
 */
const cliSessionStore = new AsyncLocalStorage<CliSession>();

/** Runs `work` as one CLI run on `io`; resolves to the session, whose exit code the work may have set. */
export async function cliSessionRun(io: CliIo, work: () => Promise<unknown>): Promise<CliSession> {
  const session: CliSession = { io, exitCode: 0 };
  await cliSessionStore.run(session, work);
  return session;
}

/** The current run; a command called outside `cliSessionRun` is a programming error. */
export function cliSession(): CliSession {
  const session = cliSessionStore.getStore();
  if (!session) throw new Error('cors: a command ran outside cliMain');
  return session;
}

/** Thrown to end the run with `code` once its message is written (bad input: 2). */
export class CliSessionExit extends Error {
  constructor(readonly code: number) {
    super(`cors exited with ${code}`);
  }
}
