/**
 * Child process for transport-limits.test.ts (run as JS transpiled by the test): makes one client call to the URL in argv[2] with the timeout in
 * argv[3] and prints one JSON line: how the call ended, how long it took and the process's peak RSS. A separate
 * process so the peak RSS is this call's alone, not vitest's. Keys are TEST-ONLY, made here.
 */
import { generateKeyPairSync } from 'node:crypto';
import { LianLianCore } from '../../runtime/5-client/client-core.ts';
import { TEST_OP } from './_transport-op.ts';

const [url = '', timeout = '10000'] = process.argv.slice(2);
const key = () => generateKeyPairSync('rsa', { modulusLength: 2048, privateKeyEncoding: { type: 'pkcs8', format: 'pem' }, publicKeyEncoding: { type: 'spki', format: 'pem' } });
const core = new LianLianCore({ oidPartner: '201304121000001004', privateKey: key().privateKey, lianlianPublicKey: key().publicKey, baseUrl: url, timeout: Number(timeout) });
const rssBeforeKb = process.resourceUsage().maxRSS;
const start = performance.now();
const error = await core.request(TEST_OP, { user_id: 'u1', offset: '0' }).then(() => undefined, (e: unknown) => e as Error);
const elapsedMs = Math.round(performance.now() - start);
console.log(JSON.stringify({ name: error?.name, message: error?.message, elapsedMs, rssBeforeKb, maxRssKb: process.resourceUsage().maxRSS }));
