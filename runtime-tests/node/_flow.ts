import { generateKeyPairSync } from 'node:crypto';
import type { Sandbox } from '@lianlian-sdk/sandbox';
import { expect } from 'vitest';

/** TEST-ONLY merchant key pair, made fresh for each run; never a real key. */
export function testMerchantKeys(): { privateKey: string; publicKey: string } {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', {
    modulusLength: 2048,
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
    publicKeyEncoding: { type: 'spki', format: 'pem' },
  });
  return { privateKey, publicKey };
}

/** The part of the client surface the card-bind flow uses; web, node and deno expose the same. */
export interface CardBindClient {
  cardBind: {
    apply(p: Record<string, unknown>): Promise<Record<string, unknown>>;
    verify(p: Record<string, unknown>): Promise<Record<string, unknown>>;
    query(p: Record<string, unknown>): Promise<Record<string, unknown>>;
    unbind(p: Record<string, unknown>): Promise<Record<string, unknown>>;
  };
}

/** apply → SMS code → verify → query → unbind → query, asserting each verified answer. */
export async function cardBindFlow(ll: CardBindClient, sandbox: Sandbox, userId: string, isLianLianError: (e: unknown, code: string) => boolean): Promise<void> {
  const applied = await ll.cardBind.apply({
    user_id: userId,
    pay_type: 'D',
    risk_item: { frms_ware_category: '1009', user_info_mercht_userno: userId, user_info_dt_register: '20220101120000' },
    id_type: '0',
    id_no: '330401198001014616',
    acct_name: '张三',
    card_no: '6222021234567890128',
    bind_mob: '13958069593',
  });
  expect(applied.ret_code).toBe('0000');
  expect(typeof applied.token).toBe('string');

  const code = sandbox.smsCode(userId);
  expect(code).toMatch(/^\d{6}$/);
  const verified = await ll.cardBind.verify({ user_id: userId, token: applied.token, verify_code: code });
  expect(verified.ret_code).toBe('0000');
  expect(verified.card_no).toBe('0128');
  const noAgree = verified.no_agree as string;
  expect(noAgree).toMatch(/^\d{16}$/);

  const listed = await ll.cardBind.query({ user_id: userId, offset: '0' });
  expect(listed.count).toBe(1);
  expect((listed.unverified?.agreement_list as { no_agree: string }[]).map((a) => a.no_agree)).toEqual([noAgree]);

  const unbound = await ll.cardBind.unbind({ user_id: userId, no_agree: noAgree });
  expect(unbound.ret_code).toBe('0000');
  const after = await ll.cardBind.query({ user_id: userId, offset: '0' }).catch((e: unknown) => e);
  expect(isLianLianError(after, '3007')).toBe(true);
}
