#!/usr/bin/env node
/**
 * `lianlian-sandbox --port N [--host H] [--data-dir DIR] [--key-file PATH]`
 *
 * Starts a sandbox and prints, on stdout, first exactly one line
 * `lianlian-sandbox listening on http://HOST:PORT` (so a script that asked for
 * `--port 0` can read the port back), then the sandbox's public key PEM.
 * One line per API call goes to stderr. Stops on SIGINT / SIGTERM.
 * Bad flags print the usage on stderr and exit 2.
 */
import { parseArgs } from 'node:util';
import { startSandbox } from './server.ts';

const USAGE = `usage: lianlian-sandbox --port N [--host H] [--data-dir DIR] [--key-file PATH]

  --port N          TCP port to listen on; 0 picks a free one (default 0)
  --host H          interface to listen on (default 127.0.0.1)
  --data-dir DIR    keep merchants, cards, orders, refunds and SMS challenges
                    in DIR (LMDB), across restarts (default: in memory only)
  --key-file PATH   the sandbox's TEST private key (PKCS#8 PEM); made and
                    written (mode 0600) if missing (default: a new key per start)
  --help            show this message

Prints "lianlian-sandbox listening on http://HOST:PORT", then the sandbox's
public key PEM (use it as lianlianPublicKey). Admin routes:
  GET  /_sandbox/public-key
  POST /_sandbox/merchants   {"oid_partner": "...", "public_key": "<PEM>"}
  GET  /_sandbox/sms?user_id=...   or   ?token=...
  POST /_sandbox/pay         {"oid_partner": "...", "no_order": "..."}
  POST /_sandbox/notify      {"oid_partner": "...", "no_order": "..."}   (or "no_refund")
  GET  /_sandbox/notifications[?settled=1]
  GET  /_sandbox/checkout?token=...
  POST /_sandbox/faults      {"kind": "delay", "operation": "easypay.apply", "delay_ms": 5000}
                             (or "route"; "times"; kinds: drop-answer-after-acting,
                             unavailable-before-acting ["retry_after"], delay, reset-before-acting)
  GET  /_sandbox/faults      DELETE /_sandbox/faults[/ID]
Notifications go to loopback notify_url hosts only.
`;

function usageError(message: string): never {
  process.stderr.write(`lianlian-sandbox: ${message}\n\n${USAGE}`);
  process.exit(2);
}

let values: { port?: string; host?: string; 'data-dir'?: string; 'key-file'?: string; help?: boolean };
try {
  ({ values } = parseArgs({
    options: { port: { type: 'string' }, host: { type: 'string' }, 'data-dir': { type: 'string' }, 'key-file': { type: 'string' }, help: { type: 'boolean' } },
    strict: true,
    allowPositionals: false,
  }));
} catch (err) {
  usageError(err instanceof Error ? err.message : String(err));
}

if (values.help) {
  process.stdout.write(USAGE);
  process.exit(0);
}
const port = values.port === undefined ? 0 : /^\d{1,5}$/.test(values.port) ? Number(values.port) : NaN;
if (!Number.isInteger(port) || port < 0 || port > 65535) usageError(`--port must be an integer from 0 to 65535, got "${values.port}"`);
if (values.host !== undefined && values.host.trim() === '') usageError('--host must not be empty');
for (const flag of ['data-dir', 'key-file'] as const) if (values[flag] !== undefined && values[flag].trim() === '') usageError(`--${flag} must not be empty`);

let sandbox: Awaited<ReturnType<typeof startSandbox>>;
try {
  sandbox = await startSandbox({
    port,
    ...(values.host !== undefined && { host: values.host }),
    ...(values['data-dir'] !== undefined && { dataDir: values['data-dir'] }),
    ...(values['key-file'] !== undefined && { keyFile: values['key-file'] }),
    log: (line) => process.stderr.write(`${line}\n`),
  });
} catch (err) {
  // A key file or data dir it cannot use: the message names the path, never the key.
  process.stderr.write(`lianlian-sandbox: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
}
process.stdout.write(`lianlian-sandbox listening on ${sandbox.url}\n${sandbox.publicKeyPem}`);

let stopping = false;
const stop = (): void => {
  if (stopping) return;
  stopping = true;
  sandbox.close().then(
    () => process.exit(0),
    () => process.exit(1),
  );
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
