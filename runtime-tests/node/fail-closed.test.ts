import { generateKeyPairSync } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { LianLian, SignatureVerificationError, LianLianError, TransportError, sign } from '@lianlian-sdk/web';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testMerchantKeys } from './_flow.ts';

// A stand-in LianLian on 127.0.0.1 whose answers we script, to prove the client
// never returns data it could not verify. Keys are TEST-ONLY, made per run.
const OID = '201304121000001004';
const merchant = testMerchantKeys();
const lianlian = testMerchantKeys();
const impostor = generateKeyPairSync('rsa', { modulusLength: 2048, privateKeyEncoding: { type: 'pkcs8', format: 'pem' }, publicKeyEncoding: { type: 'spki', format: 'pem' } });
let answer: () => Promise<string>;
let server: Server;
let baseUrl: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    req.resume();
    req.on('end', () => void answer().then((body) => res.writeHead(200, { 'content-type': 'application/json' }).end(body)));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

const client = (timeout?: number) => new LianLian({ oidPartner: OID, privateKey: merchant.privateKey, lianlianPublicKey: lianlian.publicKey, baseUrl, ...(timeout && { timeout }) });
const success = { ret_code: '0000', ret_msg: '交易成功', oid_partner: OID, user_id: 'u1', oid_paybill: '2011030900001098', count: '0', sign_type: 'RSA' };

describe('responses are verified before they are returned', () => {
  it('returns a correctly signed success', async () => {
    answer = async () => JSON.stringify({ ...success, sign: await sign(success, lianlian.privateKey, 'RSA') });
    await expect(client().cardBind.query({ user_id: 'u1', offset: '0' })).resolves.toMatchObject({ ret_code: '0000' });
  });

  it.each([
    ['unsigned', async () => JSON.stringify(success)],
    ['signed by another key', async () => JSON.stringify({ ...success, sign: await sign(success, impostor.privateKey, 'RSA') })],
    ['changed after signing', async () => JSON.stringify({ ...success, sign: await sign(success, lianlian.privateKey, 'RSA'), count: '9' })],
    ['for another merchant', async () => { const b = { ...success, oid_partner: '201304121000009999' }; return JSON.stringify({ ...b, sign: await sign(b, lianlian.privateKey, 'RSA') }); }],
  ])('throws SignatureVerificationError when the success is %s', async (_, make) => {
    answer = make;
    await expect(client().cardBind.query({ user_id: 'u1', offset: '0' })).rejects.toBeInstanceOf(SignatureVerificationError);
  });

  it('reports an unsigned error answer as LianLianError with signed=false', async () => {
    answer = async () => JSON.stringify({ ret_code: '1001', ret_msg: '商户请求签名错误' });
    const err = await client().cardBind.query({ user_id: 'u1', offset: '0' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(LianLianError);
    expect(err).toMatchObject({ code: '1001', signed: false });
  });

  it('turns a non-JSON answer and a timeout into TransportError', async () => {
    answer = async () => '<html>gateway</html>';
    await expect(client().cardBind.query({ user_id: 'u1', offset: '0' })).rejects.toBeInstanceOf(TransportError);
    answer = () => new Promise((r) => setTimeout(() => r('{}'), 2_000));
    const err = await client(200).cardBind.query({ user_id: 'u1', offset: '0' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TransportError);
    expect((err as Error).message).toMatch(/within 200 ms/);
  });
});
