import { importPrivateKey, operations, verify, type OperationDef } from '@lianlian-sdk/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allowedFields, signedAnswer } from '../src/answer.ts';
import { generateTestKeyPair } from '../src/keys.ts';
import { apiRoutes } from '../src/routes.ts';
import { HANDLERS } from '../src/handlers/index.ts';
import { TEST_CARDS, TOKEN_TTL_MS } from '../src/index.ts';
import { bindParams, startTestEnv, type TestEnv } from './_helpers.ts';

let clock = Date.now();
let env: TestEnv;
beforeAll(async () => {
  env = await startTestEnv({ now: () => clock });
});
afterAll(() => env.sandbox.close());

const ops = operations as Record<string, OperationDef>;

/** Fails when an answer carries a field the spec does not list for the operation. */
function expectSpecFieldsOnly(opId: string, answer: object): void {
  const op = ops[opId]!;
  const allowed = allowedFields(op, answer as Record<string, unknown>);
  // The client hands fields LianLian leaves unsigned back apart, under `unverified`.
  const { unverified = {}, ...signed } = answer as { unverified?: object };
  expect([...Object.keys(signed), ...Object.keys(unverified)].filter((k) => !allowed.has(k)), opId).toEqual([]);
}

describe('answers', () => {
  it('has a handler for every api operation in the spec', () => {
    const apiOps = Object.values(ops).filter((op) => op.kind === 'api').map((op) => op.id);
    expect(apiOps.filter((id) => !HANDLERS[id])).toEqual([]);
  });

  it('carries only the fields the spec lists for each operation', async () => {
    const applied = await env.client.cardBind.apply(bindParams('shape', TEST_CARDS.icbcDebit));
    expectSpecFieldsOnly('cardBind.apply', applied);
    const verified = await env.client.cardBind.verify({ user_id: 'shape', token: applied.token!, verify_code: env.sandbox.smsCode('shape') });
    expectSpecFieldsOnly('cardBind.verify', verified);
    const listed = await env.client.cardBind.query({ user_id: 'shape', offset: '0' });
    expectSpecFieldsOnly('cardBind.query', listed);
    for (const item of listed.unverified?.agreement_list ?? [])
      expect(Object.keys(item).sort()).toEqual(['bank_code', 'bank_name', 'bind_mobile', 'card_no', 'card_type', 'no_agree']);
    const unbound = await env.client.cardBind.unbind({ user_id: 'shape', no_agree: verified.no_agree! });
    expectSpecFieldsOnly('cardBind.unbind', unbound);
    expect(Object.keys(unbound).sort()).toEqual(['ret_code', 'ret_msg', 'sign', 'sign_type']);
    expectSpecFieldsOnly('cardBin.query', await env.client.cardBin.query({ card_no: TEST_CARDS.ccbCredit }));
  });

  it('leaves unsigned fields out of the signature (MPAY_payment_result_query.md: "not involved in signature")', async () => {
    const keys = generateTestKeyPair();
    const op = ops['mpay.query']!;
    const fields = { no_order: 'O1', dt_order: '20240101120000', oid_paybill: '2024010112345678', money_order: '1.00', result_pay: 'SUCCESS', bank_name: '中国工商银行', card_no: '622202*********0128' };
    const body = await signedAnswer(op, { code: '0000', fields }, '201304121000001004', await importPrivateKey(keys.privateKeyPem));
    expect(body).toMatchObject({ bank_name: '中国工商银行', card_no: '622202*********0128' });
    const { bank_name: _b, card_no: _c, ...signedPart } = body;
    expect(await verify(signedPart, keys.publicKeyPem)).toBe(true);
    expect(await verify(body, keys.publicKeyPem)).toBe(false);
  });

  it('leaves out, on each shared route, exactly the answer fields its operations sign differently', () => {
    const routes = apiRoutes(Object.values(ops));
    const shared = [...routes.values()].filter((r) => r.ops.length > 1);
    // mpay.verifyDirect has its own endpoint (v1/bankcardpay, erratum in mpay.yaml), so bankcardprepay is no longer shared.
    expect(shared.map((r) => r.route).sort()).toEqual(['/queryapi/orderquery.htm', '/wallet/llwalletapi/orderquery.htm']);
    for (const route of shared) {
      const unsignedBy = (name: string) =>
        route.ops.map((op) => [...op.response, ...op.responseGroups.flatMap((g) => g.fields)].find((f) => f.name === name)?.unsigned === true);
      const names = new Set(route.ops.flatMap((op) => [...op.response, ...op.responseGroups.flatMap((g) => g.fields)].map((f) => f.name)));
      for (const name of names) expect(route.contested.has(name), `${route.route} ${name}`).toBe(new Set(unsignedBy(name)).size > 1);
    }
  });

  it('expires a token after 30 minutes (1000)', async () => {
    const { token } = await env.client.cardBind.apply(bindParams('late', TEST_CARDS.icbcDebit));
    const code = env.sandbox.smsCode(token!);
    clock += TOKEN_TTL_MS + 1;
    try {
      await expect(env.client.cardBind.verify({ user_id: 'late', token: token!, verify_code: code })).rejects.toMatchObject({ code: '1000', retMsg: '支付授权令牌失效或错误' });
    } finally {
      clock = Date.now();
    }
  });
});
