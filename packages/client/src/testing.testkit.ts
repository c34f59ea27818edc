// The client's test helpers for the app's own tests: never part of the package's index.
export * from './jsView.testkit.ts';
export * from './labEvent.testkit.ts';
export * from './sendPorts.testkit.ts';
