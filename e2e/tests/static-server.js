// A tiny static file server for the end-to-end tests (node:http, loopback only). Unlike
// python's http.server it can send extra headers (a Content-Security-Policy) and serve
// directories under URL path prefixes (e.g. the embed bundle at /sites/hr/tools/radar/).
import { createServer } from 'node:http';
import { createReadStream, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';

export const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Starts a server on 127.0.0.1 and a free port.
 * @param {{routes: Array<{prefix: string, dir: string}>, headers?: Record<string,string>}} options
 *   routes: URL path prefix (starting and ending with "/") → directory; the longest match wins.
 *   headers: sent with every response (e.g. Content-Security-Policy).
 * @returns {Promise<{origin: string, url: (path?: string) => string, requests: string[], close: () => Promise<void>}>}
 */
export async function startStatic({ routes, headers = {} }) {
  const sorted = [...routes].sort((a, b) => b.prefix.length - a.prefix.length);
  const requests = [];
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    requests.push(path);
    const send = (status, body) => {
      res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', ...headers });
      res.end(body);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'method not allowed');
    const route = sorted.find((r) => path.startsWith(r.prefix));
    if (!route) return send(404, 'not found');
    let file = normalize(join(route.dir, path.slice(route.prefix.length)));
    if (file !== route.dir && !file.startsWith(route.dir.endsWith(sep) ? route.dir : route.dir + sep)) {
      return send(403, 'forbidden');
    }
    let stat;
    try {
      stat = statSync(file);
      if (stat.isDirectory()) {
        file = join(file, 'index.html');
        stat = statSync(file);
      }
    } catch {
      return send(404, 'not found');
    }
    res.writeHead(200, {
      'Content-Type': MIME[extname(file)] || 'application/octet-stream',
      'Content-Length': stat.size,
      'Cache-Control': 'no-store',
      ...headers,
    });
    if (req.method === 'HEAD') return res.end();
    createReadStream(file).pipe(res);
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    origin,
    url: (path = '/') => origin + path,
    requests,
    close: () => new Promise((resolve) => { server.closeAllConnections?.(); server.close(() => resolve()); }),
  };
}
