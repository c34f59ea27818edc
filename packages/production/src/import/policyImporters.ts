import { apacheImport } from './apacheImport.ts';
import { djangoImport } from './djangoImport.ts';
import { expressImport } from './expressImport.ts';
import { fastapiImport } from './fastapiImport.ts';
import { flaskImport } from './flaskImport.ts';
import { nelmioImport } from './nelmioImport.ts';
import { nginxImport } from './nginxImport.ts';
import type { ImportSource, PolicyImport, PolicyImporter } from './policyImport.ts';

/** Every importer by source framework. */
export const policyImporters: Record<ImportSource, PolicyImporter> = {
  django: djangoImport,
  nelmio: nelmioImport,
  flask: flaskImport,
  fastapi: fastapiImport,
  express: expressImport,
  nginx: nginxImport,
  apache: apacheImport,
};

/** Imports pasted configuration of one framework. */
export function policyImportersRun(text: string, source: ImportSource): PolicyImport {
  return policyImporters[source](text);
}
