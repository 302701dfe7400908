/**
 * Test setup shared by the sandbox tests: a test-only merchant key pair, a
 * running sandbox with that merchant registered, a LianLian client pointed at
 * it, and a raw signed POST for the cases the client refuses to send.
 */
import { generateKeyPairSync } from 'node:crypto';
import { LianLian, lianlianTime, sign, verify } from '@lianlian-sdk/node';
import { startSandbox, type Sandbox, type SandboxOptions } from '../src/index.ts';

/** A merchant id in LianLian's format (18 digits), used only against the sandbox. */
export const OID_PARTNER = '201304121000001004';

/** Fake card holder data: not a real person. */
export const HOLDER = { id_type: '0', id_no: '110101199001010011', acct_name: '测试用户', bind_mob: '13958069593' } as const;

/** A risk_item object, as payment-risk-item.md asks for (values are test data). */
export const RISK_ITEM = { frms_ware_category: '1009', user_info_mercht_userno: 'u', user_info_dt_register: '20200101120000' } as const;

export interface TestEnv {
  readonly sandbox: Sandbox;
  readonly client: LianLian;
  readonly merchantPrivateKeyPem: string;
  /** POSTs `body` as given (string) or as JSON (object) to `route`; returns status and parsed JSON. */
  raw(route: string, body: string | Record<string, unknown>): Promise<{ status: number; body: Record<string, unknown> }>;
  /** Adds sign_type RSA (unless set) and a merchant signature of that type, then POSTs. */
  signedRaw(route: string, params: Record<string, unknown>, privateKeyPem?: string): Promise<Record<string, unknown>>;
  /** Whether an answer's signature verifies with the sandbox's public key. */
  verifiesWithSandboxKey(answer: Record<string, unknown>): Promise<boolean>;
}

/** A fresh test-only RSA 2048 key pair (PEM). */
export function testKeyPair(): { publicKeyPem: string; privateKeyPem: string } {
  const { publicKey, privateKey } = generateKeyPairSync('rsa', {
    modulusLength: 2048,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });
  return { publicKeyPem: publicKey, privateKeyPem: privateKey };
}

/** Starts a sandbox, registers a fresh merchant and builds a client for it. */
export async function startTestEnv(options: SandboxOptions = {}): Promise<TestEnv> {
  const merchant = testKeyPair();
  const sandbox = await startSandbox(options);
  sandbox.registerMerchant(OID_PARTNER, merchant.publicKeyPem);
  const client = new LianLian({
    oidPartner: OID_PARTNER,
    privateKey: merchant.privateKeyPem,
    lianlianPublicKey: sandbox.publicKeyPem,
    baseUrl: sandbox.url,
  });
  const raw: TestEnv['raw'] = async (route, body) => {
    const res = await fetch(sandbox.url + route, {
      method: 'POST',
      headers: { 'content-type': 'application/json;charset=utf-8' },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  };
  return {
    sandbox,
    client,
    merchantPrivateKeyPem: merchant.privateKeyPem,
    raw,
    async signedRaw(route, params, privateKeyPem = merchant.privateKeyPem) {
      const body: Record<string, unknown> = { sign_type: 'RSA', ...params };
      body.sign = await sign(body, privateKeyPem, body.sign_type === 'SHA256withRSA' ? 'SHA256withRSA' : 'RSA');
      return (await raw(route, body)).body;
    },
    verifiesWithSandboxKey: (answer) => verify(answer, sandbox.publicKeyPem),
  };
}

/** Parameters for a card bind apply, for `card_no` and user `userId`. */
export function bindParams(userId: string, cardNo: string, holder: { id_no?: string; acct_name?: string } = {}) {
  return { user_id: userId, pay_type: 'D', risk_item: RISK_ITEM, card_no: cardNo, ...HOLDER, ...holder } as const;
}

/** Now, as LianLian's `time_stamp` (UTC+8). */
export function timeStamp(offsetMs = 0): string {
  return lianlianTime(new Date(Date.now() + offsetMs));
}
