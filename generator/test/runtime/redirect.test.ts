/**
 * Redirect forms (easypay_web_redirect.md): signed fields that verify, a page
 * that escapes every value, validation before signing, and the form posted as
 * a browser would to a real 127.0.0.1 server that checks the signature with
 * node:crypto. Keys are TEST-ONLY, made at test time.
 */
import { createVerify, generateKeyPairSync } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LianLianCore } from '../../runtime/5-client/client-core.ts';
import { KeyFormatError } from '../../runtime/1-errors-encoding/errors/key-format-error.ts';
import { ValidationError } from '../../runtime/1-errors-encoding/errors/validation-error.ts';
import type { FieldRule, OperationDef } from '../../runtime/1-errors-encoding/operation.ts';
import { verify } from '../../runtime/3-sign-verify/sign.ts';
import { signatureSource } from '../../runtime/1-errors-encoding/signature-source.ts';

const OID_PARTNER = '201304121000001004';

const req = (name: string, extra: Partial<FieldRule> = {}): FieldRule => ({ name, presence: 'required', type: 'string', ...extra });
const opt = (name: string, extra: Partial<FieldRule> = {}): FieldRule => ({ name, presence: 'optional', type: 'string', ...extra });

/** easypay_web_redirect.md, hand-built as the generator would emit it. */
const op: OperationDef = {
  id: 'easypay.webRedirect',
  kind: 'redirect',
  endpoint: 'https://payment.lianlianpay.com/payment/traveleasypay.htm',
  encoding: 'form',
  route: '/payment/payment/traveleasypay.htm',
  signTypes: ['RSA', 'SHA256withRSA'],
  payload: 'none',
  successCodes: ['0000'],
  request: [
    req('version', { fixed: '1.0', managed: true }),
    req('oid_partner', { maxLength: 18, managed: true }),
    req('user_id', { maxLength: 32 }),
    req('timestamp', { format: 'datetime14', managed: true }),
    req('sign_type', { maxLength: 3, managed: true }),
    req('sign', { managed: true }),
    req('busi_partner', { enum: ['101001', '109001'] }),
    req('no_order', { maxLength: 32 }),
    req('dt_order', { format: 'datetime14' }),
    req('name_goods', { maxLength: 40 }),
    opt('info_order', { maxLength: 255 }),
    req('money_order', { format: 'money' }),
    req('notify_url', { maxLength: 128, format: 'url' }),
    opt('url_return', { maxLength: 128, format: 'url' }),
    req('userreq_ip', { maxLength: 32 }),
    req('pay_type', { enum: ['M', 'F'] }),
    req('risk_item', { format: 'json-string' }),
    opt('card_no', { sensitive: true, maxLength: 19 }),
  ],
  response: [],
  responseGroups: [],
  doc: 'easypay_web_redirect.md',
};

// No "&": the client refuses it outside JSON and URL fields (signed-fields.ts); url_return carries one instead.
const HOSTILE = `"><script>alert('x')</script>`;

function params(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    user_id: 'u-1001',
    busi_partner: '101001',
    no_order: '2013099129111111',
    dt_order: '20130224120224',
    name_goods: '测试商品',
    info_order: HOSTILE,
    money_order: '49.95',
    notify_url: 'http://127.0.0.1/notify',
    url_return: 'http://127.0.0.1/return?a=1&b=2',
    userreq_ip: '122_11_37_211',
    pay_type: 'M',
    risk_item: { user_info_mercht_userno: 'u-1001', frms_ware_category: '1009' },
    ...overrides,
  };
}

