// Serves the production build in dist/ on localhost and prints its URL (used by `npm start`).
// Text files go out compressed (Brotli, else gzip, as the browser accepts), compressed once and
// kept in memory: the build's JavaScript is about a third of its size that way. Brotli at
// quality 6 compresses the main chunk in about 13 ms and within 10% of the best quality's size.
// Compression runs on libuv's worker threads (never blocking a response behind another file's),
// and the app's files are compressed as the server starts, before the first page asks for them.
import { createServer } from 'node:http';
import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const root = fileURLToPath(new URL('../dist/', import.meta.url));
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.map': 'application/json',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};
const compressible = new Set(['.html', '.js', '.css', '.svg', '.json', '.map', '.txt']);

/** The encoding to send, from the request's Accept-Encoding: 'br', 'gzip' or null. */
export function pickEncoding(acceptEncoding = '') {
  const accepted = new Set(
    acceptEncoding
      .split(',')
      .map((part) => part.trim().split(';'))
      .filter(([, q]) => !q || Number(q.trim().replace(/^q=/, '')) > 0)
      .map(([name]) => name.trim().toLowerCase()),
  );
  if (accepted.has('br')) return 'br';
  if (accepted.has('gzip')) return 'gzip';
  return null;
}

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);
const compressed = new Map();

/** `body` compressed with `encoding`, cached by file, its modification time and the encoding (the
 *  cache holds the work in progress too: a file asked for twice is compressed once). */
function compress(file, mtimeMs, body, encoding) {
  const key = `${encoding}:${file}`;
  const hit = compressed.get(key);
  if (hit && hit.mtimeMs === mtimeMs) return hit.data;
  const data =
    encoding === 'br'
      ? brotli(body, {
          params: { [constants.BROTLI_PARAM_QUALITY]: 6, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
        })
      : gzipped(body, { level: 6 });
  compressed.set(key, { mtimeMs, data });
  // A failure is not kept: the next request tries again.
  data.catch(() => compressed.get(key)?.data === data && compressed.delete(key));
  return data;
}

/** Compresses (Brotli) what a page loads: index.html and the assets, not the source maps. */
async function warm() {
  const files = [
    join(root, 'index.html'),
    ...(await readdir(join(root, 'assets'))).map((name) => join(root, 'assets', name)),
  ].filter((file) => compressible.has(extname(file)) && extname(file) !== '.map');
  await Promise.all(
    files.map(async (file) => {
      const [body, info] = await Promise.all([readFile(file), stat(file)]);
      await compress(file, info.mtimeMs, body, 'br');
    }),
  );
}

export function startServer(port = Number(process.env.PORT ?? 5180), host = process.env.HOST ?? '127.0.0.1') {
  const server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(
      /^(\.\.[/\\])+/,
      '',
    );
    let file = join(root, path);
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
    } catch {
      file = join(root, 'index.html');
    }
    try {
      const [body, info] = await Promise.all([readFile(file), stat(file)]);
      const ext = extname(file);
      const encoding = compressible.has(ext) ? pickEncoding(req.headers['accept-encoding']) : null;
      const headers = {
        'content-type': types[ext] ?? 'application/octet-stream',
        'cache-control': ext === '.html' ? 'no-cache' : 'public, max-age=31536000, immutable',
        vary: 'accept-encoding',
      };
      if (encoding) headers['content-encoding'] = encoding;
      const out = encoding ? await compress(file, info.mtimeMs, body, encoding) : body;
      res.writeHead(200, headers);
      res.end(out);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  warm().catch(() => {
    // no build yet, or a file went away: each is compressed when first asked for instead
  });
  return new Promise((resolve) => server.listen(port, host, () => resolve(server)));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const server = await startServer();
  const { address, port } = server.address();
  console.log(`WinIPC Lab is running at http://${address}:${port}/  (Ctrl+C to stop)`);
}
