export * from './labEvent.ts';
export * from './playgroundConfig.ts';
export * from './controlGuard.ts';
export * from './sandboxAddress.ts';
export * from './workshopApi.ts';
export * from './challengeStatus.ts';
export * from './policyHistory.ts';
export * from './appPaths.ts';
