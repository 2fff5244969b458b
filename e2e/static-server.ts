import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon', '.ttf': 'font/ttf', '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json', '.txt': 'text/plain; charset=utf-8',
};

export type BuildServer = {
  url: string;
  /** Serves `body` for `file` from now on: a deploy of that file, as far as any browser can tell. */
  replace(file: string, body: string): void;
  close(): Promise<void>;
};

/**
 * Serves a build folder on a free port of 127.0.0.1, like a static host. The update-prompt spec needs
 * its own server because a new version means sw.js changing on the server: Playwright's routing does
 * not see the browser's service-worker update checks, and `vite preview`, shared by every spec,
 * must keep serving the build as it is.
 */
export async function serveBuild(dist: string): Promise<BuildServer> {
  const replaced = new Map<string, string>();
  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const file = pathname === '/' ? 'index.html' : pathname.slice(1);
    let body: Buffer | string;
    try {
      if (file.split('/').includes('..')) throw new Error('outside the build');
      body = replaced.get(file) ?? readFileSync(path.join(dist, file));
    } catch {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' });
    response.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    replace: (file, body) => replaced.set(file, body),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
