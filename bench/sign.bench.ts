/**
 * Sign and verify throughput for LianLian's two sign types, MD5withRSA
 * (`sign_type` RSA) and SHA256withRSA, at 1024 and 2048 bits, with five
 * peers in one run over the same signature source:
 *
 *   web        sign()/verify() from @lianlian-sdk/web with webCryptoProvider
 *              (BigInt MD5withRSA, WebCrypto SHA256withRSA), pre-imported key handles
 *   node       sign()/verify() from @lianlian-sdk/node with nodeCryptoProvider
 *   node:crypto crypto.sign / crypto.verify on pre-made KeyObjects and pre-encoded bytes: the limit
 *   node-forge  pure JS (jsbn)
 *   jsrsasign   pure JS (jsbn)
 *
 * The two SDK peers do what an SDK caller pays for on every call: build the
 * signature source from the params, UTF-8 encode it, sign, base64 the result
 * (verify: the reverse). node:crypto gets the encoded bytes ready-made, forge
 * and jsrsasign get the source string and return their native encodings.
 *
 * Keys are generated at run time and are test-only.
 *
 * Run: pnpm generate && pnpm build && pnpm --filter @lianlian-sdk/bench bench:sign
 */
import { createPrivateKey, createPublicKey, generateKeyPairSync, sign as cryptoSign, verify as cryptoVerify } from 'node:crypto';
import * as web from '@lianlian-sdk/web';
import * as nodeSdk from '@lianlian-sdk/node';
import forge from 'node-forge';
import jsrsasign from 'jsrsasign';
import { ROUNDS, SLICE_MS, WARMUP_MS, fmtMs, fmtOps, load, machine, runCase, timeRatio, type Peer, type Result } from './_harness.ts';

const { KEYUTIL, KJUR } = jsrsasign;

type SignType = 'RSA' | 'SHA256withRSA';
const ALG: Record<SignType, { node: 'md5' | 'sha256'; label: string; jsrsasign: string }> = {
  RSA: { node: 'md5', label: 'MD5withRSA', jsrsasign: 'MD5withRSA' },
  SHA256withRSA: { node: 'sha256', label: 'SHA256withRSA', jsrsasign: 'SHA256withRSA' },
};
const PEERS = ['web', 'node', 'node:crypto', 'node-forge', 'jsrsasign'] as const;
type PeerName = (typeof PEERS)[number];

/** A realistic card-bind apply request (12 fields, Chinese name, JSON risk_item), as the SDK sends it. */
function requestParams(signType: SignType): Record<string, unknown> {
  return {
    oid_partner: '201304121000001004',
    api_version: '1.0',
    sign_type: signType,
    time_stamp: '20240611153012',
    user_id: 'bench-user-20240611-0001',
    pay_type: 'D',
    card_no: '6222021234567890128',
    acct_name: '张三',
    bind_mob: '13958069593',
    id_type: '0',
    id_no: '330401198001014616',
    risk_item: JSON.stringify({ frms_ware_category: '1009', user_info_mercht_userno: 'bench-user-20240611-0001', user_info_dt_register: '20220101120000' }),
  };
}

interface Case {
  readonly signType: SignType;
  readonly bits: number;
  readonly signers: Record<PeerName, Peer>;
  readonly verifiers: Record<PeerName, Peer>;
}

