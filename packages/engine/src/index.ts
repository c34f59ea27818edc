export * from './policy/policySchema.ts';
export * from './browser/fetchTypes.ts';
