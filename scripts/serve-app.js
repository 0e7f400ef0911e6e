#!/usr/bin/env node
// Serves the browser app (dist/app, built by `npm run build`) on http://127.0.0.1:<port>/ — for a
// look on this machine (`npm run app`) and for the end-to-end test. Only files inside the folder
// are served; nothing else is.
const http = require('node:http');
const fs = require('node:fs');
const path = require('node:path');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};

/** Starts the server; resolves with it and its base URL once it listens. */
function serveApp(dir = path.resolve(__dirname, '..', 'dist', 'app'), port = 0) {
  const root = path.resolve(dir);
  const server = http.createServer((req, res) => {
    const url = new URL(req.url || '/', 'http://127.0.0.1');
    const rel = decodeURIComponent(url.pathname).replace(/\/$/, '/index.html');
    const file = path.resolve(root, `.${rel}`);
    if (!file.startsWith(root + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('Không có / Not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] || 'application/octet-stream', 'cache-control': 'no-cache' });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve({ server, url: `http://127.0.0.1:${server.address().port}/` }));
  });
}

module.exports = { serveApp };

if (require.main === module) {
  const dir = path.resolve(__dirname, '..', 'dist', 'app');
  if (!fs.existsSync(path.join(dir, 'index.html'))) {
    console.error('Chưa có dist/app: chạy "npm run build" trước. / dist/app is missing: run "npm run build" first.');
    process.exit(1);
  }
  serveApp(dir, Number(process.env.PORT || 8080)).then(({ url }) => {
    console.log(`PAR Tracker: ${url}  (Ctrl+C để dừng / to stop)`);
  });
}
