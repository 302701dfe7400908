// The signed card-bind round trip every release app runs against the sandbox CLI,
// with web APIs only (fetch, WebCrypto), so the same file runs in Node (ESM and
// CommonJS), workerd and Deno. `sdk` and `admin` are the app's own imports of the
// published packages: the client and @lianlian-sdk/sandbox/admin.
const OID = '201304121000001004';
const CARD = { id_type: '0', id_no: '330401198001014616', acct_name: '张三', card_no: '6222021234567890128', bind_mob: '13958069593' };

function check(cond, message) {
  if (!cond) throw new Error(message);
}

function pem(label, der) {
  const b64 = btoa(String.fromCharCode(...new Uint8Array(der)));
  return `-----BEGIN ${label}-----\n${b64.match(/.{1,64}/g).join('\n')}\n-----END ${label}-----\n`;
}

/** TEST-ONLY merchant key pair, made fresh for each run. */
async function testMerchantKeys() {
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

/**
 * Registers a fresh merchant key with the sandbox (its admin client), then binds a card
 * (apply → SMS code → verify), lists it, unbinds it and checks the signed 3007 answer.
 * Resolves to a one-line summary; throws on any step that does not hold.
 */
export async function cardBindRoundTrip(sdk, admin, sandboxUrl, tag) {
  const { LianLian, LianLianError } = sdk;
  const sandbox = admin.createSandboxAdmin(sandboxUrl);
  const keys = await testMerchantKeys();
  const lianlianPublicKey = await sandbox.publicKey();
  await sandbox.registerMerchant(OID, keys.publicKey);
  const ll = new LianLian({ oidPartner: OID, privateKey: keys.privateKey, lianlianPublicKey, baseUrl: sandboxUrl });
  const sms = (userId) => sandbox.smsCode({ userId });

  const userId = `${tag}-${Date.now()}`;
  const applied = await ll.cardBind.apply({ user_id: userId, pay_type: 'D', risk_item: { frms_ware_category: '1009' }, ...CARD });
  check(applied.ret_code === '0000' && applied.token, `apply answered ${applied.ret_code}`);
  const verified = await ll.cardBind.verify({ user_id: userId, token: applied.token, verify_code: await sms(userId) });
  check(/^\d{16}$/.test(verified.no_agree ?? ''), 'verify gave no no_agree');
  const listed = await ll.cardBind.query({ user_id: userId, offset: '0' });
  check(listed.count === 1, `query count ${listed.count}`);
  await ll.cardBind.unbind({ user_id: userId, no_agree: verified.no_agree });
  const after = await ll.cardBind.query({ user_id: userId, offset: '0' }).catch((e) => e);
  check(after instanceof LianLianError && after.code === '3007', `query after unbind: ${after?.code ?? after}`);
  return `apply → verify (no_agree ${verified.no_agree.slice(0, 4)}…) → query (1 card) → unbind → signed 3007`;
}
