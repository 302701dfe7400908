/**
 * Test helpers for the crypto runtime: TEST-ONLY RSA keys made with the
 * OpenSSL CLI in a temporary directory at test time. They are never written
 * into the repository and the directory is removed after the test file.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';

/** Runs `openssl` with the given arguments; throws with stderr on failure. */
export function openssl(args: string[], options: { cwd?: string; input?: string | Uint8Array } = {}): Buffer {
  return execFileSync('openssl', args, { cwd: options.cwd, input: options.input, stdio: ['pipe', 'pipe', 'pipe'] });
}

/** A fresh temporary directory for test-only keys; call `removeTempDir` in afterAll. */
export function makeTempDir(): string {
  return mkdtempSync(join(tmpdir(), 'lianlian-sdk-test-keys-'));
}

/** Deletes a directory made by `makeTempDir`. */
export function removeTempDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** The base64 between a PEM's BEGIN and END lines, with line breaks removed (the dashboard form, signature-key-configuration.md). */
export function pemBody(pem: string): string {
  return pem
    .split(/\r?\n/)
    .filter((line) => line !== '' && !line.startsWith('-----'))
    .join('');
}

/** Wraps base64 at `width` characters with `eol`, as Java's MIME encoders do (76 + CRLF). */
export function wrap(text: string, width = 76, eol = '\r\n'): string {
  const lines: string[] = [];
  for (let i = 0; i < text.length; i += width) lines.push(text.slice(i, i + width));
  return lines.join(eol);
}

/** One TEST-ONLY RSA key pair in every form importPrivateKey / importPublicKey accept. */
export interface TestKeyPair {
  readonly bits: number;
  /** PKCS#8 PEM file (what `openssl genrsa` writes in OpenSSL 3). */
  readonly privatePath: string;
  /** SPKI PEM file. */
  readonly publicPath: string;
  readonly pkcs8Pem: string;
  readonly pkcs1Pem: string;
  readonly spkiPem: string;
  readonly pkcs1PublicPem: string;
}

/**
 * Generates a TEST-ONLY RSA key with `openssl genrsa` into `dir`.
 * @param dir - directory from `makeTempDir`
 * @param bits - modulus size
 */
export function generateRsaKey(dir: string, bits: number): TestKeyPair {
  const privatePath = join(dir, `test-only-rsa-${bits}.pem`);
  const pkcs1Path = join(dir, `test-only-rsa-${bits}-pkcs1.pem`);
  const publicPath = join(dir, `test-only-rsa-${bits}-pub.pem`);
  const pkcs1PublicPath = join(dir, `test-only-rsa-${bits}-pub-pkcs1.pem`);
  openssl(['genrsa', '-out', privatePath, String(bits)]);
  openssl(['pkey', '-in', privatePath, '-traditional', '-out', pkcs1Path]);
  openssl(['pkey', '-in', privatePath, '-pubout', '-out', publicPath]);
  openssl(['rsa', '-in', privatePath, '-RSAPublicKey_out', '-out', pkcs1PublicPath]);
  const pair: TestKeyPair = {
    bits,
    privatePath,
    publicPath,
    pkcs8Pem: readFileSync(privatePath, 'utf8'),
    pkcs1Pem: readFileSync(pkcs1Path, 'utf8'),
    spkiPem: readFileSync(publicPath, 'utf8'),
    pkcs1PublicPem: readFileSync(pkcs1PublicPath, 'utf8'),
  };
  expect(pair.pkcs8Pem).toContain('-----BEGIN PRIVATE KEY-----');
  expect(pair.pkcs1Pem).toContain('-----BEGIN RSA PRIVATE KEY-----');
  expect(pair.spkiPem).toContain('-----BEGIN PUBLIC KEY-----');
  expect(pair.pkcs1PublicPem).toContain('-----BEGIN RSA PUBLIC KEY-----');
  return pair;
}

/** Writes a file in `dir` and returns its path. */
export function writeTemp(dir: string, name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/**
 * Asserts that an error message carries no key material: no 16-character
 * run of the key's base64 (line breaks removed) appears in it.
 */
export function expectNoKeyMaterial(message: string, keyText: string): void {
  const b64 = pemBody(keyText).replace(/\s+/g, '');
  for (let i = 0; i + 16 <= b64.length; i++) {
    const run = b64.slice(i, i + 16);
    if (message.includes(run)) expect.fail(`error message contains key material at base64 offset ${i}`);
  }
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/**
 * Replaces one base64 character by the one whose value differs in the top
 * bit (always a used bit, even in the last group), so the text still decodes
 * but to different bytes.
 */
export function flipBase64Char(text: string, index: number): string {
  const value = B64.indexOf(text[index]!);
  if (value < 0) throw new Error(`not a base64 character at ${index}`);
  return text.slice(0, index) + B64[value ^ 32]! + text.slice(index + 1);
}