async function makeCase(signType: SignType, bits: number): Promise<Case> {
  // TEST-ONLY keys, made for this run.
  const pair = generateKeyPairSync('rsa', {
    modulusLength: bits,
    publicExponent: 65537,
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
    publicKeyEncoding: { type: 'spki', format: 'pem' },
  });
  const alg = ALG[signType];
  const params = requestParams(signType);
  const source = web.signatureSource(params);
  if (nodeSdk.signatureSource(params) !== source) throw new Error('web and node packages disagree on the signature source');
  const data = Buffer.from(source, 'utf8');

  const webKey = await web.importPrivateKey(pair.privateKey);
  const webPub = await web.importPublicKey(pair.publicKey);
  const nodeKey = await nodeSdk.importPrivateKey(pair.privateKey);
  const nodePub = await nodeSdk.importPublicKey(pair.publicKey);
  const keyObject = createPrivateKey(pair.privateKey);
  const pubObject = createPublicKey(pair.publicKey);
  const forgeKey = forge.pki.privateKeyFromPem(pair.privateKey);
  const forgePub = forge.pki.publicKeyFromPem(pair.publicKey);
  const jsrKey = KEYUTIL.getKey(pair.privateKey);
  const jsrPub = KEYUTIL.getKey(pair.publicKey);

  const forgeDigest = () => {
    const md = signType === 'RSA' ? forge.md.md5.create() : forge.md.sha256.create();
    md.update(source, 'utf8');
    return md;
  };

  const signers: Record<PeerName, Peer> = {
    web: { name: 'web', async: true, op: () => web.sign(params, webKey, signType, web.webCryptoProvider) },
    node: { name: 'node', async: true, op: () => nodeSdk.sign(params, nodeKey, signType, nodeSdk.nodeCryptoProvider) },
    'node:crypto': { name: 'node:crypto', async: false, op: () => cryptoSign(alg.node, data, keyObject) },
    'node-forge': { name: 'node-forge', async: false, op: () => forgeKey.sign(forgeDigest()) },
    jsrsasign: {
      name: 'jsrsasign',
      async: false,
      op: () => {
        const s = new KJUR.crypto.Signature({ alg: alg.jsrsasign });
        s.init(jsrKey);
        s.updateString(source);
        return s.sign();
      },
    },
  };

  // One signature per signer, as bytes: PKCS#1 v1.5 is deterministic, so all must agree byte for byte.
  const asBytes: Record<PeerName, (out: unknown) => Buffer> = {
    web: (o) => Buffer.from(o as string, 'base64'),
    node: (o) => Buffer.from(o as string, 'base64'),
    'node:crypto': (o) => o as Buffer,
    'node-forge': (o) => Buffer.from(o as string, 'binary'),
    jsrsasign: (o) => Buffer.from(o as string, 'hex'),
  };
  const sigs = {} as Record<PeerName, Buffer>;
  for (const p of PEERS) sigs[p] = asBytes[p](await signers[p].op());
  for (const p of PEERS) {
    if (!sigs[p].equals(sigs['node:crypto'])) throw new Error(`sanity: ${p}'s ${alg.label}-${bits} signature differs from node:crypto's`);
  }
  const sig = sigs['node:crypto'];
  const signed = { ...params, sign: sig.toString('base64') };
  const sigBinary = sig.toString('binary');
  const sigHex = sig.toString('hex');

  const verifyWith = (p: PeerName, s: Buffer, src: string): Promise<boolean> | boolean => {
    const srcParams = src === source ? params : { ...params, user_id: 'tampered' };
    const withSig = { ...srcParams, sign: s.toString('base64') };
    switch (p) {
      case 'web':
        return web.verify(withSig, webPub, web.webCryptoProvider);
      case 'node':
        return nodeSdk.verify(withSig, nodePub, nodeSdk.nodeCryptoProvider);
      case 'node:crypto':
        return cryptoVerify(alg.node, Buffer.from(src, 'utf8'), pubObject, s);
      case 'node-forge': {
        const md = signType === 'RSA' ? forge.md.md5.create() : forge.md.sha256.create();
        md.update(src, 'utf8');
        try {
          return forgePub.verify(md.digest().bytes(), s.toString('binary'));
        } catch {
          return false; // forge throws on a bad padding block instead of answering false
        }
      }
      case 'jsrsasign': {
        const v = new KJUR.crypto.Signature({ alg: alg.jsrsasign });
        v.init(jsrPub);
        v.updateString(src);
        return v.verify(s.toString('hex'));
      }
    }
  };
  // Sanity: every verifier accepts every signer's signature, and rejects a flipped bit and a changed field.
  const tamperedSource = web.signatureSource({ ...params, user_id: 'tampered' });
  const flipped = Buffer.from(sig);
  flipped[flipped.length - 1]! ^= 1;
  for (const v of PEERS) {
    for (const s of PEERS) {
      if ((await verifyWith(v, sigs[s], source)) !== true) throw new Error(`sanity: ${v} rejects ${s}'s ${alg.label}-${bits} signature`);
    }
    if ((await verifyWith(v, flipped, source)) !== false) throw new Error(`sanity: ${v} accepts a flipped ${alg.label}-${bits} signature`);
    if ((await verifyWith(v, sig, tamperedSource)) !== false) throw new Error(`sanity: ${v} accepts a ${alg.label}-${bits} signature over changed fields`);
  }

  const verifiers: Record<PeerName, Peer> = {
    web: { name: 'web', async: true, op: () => web.verify(signed, webPub, web.webCryptoProvider) },
    node: { name: 'node', async: true, op: () => nodeSdk.verify(signed, nodePub, nodeSdk.nodeCryptoProvider) },
    'node:crypto': { name: 'node:crypto', async: false, op: () => cryptoVerify(alg.node, data, pubObject, sig) },
    'node-forge': { name: 'node-forge', async: false, op: () => forgePub.verify(forgeDigest().digest().bytes(), sigBinary) },
    jsrsasign: {
      name: 'jsrsasign',
      async: false,
      op: () => {
        const v = new KJUR.crypto.Signature({ alg: alg.jsrsasign });
        v.init(jsrPub);
        v.updateString(source);
        return v.verify(sigHex);
      },
    },
  };
  // The timed verify ops must answer true, not merely run.
  for (const p of PEERS) if ((await verifiers[p].op()) !== true) throw new Error(`sanity: timed ${p} verify of ${alg.label}-${bits} is not true`);
  return { signType, bits, signers, verifiers };
}

