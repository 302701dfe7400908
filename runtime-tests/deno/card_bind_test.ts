// Runs the deno package under `deno test` against the sandbox (a Node process) over real HTTP.
import { LianLian, LianLianError, lianlianTime } from '../../packages/deno/mod.ts';

const OID = '201304121000001004';

function assert(cond: unknown, message: string): asserts cond {
  if (!cond) throw new Error(message);
}

function pem(label: string, der: ArrayBuffer): string {
  const b64 = btoa(String.fromCharCode(...new Uint8Array(der)));
  return `-----BEGIN ${label}-----\n${b64.match(/.{1,64}/g)!.join('\n')}\n-----END ${label}-----\n`;
}

/** TEST-ONLY merchant key pair, made fresh for each run with Deno's WebCrypto. */
async function testMerchantKeys(): Promise<{ privateKey: string; publicKey: string }> {
  const pair = await crypto.subtle.generateKey(
    { name: 'RSASSA-PKCS1-v1_5', modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' },
    true,
    ['sign', 'verify'],
  );
  return {
    privateKey: pem('PRIVATE KEY', await crypto.subtle.exportKey('pkcs8', pair.privateKey)),
    publicKey: pem('PUBLIC KEY', await crypto.subtle.exportKey('spki', pair.publicKey)),
  };
}

async function withSandbox(fn: (url: string) => Promise<void>): Promise<void> {
  const cli = new URL('../../packages/sandbox/dist/cli.js', import.meta.url).pathname;
  const child = new Deno.Command('node', { args: [cli, '--port', '0'], stdout: 'piped', stderr: 'inherit' }).spawn();
  const reader = child.stdout.pipeThrough(new TextDecoderStream()).getReader();
  let out = '';
  while (!out.includes('\n')) {
    const { value, done } = await reader.read();
    if (done) throw new Error('sandbox exited before listening');
    out += value;
  }
  const url = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out)?.[1];
  assert(url, `unexpected sandbox banner: ${out}`);
  try {
    await fn(url);
  } finally {
    child.kill('SIGTERM');
    await reader.cancel();
    await child.status;
  }
}

Deno.test('card-bind flow through @lianlian-sdk/deno against the sandbox', async () => {
  await withSandbox(async (url) => {
    const keys = await testMerchantKeys();
    const lianlianPublicKey = await (await fetch(`${url}/_sandbox/public-key`)).text();
    const reg = await fetch(`${url}/_sandbox/merchants`, { method: 'POST', body: JSON.stringify({ oid_partner: OID, public_key: keys.publicKey }) });
    assert(reg.ok, `merchant registration failed: ${reg.status}`);
    await reg.body?.cancel();
    const ll = new LianLian({ oidPartner: OID, privateKey: keys.privateKey, lianlianPublicKey, baseUrl: url });
    const sms = async (userId: string) => ((await (await fetch(`${url}/_sandbox/sms?user_id=${userId}`)).json()) as { verify_code: string }).verify_code;

    const userId = `deno-${lianlianTime()}`;
    const applied = await ll.cardBind.apply({
      user_id: userId, pay_type: 'D', risk_item: { frms_ware_category: '1009' }, id_type: '0',
      id_no: '330401198001014616', acct_name: '张三', card_no: '6222021234567890128', bind_mob: '13958069593',
    });
    assert(applied.ret_code === '0000' && applied.token, 'apply');
    const verified = await ll.cardBind.verify({ user_id: userId, token: applied.token, verify_code: await sms(userId) });
    assert(/^\d{16}$/.test(verified.no_agree ?? ''), 'verify gives a no_agree');
    const listed = await ll.cardBind.query({ user_id: userId, offset: '0' });
    assert(listed.count === 1, `query count ${listed.count}`);
    await ll.cardBind.unbind({ user_id: userId, no_agree: verified.no_agree! });
    const after = await ll.cardBind.query({ user_id: userId, offset: '0' }).catch((e: unknown) => e);
    assert(after instanceof LianLianError && after.code === '3007', 'query after unbind is 3007');

    const mpayUser = `${userId}-mpay`;
    const mpay = await ll.mpay.cardBindApply({
      user_id: mpayUser, pay_type: 'P', risk_item: { frms_ware_category: '1009' }, id_type: '0',
      id_no: '330401198001014616', acct_name: '李四', card_no: '6222021234567890128', bind_mob: '18667341234',
    });
    assert(mpay.ret_code === '8888', 'mpay apply (pay_load) answers 8888');
    const mpayVerified = await ll.mpay.cardBindVerify({ user_id: mpayUser, token: mpay.token!, verify_code: await sms(mpayUser) });
    assert(/^\d{16}$/.test(mpayVerified.no_agree ?? ''), 'mpay verify gives a no_agree');
  });
});
