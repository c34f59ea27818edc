// The production package's test helpers for the apps' tests and benches: never part of the package's index.
export * from './export/nodeCorsRunning.testkit.ts';
export * from './export/policyFixture.testkit.ts';
