// Small helpers for scripts/release-local.sh (Node built-ins only).
//   node registry.mjs free-port                 a free TCP port on 127.0.0.1
//   node registry.mjs wait URL SECONDS          waits until the registry answers /-/ping
//   node registry.mjs add-user URL NAME PASS    creates a user through the registry's API; prints its token
//   node registry.mjs check-lock LOCK URL       every package in an npm lockfile came from URL
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';

const [cmd, ...args] = process.argv.slice(2);
const fail = (message) => {
  console.error(`registry.mjs ${cmd}: ${message}`);
  process.exit(1);
};

if (cmd === 'free-port') {
  const server = createServer().listen(0, '127.0.0.1', () => {
    const { port } = server.address();
    server.close(() => console.log(port));
  });
} else if (cmd === 'wait') {
  const [url, seconds = '60'] = args;
  const until = Date.now() + Number(seconds) * 1000;
  for (;;) {
    const ok = await fetch(new URL('-/ping', url)).then((r) => r.ok, () => false);
    if (ok) break;
    if (Date.now() > until) fail(`${url} did not answer within ${seconds} s`);
    await new Promise((r) => setTimeout(r, 250));
  }
} else if (cmd === 'add-user') {
  const [url, name, password] = args;
  const res = await fetch(new URL(`-/user/org.couchdb.user:${encodeURIComponent(name)}`, url), {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name, password }),
  });
  const body = await res.json().catch(() => ({}));
  if (res.status !== 201 || typeof body.token !== 'string') fail(`HTTP ${res.status} ${JSON.stringify(body)}`);
  console.log(body.token);
} else if (cmd === 'check-lock') {
  const [lockFile, url] = args;
  const lock = JSON.parse(readFileSync(lockFile, 'utf8'));
  const entries = Object.entries(lock.packages ?? {}).filter(([path]) => path.startsWith('node_modules/'));
  if (!entries.length) fail(`${lockFile} lists no packages`);
  const elsewhere = entries.filter(([, p]) => !p.link && !String(p.resolved ?? '').startsWith(url));
  if (elsewhere.length) fail(`not from ${url}: ${elsewhere.map(([path, p]) => `${path} (${p.resolved ?? 'no resolved URL'})`).join(', ')}`);
  console.log(`${entries.length} packages, all from ${url}`);
} else {
  fail('unknown command');
}
