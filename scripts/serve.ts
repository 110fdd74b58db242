/**
 * A small static file server for dist/, on loopback, that behaves like the static hosts we
 * deploy to: directory URLs serve index.html, unknown paths get 404.html with status 404, text is
 * gzipped when the browser accepts it, and the headers in dist/_headers (Netlify/Cloudflare Pages
 * format, "/*" rules) are sent.
 * Used by `npm start`, the browser tests and the benchmarks.
 *   node scripts/serve.ts [--port 4321] [--dir dist]
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
};

/** Headers from a _headers file's "/*" block (the only pattern this site uses). */
export function readSiteHeaders(dir: string): Record<string, string> {
  const file = join(dir, '_headers');
  if (!existsSync(file)) return {};
  const headers: Record<string, string> = {};
  let inAllPaths = false;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      inAllPaths = line.trim() === '/*';
      continue;
    }
    const colon = line.indexOf(':');
    if (inAllPaths && colon > 0) headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  return headers;
}

export function serve(dir = 'dist', port = 4321): Promise<Server> {
  const root = resolve(dir);
  const siteHeaders = readSiteHeaders(root);
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) file = join(root, '404.html');
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    const found = existsSync(file) && statSync(file).isFile();
    const served = found ? file : join(root, '404.html');
    const type = contentTypes[extname(served)] ?? 'application/octet-stream';
    const compress = /text|json|xml|svg|javascript|wasm/.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding']));
    const body = readFileSync(served);
    res.writeHead(found ? 200 : 404, {
      ...siteHeaders,
      'Content-Type': type,
      'Cache-Control': 'no-cache',
      ...(compress ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : {}),
    });
    res.end(compress ? gzipSync(body) : body);
  });
  return new Promise((ok) => server.listen(port, '127.0.0.1', () => ok(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const arg = (name: string, fallback: string) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? process.argv[i + 1] : fallback;
  };
  const dir = arg('dir', 'dist');
  if (!existsSync(join(dir, 'index.html'))) {
    console.error(`serve: no built site in ${dir}/ (run npm run build first)`);
    process.exit(1);
  }
  const port = Number(arg('port', '4321'));
  await serve(dir, port);
  // Stop when whoever started us is gone (an interrupted test run), so no server is left on the port.
  const parent = process.ppid;
  setInterval(() => process.ppid !== parent && process.exit(0), 1000).unref();
  console.log(`Serving ${dir}/ at http://localhost:${port}/ (Ctrl+C to stop)`);
}
