/**
 * PII scan: raises every error class the runtime exports through its real code
 * paths (LianLianCore against a node:http fake of LianLian on 127.0.0.1,
 * notifications, pay_load, keys, transaction reports) with a card number, an ID
 * number, a phone, a name, an e-mail address, a password and key text planted in
 * every input that can carry them, then looks for them (and every 8-character
 * piece of them) in each error's message, stack, cause chain, util.inspect and
 * JSON.stringify. Keys are TEST-ONLY, made at test time.
 */
import { createSign } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { inspect } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LianLianCore } from '../../runtime/5-client/client-core.ts';
import type { LianLianConfig } from '../../runtime/4-operations/config.ts';
import { KeyFormatError } from '../../runtime/1-errors-encoding/errors/key-format-error.ts';
import { LianLianError } from '../../runtime/1-errors-encoding/errors/lianlian-error.ts';
import { NotificationError } from '../../runtime/1-errors-encoding/errors/notification-error.ts';
import { PayloadError } from '../../runtime/1-errors-encoding/errors/payload-error.ts';
import { SignatureVerificationError } from '../../runtime/1-errors-encoding/errors/signature-verification-error.ts';
import { TransportError } from '../../runtime/1-errors-encoding/errors/transport-error.ts';
import { ValidationError } from '../../runtime/1-errors-encoding/errors/validation-error.ts';
import type { FieldRule, OperationDef } from '../../runtime/1-errors-encoding/operation.ts';
import { decryptPayload, encryptPayload } from '../../runtime/3-sign-verify/pay-load.ts';
import { signatureSource } from '../../runtime/1-errors-encoding/signature-source.ts';
import { parseTransactionReport, TransactionReportError, type ReportFileFormat } from '../../runtime/1-errors-encoding/transaction-report.ts';
import { testOnlyKeys } from './_fake-lianlian.ts';
import { flipBase64Char, pemBody } from './_helpers.ts';

const OID_PARTNER = '201103171000000000';

// The planted values. Test data only: no real card, person or account.
const CARD = '6222021234567890128';
const CARD_SPACED = '6217 0012 3456 7890 122';
const ID_NO = '33040119800101461X';
const PHONE = '13958069593';
const NAME = '张三丰';
const EMAIL = 'zhang.sanfeng@example.com';
const PASSWORD = 'Hunter2-s3cret-pw';

const req = (name: string, extra: Partial<FieldRule> = {}): FieldRule => ({ name, presence: 'required', type: 'string', ...extra });
const opt = (name: string, extra: Partial<FieldRule> = {}): FieldRule => ({ name, presence: 'optional', type: 'string', ...extra });
const managed = ['oid_partner', 'sign_type', 'sign', 'time_stamp'].map((name) => req(name, { managed: true }));

/** cardBind.apply (card-bind-apply-api.md) with the fields the spec has, hand-built as the generator emits it. */
const applyOp: OperationDef = {
  id: 'cardBind.apply',
  kind: 'api',
  endpoint: 'https://traderapi.lianlianpay.com/bankcardbind.htm',
  encoding: 'json',
  route: '/traderapi/bankcardbind.htm',
  signTypes: ['RSA', 'SHA256withRSA'],
  payload: 'none',
  successCodes: ['0000'],
  request: [
    ...managed,
    req('user_id', { maxLength: 32 }),
    opt('notify_url', { maxLength: 128, format: 'url' }),
    opt('dt_order', { format: 'datetime14' }),
    opt('money_order', { format: 'money' }),
    opt('info_order', { maxLength: 255 }),
    req('pay_type', { maxLength: 1, enum: ['2', '3'] }),
    req('risk_item', { format: 'json-string' }),
    req('id_type', { maxLength: 1, enum: ['0', '2', '3', '4', '6', '9'] }),
    req('id_no', { sensitive: true }),
    req('acct_name', { sensitive: true }),
    req('card_no', { sensitive: true }),
    req('bind_mob', { sensitive: true }),
    opt('vali_date', { sensitive: true }),
    opt('cvv2', { sensitive: true }),
  ],
  response: [],
  responseGroups: [],
  doc: 'card-bind-apply-api.md',
};

