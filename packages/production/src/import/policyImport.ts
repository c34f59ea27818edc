import type { Policy } from '@cors-playground/engine';

/** Frameworks whose CORS configuration can be imported as a policy. */
export const importSources = ['django', 'nelmio', 'flask', 'fastapi', 'express', 'nginx', 'apache'] as const;
export type ImportSource = (typeof importSources)[number];

/** Human names, for the UI's select and the CLI's help. */
export const importSourceNames: Record<ImportSource, string> = {
  django: 'django-cors-headers (settings.py)',
  nelmio: 'NelmioCorsBundle (nelmio_cors.yaml)',
  flask: 'Flask-CORS (CORS(app, …) / @cross_origin(…))',
  fastapi: 'FastAPI / Starlette (add_middleware(CORSMiddleware, …))',
  express: 'Express cors({…})',
  nginx: 'nginx (add_header, map, if)',
  apache: 'Apache httpd (SetEnvIf, Header, <If>)',
};

/** Something in the pasted configuration that cannot be imported faithfully: the import is refused. */
export interface ImportError {
  /** 1-based line of the pasted text. */
  line: number;
  /** That line's text, trimmed. */
  text: string;
  message: string;
}

/** The policy a pasted framework configuration really enforces, or why it cannot be told. */
export interface PolicyImport {
  source: ImportSource;
  /** Null whenever `errors` is not empty: an import never guesses. */
  policy: Policy | null;
  /** What the framework does that the playground cannot express, said plainly. */
  notes: string[];
  errors: ImportError[];
}

/** A pure, total importer: never throws, whatever the text. */
export type PolicyImporter = (text: string) => PolicyImport;
