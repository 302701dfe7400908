/**
 * The sandbox's own "LianLian" key pair. Without a key file it is generated
 * fresh at every start and lives only in memory. With one (`--key-file`,
 * `startSandbox({ keyFile })`) it is read from there, or generated and
 * written there (mode 0600) when the file does not exist yet, so merchants'
 * `lianlianPublicKey` stays valid across restarts. The file is marked
 * test-only; a sandbox key must never be mistaken for a real one.
 */
import { createPrivateKey, createPublicKey, generateKeyPairSync } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** A PEM key pair: SPKI public key, PKCS#8 private key. */
export interface PemKeyPair {
  readonly publicKeyPem: string;
  readonly privateKeyPem: string;
}

/** First lines of a key file the sandbox writes (PEM readers skip text before `-----BEGIN`). */
export const KEY_FILE_HEADER = [
  'TEST KEY of @lianlian-sdk/sandbox: a simulated LianLian key for tests only.',
  'Never use it, or configure it, for real payments.',
  '',
].join('\n');

/**
 * A new RSA 2048 key pair for tests only (LianLian signs with RSA keys of
 * 1024, 2048 or 4096 bits, signature.md).
 */
export function generateTestKeyPair(): PemKeyPair {
  const { publicKey, privateKey } = generateKeyPairSync('rsa', {
    modulusLength: 2048,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });
  return { publicKeyPem: publicKey, privateKeyPem: privateKey };
}

/**
 * The key pair in `path` (a PKCS#8 PEM RSA private key), or a new test key
 * pair written there with mode 0600 when the file does not exist.
 * @throws Error naming the path (never the key) when the file is not an RSA private key in PEM
 */
export function loadOrCreateKeyFile(path: string): PemKeyPair {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw new Error(`keyFile: cannot read ${path}: ${(err as Error).message}`);
    const pair = generateTestKeyPair();
    mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
    try {
      // `wx`: never overwrite a key another sandbox wrote meanwhile; read that one instead.
      writeFileSync(path, KEY_FILE_HEADER + pair.privateKeyPem, { mode: 0o600, flag: 'wx' });
      return pair;
    } catch (writeErr) {
      if ((writeErr as NodeJS.ErrnoException).code !== 'EEXIST') throw new Error(`keyFile: cannot write ${path}: ${(writeErr as Error).message}`);
      text = readFileSync(path, 'utf8');
    }
  }
  try {
    const key = createPrivateKey(text);
    if (key.asymmetricKeyType !== 'rsa') throw new TypeError('not RSA');
    return {
      privateKeyPem: key.export({ type: 'pkcs8', format: 'pem' }).toString(),
      publicKeyPem: createPublicKey(key).export({ type: 'spki', format: 'pem' }).toString(),
    };
  } catch {
    throw new Error(`keyFile: ${path} must hold an RSA private key in PEM (PKCS#8 "PRIVATE KEY"); delete it to have the sandbox make a new test key`);
  }
}
