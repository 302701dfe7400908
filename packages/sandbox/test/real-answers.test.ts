/**
 * Issue 10 §4: the sandbox answers as LianLian's own code shows it does
 * (real-lianlian.ts), not as our spec reads the docs. LianLian's Java SDK says
 * cardBind.query's agreement_list "does not take part in the signature" and
 * types count as an Integer; a client that signs the list (the spec before
 * this issue) fails here with SignatureVerificationError.
 */
import { verify } from '@lianlian-sdk/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_CARDS } from '../src/index.ts';
import { bindParams, OID_PARTNER, startTestEnv, type TestEnv } from './_helpers.ts';

let env: TestEnv;
beforeAll(async () => {
  env = await startTestEnv();
});
afterAll(() => env.sandbox.close());

describe('cardBind.query as LianLian answers it', () => {
  it('signs the card list out of the signature and sends count as a number; the client verifies it', async () => {
    const applied = await env.client.cardBind.apply(bindParams('real-1', TEST_CARDS.icbcDebit));
    const verified = await env.client.cardBind.verify({ user_id: 'real-1', token: applied.token!, verify_code: env.sandbox.smsCode(applied.token!) });

    // The wire, as LianLian sends it.
    const raw = await env.signedRaw('/queryapi/bankcardbindlist.htm', { oid_partner: OID_PARTNER, user_id: 'real-1', offset: '0', pay_type: 'D' });
    expect(raw).toMatchObject({ ret_code: '0000', count: 1 });
    expect(raw).not.toHaveProperty('oid_paybill');
    expect(Array.isArray(raw.agreement_list)).toBe(true);
    const { agreement_list: list, ...rest } = raw;
    expect(await verify(rest, env.sandbox.publicKeyPem)).toBe(true);
    expect(await verify({ ...rest, agreement_list: list }, env.sandbox.publicKeyPem)).toBe(false);

    // The client verifies it and hands the list back apart, unverified.
    const listed = await env.client.cardBind.query({ user_id: 'real-1', offset: '0' });
    expect(listed).toMatchObject({ ret_code: '0000', user_id: 'real-1', count: 1 });
    expect(listed.unverified?.agreement_list?.map((a) => a.no_agree)).toEqual([verified.no_agree]);
  });
});
