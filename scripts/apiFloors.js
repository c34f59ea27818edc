/**
 * apps/api/src's floors: what each folder may stand on. `start/` (the entry) may import anything and
 * nothing imports it (tests aside: they start a real playground); `shared/` is the floor under all.
 * ESLint enforces it (eslint.config.js) and scripts/architectureGraph.test.ts holds docs/architecture.md to it.
 */
export const apiFloors = {
  shared: [],
  sandbox: ['shared'],
  lab: ['shared', 'sandbox'],
  other: ['shared'],
  selfcheck: ['shared'],
  stage: ['shared', 'sandbox'],
  workshop: ['shared', 'sandbox'],
  app: ['shared', 'sandbox', 'stage', 'workshop'],
};

export const apiFolders = [
  'app',
  'lab',
  'other',
  'sandbox',
  'selfcheck',
  'shared',
  'stage',
  'start',
  'workshop',
];
