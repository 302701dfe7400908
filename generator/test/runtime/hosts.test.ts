/**
 * Issue 12 §6: the `hosts` setting sends a LianLian host's calls to another
 * origin with the endpoint's path unchanged. A node:http server on 127.0.0.1
 * stands in for traderapi (and, under `baseUrl`, for the rest); redirect forms
 * post to the mapped origin; bad keys and values are refused at construction.
 * Keys are TEST-ONLY, made at test time.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operations } from '../../../packages/web/src/operations.ts';
import { ValidationError } from '../../runtime/1-errors-encoding/errors/validation-error.ts';
import { LIANLIAN_HOSTS } from '../../runtime/4-operations/_hosts.ts';
import { LianLianCore } from '../../runtime/5-client/client-core.ts';
import { lianlianSign, testOnlyKeys } from './_fake-lianlian.ts';

const OID = '201103171000000000';
const TRADERAPI = 'traderapi.lianlianpay.com';
let merchant: ReturnType<typeof testOnlyKeys>;
let lianlian: ReturnType<typeof testOnlyKeys>;
let server: Server;
let origin: string;
/** Path of each request the stand-in received. */
const paths: string[] = [];

/** A signed answer fitting any of the calls below: it echoes what the request sent. */
function answer(request: Record<string, string>): Record<string, unknown> {
  const body = { ret_code: '0000', ret_msg: '交易成功', oid_partner: OID, ...pick(request, ['user_id', 'no_order', 'dt_order']), sign_type: 'RSA' };
  if (request.no_order) Object.assign(body, { oid_paybill: '2024010100000001', money_order: '0.01', result_pay: 'SUCCESS' });
  else Object.assign(body, { card_no: '6216', no_agree: '2024010100000011' });
  return { ...body, sign: lianlianSign(body, lianlian.privateKey) };
}
const pick = (from: Record<string, string>, names: string[]) => Object.fromEntries(names.filter((n) => from[n] !== undefined).map((n) => [n, from[n]]));

