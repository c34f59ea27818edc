export * from './paths.ts';
export * from './pages.ts';
export * from './labEvent.ts';
export * from './labSend.ts';
export * from './playgroundConfig.ts';
export * from './controlGuard.ts';
export * from './sandboxId.ts';
export * from './stageTopology.ts';
