import { createContext, use, type ReactNode } from 'react';
import { sandboxDefaultId } from '@cors-playground/protocol';

/**
 * The sandbox a part of the page works in: its live policy, event log and lab API paths. A value, not a
 * global, so one page can show several sandboxes side by side (one provider each).
 */
const SandboxContext = createContext<string>(sandboxDefaultId);

/** The sandbox a page URL names with `?sandbox=`; the default one when it names none. */
export function sandboxFromSearch(search: string): string {
  return new URLSearchParams(search).get('sandbox') ?? sandboxDefaultId;
}

export function SandboxProvider({ sandbox, children }: { sandbox: string; children: ReactNode }) {
  return <SandboxContext value={sandbox}>{children}</SandboxContext>;
}

/** The sandbox of the nearest SandboxProvider. */
export function useSandbox(): string {
  return use(SandboxContext);
}