interface Row {
  readonly op: 'sign' | 'verify';
  readonly signType: SignType;
  readonly bits: number;
  readonly results: Result[];
}

const started = performance.now();
console.log(`# LianLian signing benchmark\n`);
console.log(`machine: ${machine()}`);
console.log(`load average at start (1/5/15 min): ${load()}`);
console.log(
  `harness: ${ROUNDS} interleaved rounds × ${SLICE_MS} ms per peer after ${WARMUP_MS} ms warm-up; ops/s = median of rounds; ratio = median of per-round ratios; spread = ±half of (max − min) / median\n`,
);

const cases: Case[] = [];
for (const signType of ['RSA', 'SHA256withRSA'] as const) {
  for (const bits of [1024, 2048]) cases.push(await makeCase(signType, bits));
}
console.log(`sanity: for each of the 4 cases, all 5 peers' signatures are byte-identical, every verifier accepts every signer's signature (25 checks) and rejects a flipped bit and a changed field (10 checks): ok\n`);

// What the SDK peers do on top of the RSA operation, for reading the ratios.
{
  const params = requestParams('RSA');
  const encoder = new TextEncoder();
  const [overhead] = await runCase([{ name: 'signatureSource+encode', async: false, op: () => encoder.encode(web.signatureSource(params)) }]);
  console.log(`SDK per-call overhead not paid by node:crypto: signatureSource(12 fields) + UTF-8 encode = ${fmtMs(1e6 / overhead!.opsPerSec)} µs/op\n`);
}

const rows: Row[] = [];
for (const op of ['sign', 'verify'] as const) {
  for (const c of cases) {
    const peers = PEERS.map((p) => (op === 'sign' ? c.signers : c.verifiers)[p]);
    rows.push({ op, signType: c.signType, bits: c.bits, results: await runCase(peers) });
    process.stderr.write('.');
  }
}
process.stderr.write('\n');

