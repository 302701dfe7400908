/**
 * toNodeListener mounted in a real Express 5 app on 127.0.0.1, the way a merchant
 * would: behind no body parser, behind express.raw/express.text (raw bytes kept),
 * and behind express.json (the parsed object cannot be verified: refused with a
 * message naming the fix). Keys are TEST-ONLY, made at test time.
 */
import { createSign, generateKeyPairSync } from 'node:crypto';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { LianLianCore } from '../../runtime/5-client/client-core.ts';
import { toNodeListener } from '../../runtime/5-client/node-http.ts';
import type { FieldRule, OperationDef } from '../../runtime/1-errors-encoding/operation.ts';
import { signatureSource } from '../../runtime/1-errors-encoding/signature-source.ts';

const OID = '201103171000000000';
const field = (name: string): FieldRule => ({ name, presence: 'required', type: 'string' });
const op: OperationDef = {
  id: 'easypay.notification', kind: 'notification', endpoint: '', encoding: 'json', route: '', signTypes: ['RSA'], payload: 'none',
  successCodes: ['0000'], response: [], responseGroups: [], doc: 'docs/easypay-asyn-notification.md',
  request: ['oid_partner', 'sign_type', 'sign', 'no_order', 'oid_paybill', 'money_order', 'result_pay'].map(field),
};

let core: LianLianCore;
let body: string;
const servers: Server[] = [];
beforeAll(() => {
  const keys = () => generateKeyPairSync('rsa', { modulusLength: 2048, privateKeyEncoding: { type: 'pkcs8', format: 'pem' }, publicKeyEncoding: { type: 'spki', format: 'pem' } });
  const lianlian = keys();
  const merchant = keys();
  core = new LianLianCore({ oidPartner: OID, privateKey: merchant.privateKey, lianlianPublicKey: lianlian.publicKey });
  const fields: Record<string, string> = { oid_partner: OID, sign_type: 'RSA', no_order: '2013051500001', oid_paybill: '2013051613121201', money_order: '210.97', result_pay: 'SUCCESS' };
  fields.sign = createSign('RSA-MD5').update(signatureSource(fields), 'utf8').sign(lianlian.privateKey, 'base64');
  body = JSON.stringify(fields);
});
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise<void>((r) => s.close(() => r()))));
});

async function serve(parser?: express.RequestHandler): Promise<{ url: string; calls: unknown[] }> {
  const calls: unknown[] = [];
  const app = express();
  const handler = toNodeListener(core.notificationHandler(op, (n) => void calls.push(n)));
  if (parser) app.post('/notify', parser, handler);
  else app.post('/notify', handler);
  const server = await new Promise<Server>((r) => {
    const s = app.listen(0, '127.0.0.1', () => r(s));
  });
  servers.push(server);
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/notify`, calls };
}

const post = (url: string, text: string) => fetch(url, { method: 'POST', headers: { 'content-type': 'text/json;charset=utf-8' }, body: text });

describe('toNodeListener in a real Express app', () => {
  it.each([
    ['no body parser', undefined],
    ['express.raw', express.raw({ type: '*/*' })],
    ['express.text', express.text({ type: '*/*' })],
  ])('acknowledges a valid notification behind %s, and refuses a tampered one', async (_, parser) => {
    const { url, calls } = await serve(parser);
    const ok = await post(url, body);
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ ret_code: '0000', ret_msg: 'ok' });
    const tampered = await post(url, body.replace('210.97', '999.99'));
    expect(tampered.status).toBe(401);
    expect((await tampered.json()).ret_code).not.toBe('0000');
    expect(calls).toHaveLength(1);
  });

  it('refuses a body express.json already parsed (the exact bytes are gone) and says how to mount it', async () => {
    const { url, calls } = await serve(express.json({ type: '*/*' }));
    const res = await post(url, body);
    expect(res.status).toBe(500);
    expect(await res.text()).not.toContain('210.97');
    expect(calls).toHaveLength(0);
  });
});
