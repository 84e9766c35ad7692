import {createServer, type Server} from 'node:http';
import compression from 'compression';
import sirv from 'sirv';

/**
 * Serves a build directory under its base path with gzip, the way GitHub
 * Pages serves the site, so transfer sizes and Lighthouse see what readers get.
 */
export async function serveGzip(buildDir: string, basePath: string, port: number): Promise<Server> {
  const compress = compression();
  const files = sirv(buildDir, {extensions: ['html'], dev: false, etag: true});
  const server = createServer((request, response) => {
    const url = request.url ?? '/';
    if (!url.startsWith(basePath)) {
      response.statusCode = 404;
      response.end('Not under the base path');
      return;
    }
    request.url = `/${url.slice(basePath.length)}`;
    compress(request as never, response as never, () => files(request, response));
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return server;
}