function find(op: 'sign' | 'verify', signType: SignType, bits: number, peer: PeerName): Result {
  const row = rows.find((r) => r.op === op && r.signType === signType && r.bits === bits)!;
  return row.results.find((r) => r.peer === peer)!;
}

console.log('| op | algorithm | bits | peer | ops/s | ms/op | time vs node:crypto | spread |');
console.log('|---|---|---:|---|---:|---:|---:|---:|');
for (const r of rows) {
  const limit = r.results.find((x) => x.peer === 'node:crypto')!;
  for (const x of r.results) {
    const ratio = timeRatio(x, limit);
    console.log(
      `| ${r.op} | ${ALG[r.signType].label} | ${r.bits} | ${x.peer} | ${fmtOps(x.opsPerSec)} | ${fmtMs(1000 / x.opsPerSec)} | ${ratio.toFixed(2)}× | ±${((x.spread * 100) / 2).toFixed(0)}% |`,
    );
  }
}

// Targets. Ratios are time ratios (peer ms/op ÷ reference ms/op), paired per round as in the table, unrounded in the comparison.
const checks: { name: string; measured: string; met: boolean }[] = [];
{
  const w = find('sign', 'RSA', 2048, 'web');
  const n = find('sign', 'RSA', 2048, 'node:crypto');
  const j = find('sign', 'RSA', 2048, 'jsrsasign');
  const r1 = timeRatio(w, n);
  checks.push({ name: 'web MD5withRSA-2048 sign within 4× of node:crypto', measured: `${r1.toFixed(2)}× (${fmtMs(1000 / w.opsPerSec)} vs ${fmtMs(1000 / n.opsPerSec)} ms)`, met: r1 <= 4 });
  const r2 = timeRatio(j, w);
  checks.push({ name: 'web MD5withRSA-2048 sign ≥ 5× faster than jsrsasign', measured: `${r2.toFixed(2)}× faster (${fmtMs(1000 / w.opsPerSec)} vs ${fmtMs(1000 / j.opsPerSec)} ms)`, met: r2 >= 5 });
}
for (const op of ['sign', 'verify'] as const) {
  for (const bits of [1024, 2048]) {
    const w = find(op, 'SHA256withRSA', bits, 'web');
    const n = find(op, 'SHA256withRSA', bits, 'node:crypto');
    const r = timeRatio(w, n);
    checks.push({ name: `web SHA256withRSA-${bits} ${op} within 1.2× of node:crypto`, measured: `${r.toFixed(2)}×`, met: r <= 1.2 });
  }
}
for (const op of ['sign', 'verify'] as const) {
  for (const signType of ['RSA', 'SHA256withRSA'] as const) {
    for (const bits of [1024, 2048]) {
      const w = find(op, signType, bits, 'node');
      const n = find(op, signType, bits, 'node:crypto');
      const r = timeRatio(w, n);
      checks.push({ name: `node provider ${ALG[signType].label}-${bits} ${op} within 1.1× of node:crypto`, measured: `${r.toFixed(2)}×`, met: r <= 1.1 });
    }
  }
}
for (const signType of ['RSA', 'SHA256withRSA'] as const) {
  const w = find('verify', signType, 2048, 'web');
  checks.push({ name: `web ${ALG[signType].label}-2048 verify ≥ 5,000/s`, measured: `${fmtOps(w.opsPerSec)}/s`, met: w.opsPerSec >= 5000 });
}

console.log('\n| target | measured | result |');
console.log('|---|---|---|');
for (const c of checks) console.log(`| ${c.name} | ${c.measured} | ${c.met ? 'MET' : 'NOT MET'} |`);
console.log(`\n${checks.filter((c) => c.met).length} of ${checks.length} targets met; run took ${((performance.now() - started) / 1000).toFixed(0)} s; load average at end: ${load()}`);