beforeAll(async () => {
  merchant = testOnlyKeys();
  lianlian = testOnlyKeys();
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      paths.push(req.url ?? '');
      res.writeHead(200, { 'content-type': 'application/json;charset=utf-8' });
      res.end(JSON.stringify(answer(JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, string>)));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const client = (over: Record<string, unknown>) =>
  new LianLianCore({ oidPartner: OID, privateKey: merchant.privateKey, lianlianPublicKey: lianlian.publicKey, ...over } as never);
const verifyCard = (core: LianLianCore) => core.request(operations['cardBind.verify'], { token: 'T1', user_id: 'u1', verify_code: '123456' });
const queryOrder = (core: LianLianCore) => core.request(operations['easypay.query'], { no_order: 'A1', dt_order: '20240101120000' });
const pathOf = (endpoint: string) => new URL(endpoint).pathname;

/** The ValidationError `make` throws. */
function refusal(make: () => unknown): ValidationError {
  let error: unknown;
  try {
    make();
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(ValidationError);
  return error as ValidationError;
}

describe('hosts', () => {
  it('lists exactly the hosts the operations use', () => {
    const used = new Set(Object.values(operations).flatMap((op) => (op.endpoint ? [new URL(op.endpoint).hostname] : [])));
    expect([...LIANLIAN_HOSTS].sort()).toEqual([...used].sort());
  });

  it('sends a mapped host to its origin with the endpoint path', async () => {
    paths.length = 0;
    await expect(verifyCard(client({ hosts: { [TRADERAPI]: origin } }))).resolves.toMatchObject({ no_agree: '2024010100000011' });
    expect(paths).toEqual([pathOf(operations['cardBind.verify'].endpoint)]);
    expect(paths[0]).toBe('/bankcardbindverfy.htm');
  });

  it('puts the value\'s own path first, and takes host names in any case', async () => {
    paths.length = 0;
    await verifyCard(client({ hosts: { 'TraderAPI.LianLianPay.com': `${origin}/egress/lianlian/` } }));
    expect(paths).toEqual(['/egress/lianlian/bankcardbindverfy.htm']);
  });

  it('wins over baseUrl for the hosts it names; the others follow baseUrl', async () => {
    paths.length = 0;
    const core = client({ baseUrl: `${origin}/sandbox`, hosts: { [TRADERAPI]: origin } });
    await verifyCard(core);
    await expect(queryOrder(core)).resolves.toMatchObject({ no_order: 'A1' });
    expect(paths).toEqual(['/bankcardbindverfy.htm', `/sandbox${operations['easypay.query'].route}`]);
  });

  it('points a redirect form\'s action at the mapped origin', async () => {
    const gateway = 'https://pay-gateway.internal:8443';
    const core = client({ hosts: { 'payment.lianlianpay.com': gateway, 'wap.lianlianpay.com': `${gateway}/h5` }, baseUrl: 'http://127.0.0.1:9' });
    const params = {
      user_id: 'u-1001',
      busi_partner: '101001',
      no_order: '2013099129111111',
      dt_order: '20130224120224',
      name_goods: '测试商品',
      money_order: '49.95',
      notify_url: 'http://127.0.0.1/notify',
      userreq_ip: '122_11_37_211',
      pay_type: 'M',
      risk_item: { user_info_mercht_userno: 'u-1001', frms_ware_category: '1009' },
    };
    const web = await core.redirectForm(operations['easypay.webPayment'], params);
    expect(web.action).toBe(`${gateway}/payment/traveleasypay.htm`);
    expect(web.html()).toContain(`action="${gateway}/payment/traveleasypay.htm"`);
    const { userreq_ip: _ip, ...h5Params } = params;
    const h5 = await core.redirectForm(operations['easypay.h5Payment'], { ...h5Params, app_request: '3', url_return: 'http://127.0.0.1/return' });
    expect(h5.action).toBe(`${gateway}/h5/travlepay.htm`);
  });

  it('refuses a key no operation uses, naming it and listing the known hosts', () => {
    const error = refusal(() => client({ hosts: { 'trader.lianlianpay.com': origin } }));
    expect(error.field).toBe('hosts');
    expect(error.message).toContain('"trader.lianlianpay.com"');
    for (const host of LIANLIAN_HOSTS) expect(error.message).toContain(host);
  });

  it('refuses an origin or a path as a key, asking for the host name', () => {
    for (const key of [`https://${TRADERAPI}`, `${TRADERAPI}/bankcardbind.htm`]) {
      const error = refusal(() => client({ hosts: { [key]: origin } }));
      expect(error.message).toContain(`"${key}"`);
      expect(error.message).toContain('host name alone');
    }
  });

  it('refuses a value that is not an absolute http(s) URL, naming its key and never quoting it', () => {
    for (const value of ['proxy.corp:3128', '/relative', 'ftp://proxy.corp', 'https://user:s3cr3t-pass@proxy.corp', 'https://proxy.corp/?token=s3cr3t-pass', 'https://proxy.corp/#s3cr3t', '', 42]) {
      const error = refusal(() => client({ hosts: { [TRADERAPI]: value } }));
      expect(error.field).toBe('hosts');
      expect(error.message).toContain(`value for "${TRADERAPI}"`);
      expect(error.message).not.toContain('s3cr3t');
      expect(error.message).not.toContain('proxy.corp');
    }
  });

  it('refuses hosts that is not an object, and a key given twice', () => {
    expect(refusal(() => client({ hosts: [origin] })).message).toMatch(/^LianLian: hosts must be an object/);
    expect(refusal(() => client({ hosts: { [TRADERAPI]: origin, 'TRADERAPI.lianlianpay.com': origin } })).message).toContain('a second time');
  });

  it('without hosts, calls go to LianLian\'s URL', async () => {
    const core = client({});
    const form = await core.redirectForm(operations['easypay.webPayment'], {
      user_id: 'u-1001',
      busi_partner: '101001',
      no_order: '2013099129111111',
      dt_order: '20130224120224',
      name_goods: 'goods',
      money_order: '0.01',
      notify_url: 'http://127.0.0.1/notify',
      userreq_ip: '122_11_37_211',
      pay_type: 'M',
      risk_item: { frms_ware_category: '1009' },
    });
    expect(form.action).toBe(operations['easypay.webPayment'].endpoint);
  });
});