/** The inputs of a page, unescaped as a browser's HTML parser would. */
function inputsOf(html: string): Record<string, string> {
  const unescape = (s: string) =>
    s.replace(/&(lt|gt|quot|#39|amp);/g, (_m, e: string) => ({ lt: '<', gt: '>', quot: '"', '#39': "'", amp: '&' })[e]!);
  const out: Record<string, string> = {};
  for (const m of html.matchAll(/<input type="hidden" name="([^"]*)" value="([^"]*)">/g)) out[unescape(m[1]!)] = unescape(m[2]!);
  return out;
}

let merchant: { privateKey: string; publicKey: string };
let lianlian: { publicKey: string };
let core: LianLianCore;

beforeAll(() => {
  const keys = () =>
    generateKeyPairSync('rsa', {
      modulusLength: 2048,
      privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
      publicKeyEncoding: { type: 'spki', format: 'pem' },
    });
  merchant = keys(); // TEST-ONLY
  lianlian = keys(); // TEST-ONLY
  core = new LianLianCore({ oidPartner: OID_PARTNER, privateKey: merchant.privateKey, lianlianPublicKey: lianlian.publicKey });
});

describe('redirectForm', () => {
  it('returns the action and signed fields that verify with the merchant public key', async () => {
    const form = await core.redirectForm(op, params());
    expect(form.action).toBe(op.endpoint);
    expect(form.fields).toMatchObject({ version: '1.0', oid_partner: OID_PARTNER, sign_type: 'RSA', info_order: HOSTILE });
    expect(form.fields.timestamp).toMatch(/^\d{14}$/);
    expect(await verify(form.fields, merchant.publicKey)).toBe(true);
    // Independently: node:crypto MD5withRSA over the signature source.
    const ok = createVerify('RSA-MD5').update(signatureSource(form.fields), 'utf8').verify(merchant.publicKey, form.fields.sign!, 'base64');
    expect(ok).toBe(true);
    expect(await verify({ ...form.fields, money_order: '0.01' }, merchant.publicKey)).toBe(false);
  });

  it('signs a JSON-string field as the exact text sent', async () => {
    const asObject = await core.redirectForm(op, params());
    expect(asObject.fields.risk_item).toBe('{"frms_ware_category":"1009","user_info_mercht_userno":"u-1001"}');
    const text = '{ "user_info_mercht_userno": "u-1001",  "frms_ware_category": "1009" }';
    const asText = await core.redirectForm(op, params({ risk_item: text }));
    expect(asText.fields.risk_item).toBe(text);
    expect(await verify(asText.fields, merchant.publicKey)).toBe(true);
  });

  it('signs with SHA256withRSA when asked, and refuses a sign type the operation does not allow', async () => {
    const form = await core.redirectForm(op, params(), { signType: 'SHA256withRSA' });
    expect(form.fields.sign_type).toBe('SHA256withRSA');
    expect(createVerify('RSA-SHA256').update(signatureSource(form.fields), 'utf8').verify(merchant.publicKey, form.fields.sign!, 'base64')).toBe(true);
    await expect(core.redirectForm({ ...op, signTypes: ['RSA'] }, params(), { signType: 'SHA256withRSA' })).rejects.toBeInstanceOf(ValidationError);
  });

  it('surfaces validation errors before anything is signed', async () => {
    // This client's key is unusable, so reaching the signing step would throw KeyFormatError instead.
    const unsignable = new LianLianCore({ oidPartner: OID_PARTNER, privateKey: 'not a key', lianlianPublicKey: lianlian.publicKey });
    await expect(unsignable.redirectForm(op, params({ money_order: '49.9' }))).rejects.toThrow(/money_order/);
    await expect(unsignable.redirectForm(op, params({ money_order: '49.9' }))).rejects.toBeInstanceOf(ValidationError);
    await expect(unsignable.redirectForm(op, params({ no_order: undefined }))).rejects.toBeInstanceOf(ValidationError);
    await expect(unsignable.redirectForm(op, params({ oid_partner: '1' }))).rejects.toBeInstanceOf(ValidationError);
    await expect(unsignable.redirectForm(op, params())).rejects.toBeInstanceOf(KeyFormatError);
  });

  it('refuses "&" in a field LianLian echoes into signed notifications, naming the field but not the value', async () => {
    const error = await core.redirectForm(op, params({ info_order: 'x&money_order=9999.00&no_order=B' })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).field).toBe('info_order');
    expect((error as Error).message).not.toContain('9999');
    // JSON text and a URL's query string keep their "&": their format says where each field ends.
    const form = await core.redirectForm(op, params({ risk_item: { frms_ware_category: '1009', user_info_full_name: 'a&b=c' } }));
    expect(form.fields.risk_item).toContain('a&b=c');
    expect(form.fields.url_return).toBe('http://127.0.0.1/return?a=1&b=2');
  });

  it('keeps a sensitive value out of its validation error', async () => {
    const error = await core.redirectForm(op, params({ card_no: '62220212345678901234567' })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as Error).message).toMatch(/card_no/);
    expect((error as Error).message).not.toContain('6222021234');
  });

  it('posts to baseUrl + route when a baseUrl is configured', async () => {
    const sandboxed = new LianLianCore({ oidPartner: OID_PARTNER, privateKey: merchant.privateKey, lianlianPublicKey: lianlian.publicKey, baseUrl: 'http://127.0.0.1:8080/' });
    const form = await sandboxed.redirectForm(op, params());
    expect(form.action).toBe('http://127.0.0.1:8080/payment/payment/traveleasypay.htm');
    expect(form.html()).toContain('action="http://127.0.0.1:8080/payment/payment/traveleasypay.htm"');
  });

  it('refuses an operation that is not a redirect page', async () => {
    await expect(core.redirectForm({ ...op, kind: 'api' }, params())).rejects.toBeInstanceOf(TypeError);
  });
});

