/**
 * Entry `@cors-playground/protocol/paths`: where things live (the app's pages, a sandbox's lab and
 * control paths, a policy change's label rules), with no schema. The app's first paint reads only these,
 * so importing this entry keeps zod out of its initial bundle.
 */
export * from './appPaths.ts';
export * from './policyChangeLabel.ts';
export * from './sandboxAddress.ts';
