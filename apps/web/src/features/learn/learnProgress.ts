import { useMemo, useSyncExternalStore } from 'react';

/** localStorage key: the ids of the steps done, as a JSON array. Kept across reloads, per browser. */
const learnProgressKey = 'cors-playground-learn';
const learnProgressListeners = new Set<() => void>();

function learnProgressRaw(): string {
  try {
    return localStorage.getItem(learnProgressKey) ?? '[]';
  } catch {
    // Storage disabled (privacy modes): progress lasts for this page only.
    return learnProgressMemory;
  }
}

let learnProgressMemory = '[]';

function learnProgressParse(raw: string): string[] {
  try {
    const value: unknown = JSON.parse(raw);
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    return [];
  }
}

/** Marks a step done (idempotent) and tells every `useLearnProgress` user. */
export function learnProgressAdd(id: string): void {
  const done = learnProgressParse(learnProgressRaw());
  if (done.includes(id)) return;
  const raw = JSON.stringify([...done, id]);
  learnProgressMemory = raw;
  try {
    localStorage.setItem(learnProgressKey, raw);
  } catch {
    // Kept in memory above.
  }
  for (const listener of learnProgressListeners) listener();
}

/** Forgets every step done. */
export function learnProgressReset(): void {
  learnProgressMemory = '[]';
  try {
    localStorage.removeItem(learnProgressKey);
  } catch {
    // Memory is reset above.
  }
  for (const listener of learnProgressListeners) listener();
}

function learnProgressSubscribe(listener: () => void): () => void {
  learnProgressListeners.add(listener);
  return () => learnProgressListeners.delete(listener);
}

/** The ids of the steps done, live. */
export function useLearnProgress(): string[] {
  const raw = useSyncExternalStore(learnProgressSubscribe, learnProgressRaw);
  return useMemo(() => learnProgressParse(raw), [raw]);
}
