// A separate entry point: the importers bring YAML and JavaScript parsers that the playground's own
// chunks should not carry.
export * from './policyImport.ts';
export * from './policyImporters.ts';
export { djangoImport } from './djangoImport.ts';
export { nelmioImport } from './nelmioImport.ts';
export { flaskImport } from './flaskImport.ts';
export { fastapiImport } from './fastapiImport.ts';
export { expressImport } from './expressImport.ts';
export { nginxImport } from './nginxImport.ts';
export { apacheImport } from './apacheImport.ts';
