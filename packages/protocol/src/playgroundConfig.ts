// zod/mini: the app parses these before its first page shows (the config, the event stream).
import * as z from 'zod/mini';
import { stageTopologySchema } from './stageTopology.ts';

/** The origins of a running playground, served to the SPA at `GET /control/config`. */
export const playgroundConfigSchema = z.object({
  /** The SPA and the control plane, e.g. `http://localhost:5173`. */
  appOrigin: z.string(),
  /** The lab API whose CORS policy is live-editable, e.g. `http://localhost:4000`. */
  apiOrigin: z.string(),
  /** Same-site, cross-origin "other site", e.g. `http://localhost:5174`. */
  otherOrigin: z.string(),
  /** The other site under a cross-site host name, e.g. `http://evil.localhost:5174`. */
  crossSiteOrigin: z.string(),
  /** Running a workshop (`--workshop`): sandboxes belong to participants who joined. Default absent. */
  workshop: z.optional(z.boolean()),
  /** The challenge stage's origins, e.g. `victimApp` `http://app.victim.localhost:5175` (see `stageOrigins`). */
  stage: stageTopologySchema,
});

export type PlaygroundConfig = z.infer<typeof playgroundConfigSchema>;
