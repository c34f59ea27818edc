import { createContext, use, type ReactNode } from 'react';
import { sandboxDefaultId } from '@cors-playground/protocol/paths';

/**
 * The sandbox a part of the page works in: its live policy, event log and lab API paths. A value, not a
 * global, so one page can show several sandboxes side by side (one provider each).
 */
const SandboxContext = createContext<string>(sandboxDefaultId);

/** Whether links the page hands out (Copy link, the guide) name the sandbox. */
const SandboxInLinksContext = createContext<boolean>(true);

/** The sandbox a page URL names with `?sandbox=`; the default one when it names none. */
export function sandboxFromSearch(search: string): string {
  return new URLSearchParams(search).get('sandbox') ?? sandboxDefaultId;
}

interface SandboxProviderProps {
  sandbox: string;
  /**
   * Whether links name the sandbox (`?sandbox=`). Off in a workshop: the participant's credential
   * decides the sandbox, and its id is not for sharing. Default true.
   */
  inLinks?: boolean;
  children: ReactNode;
}

export function SandboxProvider({ sandbox, inLinks = true, children }: SandboxProviderProps) {
  return (
    <SandboxContext value={sandbox}>
      <SandboxInLinksContext value={inLinks}>{children}</SandboxInLinksContext>
    </SandboxContext>
  );
}

/** The sandbox of the nearest SandboxProvider. */
export function useSandbox(): string {
  return use(SandboxContext);
}

/** The sandbox links name (`?sandbox=`), or null when they name none: the default one, or a workshop. */
export function useSandboxInLinks(): string | null {
  const sandbox = use(SandboxContext);
  const inLinks = use(SandboxInLinksContext);
  return inLinks && sandbox !== sandboxDefaultId ? sandbox : null;
}
