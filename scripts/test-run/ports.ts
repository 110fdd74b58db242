/** Finding a loopback port for the browser tests' static server (scripts/serve.ts binds 127.0.0.1). */
import { createServer } from 'node:net';

/** Resolves to the port if nothing listens on 127.0.0.1 there, or to undefined if it is taken. */
export function tryPort(port: number): Promise<number | undefined> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(undefined));
    probe.listen(port, '127.0.0.1', () => {
      const { port: bound } = probe.address() as { port: number };
      probe.close(() => resolve(bound));
    });
  });
}

/** The preferred port if free, else the next free one of the nine after it, else any the system gives. */
export async function freePort(preferred: number): Promise<number> {
  for (let port = preferred; port < preferred + 10; port++) {
    if (await tryPort(port)) return port;
  }
  const any = await tryPort(0);
  if (!any) throw new Error('No free loopback port for the browser tests.');
  return any;
}
