// URL parsing is HTTP-wide (the lab routes parse URLs too) and lives in the http module; this path
// stays so the simulator's own imports keep working.
export * from '../http/urlParse.ts';
