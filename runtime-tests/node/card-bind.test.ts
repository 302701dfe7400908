import * as node from '@lianlian-sdk/node';
import { startSandbox, type Sandbox } from '@lianlian-sdk/sandbox';
import * as web from '@lianlian-sdk/web';
import { nodeCryptoProvider } from '@lianlian-sdk/web/node-crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardBindFlow, testMerchantKeys } from './_flow.ts';

const OID = '201304121000001004';
let sandbox: Sandbox;
const keys = testMerchantKeys();

beforeAll(async () => {
  sandbox = await startSandbox();
  sandbox.registerMerchant(OID, keys.publicKey);
});
afterAll(() => sandbox.close());

describe.each([
  ['@lianlian-sdk/node', node],
  ['@lianlian-sdk/web', web],
] as const)('%s against the sandbox over real HTTP', (name, sdk) => {
  const client = () => new sdk.LianLian({ oidPartner: OID, privateKey: keys.privateKey, lianlianPublicKey: sandbox.publicKeyPem, baseUrl: sandbox.url });
  const isLianLianError = (e: unknown, code: string) => e instanceof sdk.LianLianError && e.code === code;

  it('walks the card-bind flow: apply → SMS → verify → query → unbind', async () => {
    await cardBindFlow(client(), sandbox, `${name}-flow`, isLianLianError);
  });

  it('walks it with SHA256withRSA where the operation allows it', async () => {
    const ll = new sdk.LianLian({ oidPartner: OID, privateKey: keys.privateKey, lianlianPublicKey: sandbox.publicKeyPem, baseUrl: sandbox.url, signType: 'SHA256withRSA' });
    await cardBindFlow(ll, sandbox, `${name}-sha256`, isLianLianError);
  });

  it('binds through MPAY with an encrypted pay_load (success code 8888)', async () => {
    const ll = client();
    const userId = `${name}-mpay`;
    const applied = await ll.mpay.cardBindApply({
      user_id: userId,
      pay_type: 'P',
      risk_item: '{"frms_ware_category":"1009","user_info_mercht_userno":"u"}',
      id_type: '0',
      id_no: '330401198001014616',
      acct_name: '李四',
      card_no: '6222021234567890128',
      bind_mob: '18667341234',
      no_order: `${Date.now()}`,
      dt_order: web.lianlianTime(),
    });
    expect(applied.ret_code).toBe('8888');
    const verified = await ll.mpay.cardBindVerify({ user_id: userId, token: applied.token!, verify_code: sandbox.smsCode(userId)! });
    expect(verified.no_agree).toMatch(/^\d{16}$/);
  });

  it('surfaces a wrong SMS code as LianLianError 1900', async () => {
    const ll = client();
    const userId = `${name}-wrong-sms`;
    const applied = await ll.cardBind.apply({
      user_id: userId, pay_type: 'D', risk_item: { frms_ware_category: '1009' }, id_type: '0',
      id_no: '330401198001014616', acct_name: '王五', card_no: '6222021234567890128', bind_mob: '13958069593',
    });
    const wrong = sandbox.smsCode(userId) === '000000' ? '111111' : '000000';
    const err = await ll.cardBind.verify({ user_id: userId, token: applied.token!, verify_code: wrong }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(sdk.LianLianError);
    expect((err as web.LianLianError).code).toBe('1900');
    expect((err as web.LianLianError).signed).toBe(true);
    // ret_code descriptions: on by default in the node package, opt-in in the web package (bundle size).
    expect((err as web.LianLianError).description).toBe(sdk === node ? 'The SMS code is wrong.' : undefined);
    expect(web.describeReturnCode('1900')?.msg).toBe('短信码校验错误');
    expect((err as Error).message).not.toContain(wrong);

    const described = new sdk.LianLian({ oidPartner: OID, privateKey: keys.privateKey, lianlianPublicKey: sandbox.publicKeyPem, baseUrl: sandbox.url, describeReturnCode: sdk.describeReturnCode });
    const again = await described.cardBind.verify({ user_id: userId, token: applied.token!, verify_code: wrong }).catch((e: unknown) => e);
    expect((again as web.LianLianError).description).toBe('The SMS code is wrong.');
  });

  it('rejects bad input before anything is sent', async () => {
    const err = await client().cardBind.query({ user_id: 'u1', offset: '0', card_no: 'x'.repeat(40), extra: 1 } as never).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(sdk.ValidationError);
    expect((err as web.ValidationError).field).toBe('extra');
  });

  it('checks a card BIN', async () => {
    const bin = await client().cardBin.query({ card_no: '6222021234567890128' });
    expect(bin).toMatchObject({ ret_code: '0000', card_no: '0128', card_type: '2' });
  });
});

describe('@lianlian-sdk/web with the node:crypto opt-in', () => {
  it('walks the card-bind flow with nodeCryptoProvider, pay_load included', async () => {
    const ll = new web.LianLian({ oidPartner: OID, privateKey: keys.privateKey, lianlianPublicKey: sandbox.publicKeyPem, baseUrl: sandbox.url, crypto: nodeCryptoProvider });
    await cardBindFlow(ll, sandbox, 'web-node-crypto', (e, code) => e instanceof web.LianLianError && e.code === code);
    const applied = await ll.mpay.cardBindApply({
      user_id: 'web-node-crypto-mpay', pay_type: 'P', risk_item: { frms_ware_category: '1009' }, id_type: '0',
      id_no: '330401198001014616', acct_name: '李四', card_no: '6222021234567890128', bind_mob: '18667341234',
    });
    expect(applied.ret_code).toBe('8888');
  });
});