const verifyOp: OperationDef = {
  ...applyOp,
  id: 'cardBind.verify',
  route: '/traderapi/bankcardbindverfy.htm',
  request: [...managed, req('user_id', { maxLength: 32 }), req('token', { maxLength: 32 }), req('verify_code', { sensitive: true })],
};

/** easypay-asyn-notification.md, trimmed. */
const notifyOp: OperationDef = {
  id: 'easypay.notification',
  kind: 'notification',
  endpoint: '',
  encoding: 'json',
  route: '',
  signTypes: ['RSA'],
  payload: 'none',
  successCodes: ['0000'],
  request: [req('oid_partner', { managed: true }), req('sign_type', { managed: true }), req('sign', { managed: true }), req('no_order'), req('money_order', { format: 'money' }), opt('info_order'), opt('card_no', { sensitive: true })],
  response: [],
  responseGroups: [],
  doc: 'easypay-asyn-notification.md',
};

const riskItem = { frms_ware_category: '2009', user_info_mercht_userno: 'u1', user_info_dt_register: '20240102030405', goods_name: 'Tea', user_info_full_name: NAME, user_info_id_no: ID_NO, user_info_bind_phone: PHONE, user_info_mail: EMAIL };

/** Valid parameters; each case breaks one. */
function applyParams(): Record<string, unknown> {
  return { user_id: 'u1', pay_type: '2', risk_item: riskItem, id_type: '0', id_no: ID_NO, acct_name: NAME, card_no: CARD, bind_mob: PHONE, notify_url: `https://merchant.example.com/notify?card=${CARD}` };
}

let lianlian: { privateKey: string; publicKey: string };
let attacker: { privateKey: string; publicKey: string };
let merchant: { privateKey: string; publicKey: string };
/** The merchant's private key as its dashboard form (bare base64): the key text that must never leak. */
let KEY: string;
/**
 * ret_msg text carrying everything that has a recognisable shape, with CR/LF, an ANSI escape and a
 * bidi override. Not a name: a name in free text cannot be told from other words (_sanitize.ts), so
 * names are planted in fields, keys and settings, where nothing is quoted, and in a ret_msg that quotes
 * the name the request sent, which verify-response.ts blanks out.
 */
let LOADED: string;

let server: Server;
let origin: string;
let respond: (req: IncomingMessage, res: ServerResponse) => void;

/** Signs as LianLian does (signature-verify-sign.md). */
function signed(fields: Record<string, string>, key = lianlian.privateKey): Record<string, string> {
  return { ...fields, sign: createSign('RSA-MD5').update(signatureSource(fields), 'utf8').sign(key, 'base64') };
}

function answer(status: number, body: string, contentType = 'application/json;charset=utf-8'): void {
  respond = (_req, res) => {
    res.writeHead(status, { 'content-type': contentType });
    res.end(body);
  };
}

function core(config: Partial<LianLianConfig> = {}): LianLianCore {
  return new LianLianCore({ oidPartner: OID_PARTNER, privateKey: merchant.privateKey, lianlianPublicKey: lianlian.publicKey, baseUrl: origin, ...config });
}

/** Runs `fn` and returns what it threw (sync or async); fails when nothing was thrown. */
async function thrown(fn: () => unknown): Promise<unknown> {
  try {
    await fn();
  } catch (err) {
    return err;
  }
  throw new Error('expected an error');
}

