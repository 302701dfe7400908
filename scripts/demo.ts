// The main job, end to end: the clients were just regenerated and built; start the
// local LianLian sandbox and walk a card-bind flow through @lianlian-sdk/node,
// printing each step. Personal data is printed redacted, as an SDK user's logs should be.
import { generateKeyPairSync } from 'node:crypto';
import { LianLian, LianLianError, redact } from '@lianlian-sdk/node';
import { startSandbox } from '@lianlian-sdk/sandbox';

const OID = '201304121000001004';

function step(n: number, title: string, data: Record<string, unknown>): void {
  console.log(`${n}. ${title}`);
  console.log(`   ${JSON.stringify(redact(data))}`);
}

const sandbox = await startSandbox();
try {
  // TEST-ONLY merchant keys, made fresh for this run.
  const merchant = generateKeyPairSync('rsa', {
    modulusLength: 2048,
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
    publicKeyEncoding: { type: 'spki', format: 'pem' },
  });
  sandbox.registerMerchant(OID, merchant.publicKey);
  console.log(`sandbox listening on ${sandbox.url}; merchant ${OID} registered with a test-only key\n`);

  const ll = new LianLian({ oidPartner: OID, privateKey: merchant.privateKey, lianlianPublicKey: sandbox.publicKeyPem, baseUrl: sandbox.url });
  const userId = `demo-user-${Date.now()}`;
  const card = { id_type: '0', id_no: '330401198001014616', acct_name: '张三', card_no: '6222021234567890128', bind_mob: '13958069593' } as const;

  const applied = await ll.cardBind.apply({
    user_id: userId,
    pay_type: 'D',
    risk_item: { frms_ware_category: '1009', user_info_mercht_userno: userId, user_info_dt_register: '20220101120000' },
    ...card,
  });
  step(1, 'cardBind.apply: LianLian texts an SMS code to the card holder', applied);

  const code = sandbox.smsCode(userId);
  if (!code) throw new Error('sandbox sent no SMS code');
  step(2, 'SMS code read from the sandbox (the holder\'s phone)', { verify_code: code });

  const verified = await ll.cardBind.verify({ user_id: userId, token: applied.token!, verify_code: code });
  step(3, 'cardBind.verify: the card is bound; no_agree stands in for it from now on', verified);

  const listed = await ll.cardBind.query({ user_id: userId, offset: '0' });
  step(4, 'cardBind.query: the user\'s bound cards', listed);

  const unbound = await ll.cardBind.unbind({ user_id: userId, no_agree: verified.no_agree! });
  step(5, 'cardBind.unbind', unbound);

  try {
    await ll.cardBind.query({ user_id: userId, offset: '0' });
    throw new Error('query after unbind should have failed');
  } catch (err) {
    if (!(err instanceof LianLianError)) throw err;
    step(6, `cardBind.query after unbind: LianLianError ${err.code}, as expected`, { ret_code: err.code, ret_msg: err.retMsg, signed: err.signed });
  }
  console.log('\ndemo: card-bind flow complete; every answer was signature-verified');
} finally {
  await sandbox.close();
}
