/**
 * Runs the code of a JavaScript export as written, its `import` lines replaced by `scope` (the names
 * they bind → the real modules), so the live tests prove the very text the user copies.
 */
export function jsExportRun(code: string, scope: Record<string, unknown>): void {
  const body = code
    .split('\n')
    .filter((line) => !line.startsWith('import '))
    .join('\n');
  new Function(...Object.keys(scope), body)(...Object.values(scope));
}
