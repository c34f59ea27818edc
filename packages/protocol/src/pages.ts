/**
 * Entry `@cors-playground/protocol/pages`: the schemas only the app's lazy pages read (challenge
 * attempts and status, the policy history, the workshop's answers). Their importers name this entry, so
 * none of them is pulled toward the first paint by a barrel import.
 */
export * from './challengeAttempt.ts';
export * from './challengeStatus.ts';
export * from './policyHistory.ts';
export * from './workshopApi.ts';