beforeAll(async () => {
  [lianlian, attacker, merchant] = [testOnlyKeys(), testOnlyKeys(), testOnlyKeys()];
  KEY = pemBody(merchant.privateKey);
  LOADED = `卡号${CARD}，${CARD_SPACED}，证件${ID_NO}，手机${PHONE}，邮箱${EMAIL}\r\n\u001b[31mpassword=${PASSWORD}\u202e ${merchant.privateKey}`;
  server = createServer((rq, rs) => {
    rq.resume();
    rq.on('end', () => respond(rq, rs));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}, 60_000);

afterAll(() => {
  server.closeAllConnections();
  return new Promise<void>((resolve) => server.close(() => resolve()));
});

type Case = readonly [label: string, expected: new (...args: never[]) => Error, raise: () => Promise<unknown>];

const cases: Case[] = [
  // ValidationError: values in the wrong field, bad formats of sensitive fields, data as a key, bad settings.
  ['a card number in an enum field', ValidationError, () => core().request(applyOp, { ...applyParams(), pay_type: CARD })],
  ['a name in an enum field', ValidationError, () => core().request(applyOp, { ...applyParams(), id_type: NAME })],
  ['a phone in a datetime field', ValidationError, () => core().request(applyOp, { ...applyParams(), dt_order: PHONE })],
  ['an ID number in a money field', ValidationError, () => core().request(applyOp, { ...applyParams(), money_order: ID_NO })],
  ['key text in a length-limited field', ValidationError, () => core().request(applyOp, { ...applyParams(), info_order: KEY })],
  ['credentials and a card in a bad notify_url', ValidationError, () => core().request(applyOp, { ...applyParams(), notify_url: `htps://m:${PASSWORD}@example.com/n?card=${CARD}&mail=${EMAIL}` })],
  ['personal data in a risk_item that is not an object', ValidationError, () => core().request(applyOp, { ...applyParams(), risk_item: JSON.stringify([riskItem]) })],
  ['a 57-digit card_no', ValidationError, () => core().request(applyOp, { ...applyParams(), card_no: CARD.repeat(3) })],
  ['a card_no with spaces', ValidationError, () => core().request(applyOp, { ...applyParams(), card_no: CARD_SPACED })],
  ['an id_no one digit long', ValidationError, () => core().request(applyOp, { ...applyParams(), id_no: `${ID_NO}9` })],
  ['a bind_mob with +86', ValidationError, () => core().request(applyOp, { ...applyParams(), bind_mob: `+86${PHONE}` })],
  ['a phone as verify_code', ValidationError, () => core().request(verifyOp, { user_id: 'u1', token: 't', verify_code: PHONE })],
  ['a card number as a key', ValidationError, () => core().request(applyOp, { ...applyParams(), [CARD]: 'x' })],
  ['an e-mail address as a key', ValidationError, () => core().request(applyOp, { ...applyParams(), [EMAIL]: 'x' })],
  ['a name as a key', ValidationError, () => core().request(applyOp, { ...applyParams(), [NAME]: 'x' })],
  ['a redirect form with a card in pay_type', ValidationError, () => core().redirectForm({ ...applyOp, kind: 'redirect' }, { ...applyParams(), pay_type: CARD })],
  ['a baseUrl that is not http(s), with credentials', ValidationError, async () => core({ baseUrl: `ftp://m:${PASSWORD}@example.com/${CARD}` })],
  ['a phone as oidPartner', ValidationError, async () => core({ oidPartner: `${PHONE}x` })],

  // LianLianError: ret_msg and ret_code carry everything, signed and unsigned.
  ['a signed error answer', LianLianError, () => {
    answer(200, JSON.stringify(signed({ ret_code: '1004', ret_msg: LOADED, oid_partner: OID_PARTNER, sign_type: 'RSA', user_id: NAME })));
    return core().request(applyOp, applyParams());
  }],
  ['a signed error answer quoting the holder name and ID the request sent', LianLianError, () => {
    answer(200, JSON.stringify(signed({ ret_code: '1004', ret_msg: `持卡人${NAME}（${ID_NO}）信息不符`, oid_partner: OID_PARTNER, sign_type: 'RSA' })));
    return core().request(applyOp, applyParams());
  }],
  ['an unsigned error answer', LianLianError, () => {
    answer(200, JSON.stringify({ ret_code: '1004', ret_msg: LOADED, card_no: CARD, acct_name: NAME }));
    return core().request(applyOp, applyParams());
  }],
  ['a signed answer whose ret_code is a card number', LianLianError, () => {
    answer(200, JSON.stringify(signed({ ret_code: CARD, ret_msg: LOADED, oid_partner: OID_PARTNER, sign_type: 'RSA' })));
    return core().request(applyOp, applyParams());
  }],
  ['an unsigned answer whose ret_code is a phone and a key', LianLianError, () => {
    answer(200, JSON.stringify({ ret_code: `${PHONE}\r\n${merchant.privateKey}`, ret_msg: LOADED }));
    return core().request(applyOp, applyParams());
  }],

  // TransportError: answer text, URL credentials and query values, fetch's own errors.
  ['a non-JSON answer', TransportError, () => {
    answer(200, `<html>${LOADED}</html>`, 'text/html;charset=utf-8');
    return core().request(applyOp, applyParams());
  }],
  ['an HTTP 500 with personal data', TransportError, () => {
    answer(500, LOADED, 'text/plain');
    return core().request(applyOp, applyParams());
  }],
  ['a JSON answer that is not an object', TransportError, () => {
    answer(200, JSON.stringify([LOADED, CARD]));
    return core().request(applyOp, applyParams());
  }],
  ['a JSON answer without ret_code', TransportError, () => {
    answer(200, JSON.stringify({ ret_msg: LOADED, card_no: CARD }));
    return core().request(applyOp, applyParams());
  }],
  ['a baseUrl with user:password@', TransportError, () => core({ baseUrl: origin.replace('//', `//merchant:${PASSWORD}@`) }).request(applyOp, applyParams())],
  ['a baseUrl with secrets in its query, HTTP 502', TransportError, () => {
    answer(502, 'bad gateway');
    return core({ baseUrl: `${origin}/?card=${CARD}&pw=${PASSWORD}&mail=${EMAIL}` }).request(applyOp, applyParams());
  }],
  ['a baseUrl with secrets in its query, no answer in time', TransportError, () => {
    respond = () => {}; // never answers
    return core({ baseUrl: `${origin}/?card=${CARD}&pw=${PASSWORD}`, timeout: 300 }).request(applyOp, applyParams());
  }],
  ['a refused connection to a URL with secrets in its query', TransportError, () => core({ baseUrl: `http://127.0.0.1:1/?card=${CARD}&pw=${PASSWORD}` }).request(applyOp, applyParams())],

  // SignatureVerificationError: forged, unsigned success, another merchant, forged notification.
  ['an answer signed with another key', SignatureVerificationError, () => {
    answer(200, JSON.stringify(signed({ ret_code: CARD, ret_msg: LOADED, oid_partner: OID_PARTNER, sign_type: 'RSA' }, attacker.privateKey)));
    return core().request(applyOp, applyParams());
  }],
  ['a forged answer whose ret_code is key text', SignatureVerificationError, () => {
    answer(200, JSON.stringify(signed({ ret_code: `${merchant.privateKey}${EMAIL}`, ret_msg: LOADED, sign_type: 'RSA' }, attacker.privateKey)));
    return core().request(applyOp, applyParams());
  }],
  ['an unsigned success', SignatureVerificationError, () => {
    answer(200, JSON.stringify({ ret_code: '0000', ret_msg: LOADED, card_no: CARD, id_no: ID_NO, bind_mobile: PHONE }));
    return core().request(applyOp, applyParams());
  }],
  ['a signed answer for another merchant', SignatureVerificationError, () => {
    answer(200, JSON.stringify(signed({ ret_code: '0000', ret_msg: LOADED, oid_partner: PHONE, sign_type: 'RSA', card_no: CARD })));
    return core().request(applyOp, applyParams());
  }],
  ['a forged notification', SignatureVerificationError, () =>
    core().parseNotification(notifyOp, JSON.stringify({ ...signed({ oid_partner: OID_PARTNER, sign_type: 'RSA', no_order: '1', money_order: '1.00', info_order: LOADED, card_no: CARD }), money_order: '9.00' }))],

  // NotificationError: not JSON, another merchant, a missing field, too large.
  ['a notification that is not JSON', NotificationError, () => core().parseNotification(notifyOp, `card_no=${CARD}&info=${LOADED}`)],
  ['a notification for another merchant', NotificationError, () =>
    core().parseNotification(notifyOp, JSON.stringify(signed({ oid_partner: PHONE, sign_type: 'RSA', no_order: '1', money_order: '1.00', info_order: LOADED, card_no: CARD })))],
  ['a notification lacking a field', NotificationError, () =>
    core().parseNotification(notifyOp, JSON.stringify(signed({ oid_partner: OID_PARTNER, sign_type: 'RSA', money_order: '1.00', info_order: LOADED, card_no: CARD })))],
  ['a notification over the size limit', NotificationError, async () => {
    let reported: unknown;
    const handler = core().notificationHandler(notifyOp, () => {}, { maxBodyBytes: 64, onError: (e) => (reported = e) });
    const res = await handler(new Request('http://127.0.0.1/notify', { method: 'POST', body: LOADED }));
    expect(res.status).toBe(413);
    throw reported;
  }],

  // PayloadError: plaintext passed by mistake, personal data as segments, a tampered envelope.
  ['a plaintext body as pay_load', PayloadError, () => decryptPayload(JSON.stringify({ card_no: CARD, id_no: ID_NO, acct_name: NAME }), merchant.privateKey)],
  ['personal data as pay_load segments', PayloadError, () => decryptPayload(`lianpay1_0_1$${CARD}$${ID_NO}$${PHONE}$${EMAIL}$${KEY}`, merchant.privateKey)],
  ['a tampered pay_load', PayloadError, async () => {
    const sealed = await encryptPayload(JSON.stringify({ card_no: CARD, id_no: ID_NO, bind_mob: PHONE, acct_name: NAME }), merchant.publicKey);
    const parts = sealed.split('$');
    parts[4] = flipBase64Char(parts[4]!, 10);
    return decryptPayload(parts.join('$'), merchant.privateKey);
  }],

  // KeyFormatError: the private key where the public one goes, damaged keys, data as a key.
  ['the private key given as LianLian\'s public key', KeyFormatError, () => core({ lianlianPublicKey: merchant.privateKey }).request(applyOp, applyParams())],
  ['a damaged private key', KeyFormatError, () => core({ privateKey: flipBase64Char(KEY, 700) }).request(applyOp, applyParams())],
  ['a truncated private key', KeyFormatError, () => core({ privateKey: KEY.slice(0, 900) }).request(applyOp, applyParams())],
  ['a PEM whose label is a card number', KeyFormatError, () =>
    core({ privateKey: `-----BEGIN ${CARD} ${PHONE} KEY-----\n${KEY}\n-----END ${CARD} ${PHONE} KEY-----` }).request(applyOp, applyParams())],
  ['personal data as a key', KeyFormatError, () => core({ privateKey: `${NAME} ${CARD} ${EMAIL}` }).request(applyOp, applyParams())],

  // TransactionReportError: rows with personal data.
  ['a report row with a cell too many', TransactionReportError, () => readReport(`${CARD}|${NAME}|1.00|${PHONE}\n`)],
  ['a report row with bad money', TransactionReportError, () => readReport(`${CARD}|${NAME}|${ID_NO}\n`)],
];

const reportFormat: ReportFileFormat = {
  id: 'test',
  fileName: 'JYMX_{oid_partner}_{settle_date}.txt',
  separator: '|',
  header: false,
  columns: [
    { name: 'card_no', presence: 'required', type: 'string' },
    { name: 'acct_name', presence: 'required', type: 'string' },
    { name: 'money_order', presence: 'required', type: 'string', format: 'money' },
  ],
};

async function readReport(text: string): Promise<void> {
  async function* chunks() {
    yield new TextEncoder().encode(text);
  }
  for await (const row of parseTransactionReport(chunks(), reportFormat)) void row;
}

/** Every text a logger or error tracker could get from `err`. */
function places(err: unknown): [string, string][] {
  const out: [string, string][] = [];
  const seen = new Set<unknown>();
  let at: unknown = err;
  for (let depth = 0; at !== null && typeof at === 'object' && !seen.has(at) && depth < 10; depth++) {
    seen.add(at);
    const e = at as { message?: unknown; stack?: unknown; cause?: unknown };
    out.push([`cause[${depth}].message`, String(e.message)], [`cause[${depth}].stack`, String(e.stack)], [`cause[${depth}] String()`, String(at)]);
    at = e.cause;
  }
  out.push(['util.inspect', inspect(err, { depth: 10 })], ['JSON.stringify', JSON.stringify(err) ?? '']);
  return out;
}

/** The value itself when short, else each of its 8-character pieces. */
function pieces(value: string): string[] {
  if ([...value].length <= 8) return [value];
  const out = new Set<string>();
  for (let i = 0; i + 8 <= value.length; i++) out.add(value.slice(i, i + 8));
  return [...out];
}

let scanned = 0;
let checks = 0;

describe('PII scan of every error class', () => {
  const planted = () =>
    Object.entries({ card: CARD, 'card (spaced)': CARD_SPACED, 'ID number': ID_NO, phone: PHONE, name: NAME, 'e-mail': EMAIL, password: PASSWORD, 'private key': KEY });

  it.each(cases)('%s', async (_, expected, raise) => {
    const err = await thrown(raise);
    expect(err).toBeInstanceOf(expected);
    const found: string[] = [];
    for (const [place, text] of places(err)) {
      scanned++;
      for (const [label, value] of planted()) {
        checks++;
        const piece = pieces(value).find((p) => text.includes(p));
        if (piece !== undefined) found.push(`${label} (${JSON.stringify(piece)}) in ${place}`);
      }
    }
    expect(found).toEqual([]);
    // No raw control characters either: a message is one clean log line.
    expect((err as Error).message).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
  }, 20_000);

  afterAll(() => {
    console.info(`pii-scan: ${cases.length} errors, ${planted().length} planted values × ${scanned} places scanned = ${checks} checks, each over every 8-character piece`);
  });
});

describe('what the errors still say', () => {
  it('LianLianError keeps the code and LianLian\'s words, and marks an unsigned ret_msg as unverified', async () => {
    answer(200, JSON.stringify(signed({ ret_code: '1004', ret_msg: `商户请求参数校验错误（card_no）\r\n\u001b[31m${CARD}\u202e`, oid_partner: OID_PARTNER, sign_type: 'RSA' })));
    const signedErr = (await thrown(() => core().request(applyOp, applyParams()))) as LianLianError;
    expect(signedErr.message).toBe('cardBind.apply: LianLian answered ret_code 1004 (ret_msg: "商户请求参数校验错误（card_no） ***")');
    expect([signedErr.code, signedErr.retMsg, signedErr.signed]).toEqual(['1004', '商户请求参数校验错误（card_no） ***', true]);

    answer(200, JSON.stringify({ ret_code: '1004', ret_msg: 'x'.repeat(500) }));
    const unsigned = (await thrown(() => core().request(applyOp, applyParams()))) as LianLianError;
    expect(unsigned.message).toMatch(/^cardBind\.apply: LianLian answered ret_code 1004 \(unsigned, unverified ret_msg: "\*\*\*"\)$/);
    answer(200, JSON.stringify({ ret_code: '1004', ret_msg: '余额不足 '.repeat(60) }));
    const long = (await thrown(() => core().request(applyOp, applyParams()))) as LianLianError;
    expect([...long.retMsg]).toHaveLength(201);
    expect(long.retMsg.endsWith('…')).toBe(true);
  });

  it('TransportError names the host and path, without credentials or query values', async () => {
    answer(502, 'bad gateway');
    const err = (await thrown(() => core({ baseUrl: `${origin}/?card=${CARD}&flag` }).request(applyOp, applyParams()))) as TransportError;
    expect(err.message).toBe(`cardBind.apply: HTTP 502 from ${origin}/?card=***&***`);
    const creds = (await thrown(() => core({ baseUrl: origin.replace('//', `//merchant:${PASSWORD}@`) }).request(applyOp, applyParams()))) as TransportError;
    expect(creds.message).toContain(`${origin.replace('//', '//***@')}/traderapi/bankcardbind.htm`);
  });
});
