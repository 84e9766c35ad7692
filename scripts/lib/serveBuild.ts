import {spawn, type ChildProcess} from 'node:child_process';

/**
 * Serves build/ with `docusaurus serve` under the configured base path and
 * resolves once it answers. Call the returned function to stop it.
 */
export async function serveBuild(port: number, origin: string): Promise<() => void> {
  const server: ChildProcess = spawn(
    'npx',
    ['docusaurus', 'serve', '--no-open', '--host', '127.0.0.1', '--port', `${port}`],
    {
      stdio: 'ignore',
      detached: true,
    },
  );
  const stop = () => {
    if (server.pid) process.kill(-server.pid);
  };
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(origin);
      if (response.status < 500) return stop;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  stop();
  throw new Error(`The built site did not start on ${origin} within 60 s`);
}
