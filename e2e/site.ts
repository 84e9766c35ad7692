import {basePathFromEnv} from '../src/site/address';

/**
 * Where the built site is served during tests. The base path comes from the
 * same BASE_URL variable as the build, so the suite tests what was built.
 */
export const BASE_PATH = basePathFromEnv(process.env);
export const PORT = Number(process.env.E2E_PORT ?? 3210);
export const ORIGIN = `http://127.0.0.1:${PORT}`;

/** A site route ("/lambda", "cheat-sheet#lambda") as a path under the base path. */
export function sitePath(route: string): string {
  return `${BASE_PATH}${route.replace(/^\//, '')}`;
}
