import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { browserNames, policyParse, type BrowserName, type Policy } from '@cors-playground/engine';

/** Exit codes: 0 fine, 1 a finding or a blocked request, 2 bad input. */
export const cliExit = { ok: 0, failed: 1, badInput: 2 } as const;

/**
 * Resolves a file argument against the user's directory: `pnpm --filter` runs us in apps/cli, and
 * records where the user typed the command in INIT_CWD.
 */
export function cliInputPath(file: string): string {
  return path.resolve(process.env.INIT_CWD ?? process.cwd(), file);
}

/** Reads all of stdin as text. */
export async function cliInputStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Reads a policy from a file argument or stdin; prints every problem with its field path and exits 2. */
export async function cliInputPolicy(file: string | undefined): Promise<Policy> {
  let text: string;
  try {
    text = file ? await readFile(cliInputPath(file), 'utf8') : await cliInputStdin();
  } catch (error) {
    return cliInputFail(`Cannot read ${file ?? 'stdin'}: ${(error as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return cliInputFail(`The policy is not valid JSON: ${(error as Error).message}`);
  }
  const parsed = policyParse(json);
  if (!parsed.ok) {
    const lines = parsed.errors.map((e) => `  ${e.path === '' ? '(policy)' : e.path}: ${e.message}`);
    return cliInputFail(`Invalid policy:\n${lines.join('\n')}`);
  }
  return parsed.policy;
}

/** Prints an input error and exits with code 2. */
export function cliInputFail(message: string): never {
  process.stderr.write(`cors: ${message}\n`);
  process.exit(cliExit.badInput);
}

/** The `--browser` option: one of the engines the simulator models, else exit 2 naming them. */
export function cliInputBrowser(value: string): BrowserName {
  const known = browserNames.find((name) => name === value);
  return known ?? cliInputFail(`--browser must be ${browserNames.join(', ')} (got "${value}")`);
}
