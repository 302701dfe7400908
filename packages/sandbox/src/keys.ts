/**
 * The sandbox's own "LianLian" key pair. It is generated fresh at every start
 * and lives only in memory: a sandbox key must never be mistaken for, or
 * stored next to, a real one, so none is ever read from or written to disk.
 */
import { generateKeyPairSync } from 'node:crypto';

/** A PEM key pair: SPKI public key, PKCS#8 private key. */
export interface PemKeyPair {
  readonly publicKeyPem: string;
  readonly privateKeyPem: string;
}

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
