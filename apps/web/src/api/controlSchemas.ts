import { labEventSchema, playgroundConfigSchema } from '@cors-playground/protocol';

/**
 * The schemas the shell checks the control plane's answers with (its config, its event stream). Only
 * ever imported lazily (`import('./controlSchemas.ts')`): zod then stays out of the first paint's bundle
 * and loads beside the config request. Lazy pages import their schemas from protocol's `/pages` entry.
 */
export const controlSchemas = { config: playgroundConfigSchema, labEvent: labEventSchema };