describe('RedirectForm.html', () => {
  it('is a complete UTF-8 page with a self-submitting POST form of every field, all escaped', async () => {
    const form = await core.redirectForm(op, params());
    const html = form.html();
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toMatch(/<form [^>]*method="post"[^>]*action="https:\/\/payment\.lianlianpay\.com\/payment\/traveleasypay\.htm"/);
    expect(inputsOf(html)).toEqual(form.fields);
    // The hostile value never appears raw: one script element, ours, and no markup from the data.
    expect(html).not.toContain(`"><script>`);
    expect(html).not.toContain(`alert('x')`);
    expect(html.match(/<script/g)).toHaveLength(1);
    expect(html).toContain('&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"');
    expect(html).toContain('url_return" value="http://127.0.0.1/return?a=1&amp;b=2"');
    expect(html).toMatch(/<noscript><button type="submit">[^<]+<\/button><\/noscript>/);
    expect(html).toMatch(/<script>HTMLFormElement\.prototype\.submit\.call\(document\.getElementById\("lianlian-redirect"\)\);<\/script>/);
  });

  it('puts an escaped CSP nonce on the script and an escaped label on the button', async () => {
    const html = (await core.redirectForm(op, params())).html({ nonce: 'n"1', submitLabel: '<Pay>' });
    expect(html).toContain('<script nonce="n&quot;1">');
    expect(html).toContain('<button type="submit">&lt;Pay&gt;</button>');
  });

  it('posts, as a browser would, fields that a LianLian-side server verifies', async () => {
    let received: Record<string, string> | undefined;
    const server: Server = createServer((rq, rs) => {
      let body = '';
      rq.setEncoding('utf8');
      rq.on('data', (d: string) => (body += d));
      rq.on('end', () => {
        received = Object.fromEntries(new URLSearchParams(body));
        rs.end('ok');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const client = new LianLianCore({ oidPartner: OID_PARTNER, privateKey: merchant.privateKey, lianlianPublicKey: lianlian.publicKey, baseUrl });
      const form = await client.redirectForm(op, params());
      const html = form.html();
      const action = /action="([^"]*)"/.exec(html)![1]!;
      // A browser submits the decoded input values as application/x-www-form-urlencoded UTF-8.
      const res = await fetch(action, { method: 'POST', body: new URLSearchParams(inputsOf(html)) });
      expect(res.status).toBe(200);
      expect(received).toEqual(form.fields);
      const { sign, ...rest } = received!;
      expect(createVerify('RSA-MD5').update(signatureSource(rest), 'utf8').verify(merchant.publicKey, sign!, 'base64')).toBe(true);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
