import { operations, type OperationDef } from '@lianlian-sdk/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allowedFields } from '../src/answer.ts';
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
  expect(Object.keys(answer).filter((k) => !allowed.has(k)), opId).toEqual([]);
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
    for (const item of listed.agreement_list ?? [])
      expect(Object.keys(item).sort()).toEqual(['bank_code', 'bank_name', 'bind_mobile', 'card_no', 'card_type', 'no_agree']);
    const unbound = await env.client.cardBind.unbind({ user_id: 'shape', no_agree: verified.no_agree! });
    expectSpecFieldsOnly('cardBind.unbind', unbound);
    expect(Object.keys(unbound).sort()).toEqual(['ret_code', 'ret_msg', 'sign', 'sign_type']);
    expectSpecFieldsOnly('cardBin.query', await env.client.cardBin.query({ card_no: TEST_CARDS.ccbCredit }));
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
