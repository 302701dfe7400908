/**
 * One valid call per api operation, through the LianLian client: whatever
 * the operation needs first (a bound card, a paid order, a hold) is set up
 * through the client too. operations.test.ts runs them all.
 */
import { lianlianTime } from '@lianlian-sdk/node';
import { TEST_CARDS } from '../src/index.ts';
import {
  adminPay,
  aggregateParams,
  easypayParams,
  exchangeParams,
  instantParams,
  mpayDirectParams,
  NOTIFY_URL,
  orderNo,
  paidEasypay,
  paidOnlineBanking,
  unifiedParams,
} from './_flows.ts';
import { bindParams, type TestEnv } from './_helpers.ts';

/** Makes one valid call and returns the verified answer. */
export type Call = (env: TestEnv, user: string) => Promise<object>;

async function boundCard(env: TestEnv, user: string) {
  const applied = await env.client.cardBind.apply(bindParams(user, TEST_CARDS.icbcDebit));
  return env.client.cardBind.verify({ user_id: user, token: applied.token!, verify_code: env.sandbox.smsCode(applied.token!) });
}

async function heldPreauth(env: TestEnv, user: string) {
  const { params, verified } = await paidEasypay(env, user, 'F');
  return { user_id: user, pay_type: 'F', money_order: params.money_order, no_order: params.no_order, dt_order: params.dt_order, oid_paybill: verified.oid_paybill! } as const;
}

async function appliedMpay(env: TestEnv, user: string) {
  const params = mpayDirectParams(user);
  const applied = await env.client.mpay.applyDirect(params);
  return { params, applied };
}

async function paidMpay(env: TestEnv, user: string) {
  const { params, applied } = await appliedMpay(env, user);
  const verified = await env.client.mpay.verifyDirect({ no_order: params.no_order, token: applied.token!, money_order: params.money_order, verify_code: env.sandbox.smsCode(applied.token!) });
  return { params, verified };
}

async function paidExchange(env: TestEnv, user: string) {
  const params = exchangeParams(user);
  const applied = await env.client.exchangePayment.apply(params);
  const verified = await env.client.exchangePayment.verify({ user_id: user, token: applied.token!, verify_code: env.sandbox.smsCode(applied.token!), no_order: params.no_order });
  return { params, verified };
}

async function refunded(env: TestEnv, user: string) {
  const { params } = await paidEasypay(env, user);
  return env.client.refund.apply({ no_refund: orderNo('RF'), dt_refund: lianlianTime(), money_refund: '1.00', no_order: params.no_order, dt_order: params.dt_order, notify_url: NOTIFY_URL });
}

/** The valid call of every api operation, by id. */
export const CALLS: Readonly<Record<string, Call>> = {
  'aggregate.apply': (env, user) => env.client.aggregate.apply(aggregateParams(user)),
  'aggregate.query': async (env, user) => {
    const params = aggregateParams(user);
    await env.client.aggregate.apply(params);
    await adminPay(env, params.no_order);
    return env.client.aggregate.query({ no_order: params.no_order, dt_order: params.dt_order, query_version: '1.1' });
  },
  'cardBin.query': (env) => env.client.cardBin.query({ card_no: TEST_CARDS.ccbCredit }),
  'cardBind.apply': (env, user) => env.client.cardBind.apply(bindParams(user, TEST_CARDS.icbcDebit)),
  'cardBind.verify': boundCard,
  'cardBind.unbind': async (env, user) => env.client.cardBind.unbind({ user_id: user, no_agree: (await boundCard(env, user)).no_agree! }),
  'cardBind.query': async (env, user) => {
    await boundCard(env, user);
    return env.client.cardBind.query({ user_id: user, offset: '0' });
  },
  'easypay.apply': (env, user) => env.client.easypay.apply(easypayParams(user)),
  'easypay.verify': async (env, user) => (await paidEasypay(env, user)).verified,
  'easypay.query': async (env, user) => {
    const { params } = await paidEasypay(env, user);
    return env.client.easypay.query({ no_order: params.no_order, dt_order: params.dt_order, query_version: '1.1' });
  },
  'easypay.preauthCapture': async (env, user) => env.client.easypay.preauthCapture(await heldPreauth(env, user)),
  'easypay.preauthCancel': async (env, user) => env.client.easypay.preauthCancel(await heldPreauth(env, user)),
  'easypay.preauthQuery': async (env, user) => {
    const { user_id: _u, money_order: _m, ...keys } = await heldPreauth(env, user);
    return env.client.easypay.preauthQuery(keys);
  },
  'exchangePayment.apply': (env, user) => env.client.exchangePayment.apply(exchangeParams(user)),
  'exchangePayment.verify': async (env, user) => (await paidExchange(env, user)).verified,
  'exchangePayment.query': async (env, user) => {
    const { params, verified } = await paidExchange(env, user);
    return env.client.exchangePayment.query({ no_order: params.no_order, oid_paybill: verified.oid_paybill! });
  },
  'instantPayment.apply': (env) => env.client.instantPayment.apply(instantParams()),
  'instantPayment.confirm': async (env) => {
    // A second transfer to the same account within 24h asks for confirmation (4002).
    await env.client.instantPayment.apply(instantParams('1.00', TEST_CARDS.icbcDebit));
    const second = instantParams('2.00', TEST_CARDS.icbcDebit);
    const check = await env.client.instantPayment.apply(second);
    return env.client.instantPayment.confirm({ no_order: second.no_order, confirm_code: check.confirm_code!, notify_url: NOTIFY_URL });
  },
  'instantPayment.query': async (env) => {
    const params = instantParams();
    await env.client.instantPayment.apply(params);
    return env.client.instantPayment.query({ no_order: params.no_order });
  },
  'instantPayment.balance': (env) => env.client.instantPayment.balance({}),
  'mpay.cardBindApply': (env, user) =>
    env.client.mpay.cardBindApply({ ...bindParams(user, TEST_CARDS.ccbDebit), pay_type: '2', no_order: orderNo('MB'), dt_order: lianlianTime() }),
  'mpay.cardBindVerify': async (env, user) => {
    const applied = await env.client.mpay.cardBindApply({ ...bindParams(user, TEST_CARDS.ccbDebit), pay_type: '2' });
    return env.client.mpay.cardBindVerify({ user_id: user, token: applied.token!, verify_code: env.sandbox.smsCode(applied.token!) });
  },
  'mpay.applyDirect': async (env, user) => (await appliedMpay(env, user)).applied,
  'mpay.verifyDirect': async (env, user) => (await paidMpay(env, user)).verified,
  'mpay.query': async (env, user) => {
    const { params } = await paidMpay(env, user);
    return env.client.mpay.query({ no_order: params.no_order, dt_order: params.dt_order });
  },
  'onlineBanking.query': async (env, user) => {
    const { params } = await paidOnlineBanking(env, user);
    return env.client.onlineBanking.query({ no_order: params.no_order });
  },
  'refund.apply': (env, user) => refunded(env, user),
  'refund.query': async (env, user) => {
    const refund = await refunded(env, user);
    return env.client.refund.query({ no_refund: refund.no_refund, dt_refund: refund.dt_refund });
  },
  'unified.createBill': (env, user) => env.client.unified.createBill(unifiedParams(user)),
};
