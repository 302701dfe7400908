/**
 * A fake LianLian on 127.0.0.1 for answer-path tests: it answers each request
 * with the next body a test queued, signed (or not) exactly as given. Keys are
 * TEST-ONLY, made at test time.
 */
import { createSign, generateKeyPairSync } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { signatureSource } from '../../runtime/1-errors-encoding/signature-source.ts';

/** A TEST-ONLY RSA key pair; never a real key. */
export function testOnlyKeys(): { privateKey: string; publicKey: string } {
  return generateKeyPairSync('rsa', {
    modulusLength: 2048,
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
    publicKeyEncoding: { type: 'spki', format: 'pem' },
  });
}

/** Signs as LianLian does (signature-verify-sign.md): MD5withRSA over the signature source. */
export function lianlianSign(fields: Record<string, unknown>, privateKey: string): string {
  return createSign('RSA-MD5').update(signatureSource(fields), 'utf8').sign(privateKey, 'base64');
}

export interface FakeLianLian {
  readonly url: string;
  /** Request bodies received, parsed. */
  readonly received: Record<string, unknown>[];
  /** Queues the next answer: a function of the request's fields, returning the JSON body to send. */
  answer(next: (request: Record<string, string>) => unknown): void;
  close(): Promise<void>;
}

export async function startFakeLianLian(): Promise<FakeLianLian> {
  const queue: ((request: Record<string, string>) => unknown)[] = [];
  const received: Record<string, unknown>[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, string>;
      received.push(body);
      const next = queue.shift();
      res.writeHead(next ? 200 : 500, { 'content-type': 'application/json;charset=utf-8' });
      res.end(next ? JSON.stringify(next(body)) : '{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    received,
    answer: (next) => void queue.push(next),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
