import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importPrivateKey, importPublicKey, type RsaPrivateKey, type RsaPublicKey } from '../../runtime/2-crypto-keys/keys.ts';
import { sign, verify } from '../../runtime/3-sign-verify/sign.ts';
import { signatureSource } from '../../runtime/1-errors-encoding/signature-source.ts';
import { generateRsaKey, makeTempDir, removeTempDir } from './_helpers.ts';

/**
 * Reference for the signature source, written from the rules rather than from the
 * runtime: Java's String.CASE_INSENSITIVE_ORDER (compare char by char, upper-cased,
 * then lower-cased), ties by code unit; `sign` and empty values left out.
 */
function referenceSource(params: Record<string, unknown>): string {
  const javaCaseInsensitive = (a: string, b: string): number => {
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
      let x = a[i]!;
      let y = b[i]!;
      if (x === y) continue;
      x = x.toUpperCase().length === 1 ? x.toUpperCase() : x;
      y = y.toUpperCase().length === 1 ? y.toUpperCase() : y;
      if (x === y) continue;
      x = x.toLowerCase().length === 1 ? x.toLowerCase() : x;
      y = y.toLowerCase().length === 1 ? y.toLowerCase() : y;
      if (x !== y) return x.charCodeAt(0) - y.charCodeAt(0);
    }
    return a.length - b.length;
  };
  const keys = Object.keys(params)
    .filter((k) => k !== 'sign' && params[k] !== undefined && params[k] !== null && params[k] !== '')
    .sort((a, b) => javaCaseInsensitive(a, b) || (a < b ? -1 : a > b ? 1 : 0));
  return keys.map((k) => `${k}=${typeof params[k] === 'string' ? params[k] : JSON.stringify(params[k])}`).join('&');
}

const key = fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_ ]{0,11}$/);
const value = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.string({ unit: 'grapheme', maxLength: 8 }), // Chinese and other non-ASCII, signed as UTF-8
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(''),
  fc.json({ maxDepth: 1 }), // JSON-string fields such as risk_item, signed as their exact text
);
const params = fc.dictionary(key, value, { minKeys: 1, maxKeys: 12 }).filter((p) => signatureSource(p) !== '');

let dir: string;
let privateKey: RsaPrivateKey;
let publicKey: RsaPublicKey;
beforeAll(async () => {
  dir = makeTempDir();
  const pair = generateRsaKey(dir, 1024);
  privateKey = await importPrivateKey(pair.pkcs8Pem);
  publicKey = await importPublicKey(pair.spkiPem);
});
afterAll(() => removeTempDir(dir));

describe('signature properties over random parameter maps', () => {
  it('signatureSource matches the independent reference', () => {
    fc.assert(fc.property(params, (p) => signatureSource(p) === referenceSource(p)), { numRuns: 2000 });
  });

  it('sign then verify is true, for both sign types', async () => {
    await fc.assert(
      fc.asyncProperty(params, fc.constantFrom('RSA', 'SHA256withRSA' as const), async (p, signType) => {
        const withType = { ...p, sign_type: signType };
        expect(await verify({ ...withType, sign: await sign(withType, privateKey, signType) }, publicKey)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('changing any one signed field makes verify false', async () => {
    await fc.assert(
      fc.asyncProperty(params, fc.nat(), fc.string({ minLength: 1, maxLength: 5 }), async (p, pick, extra) => {
        const signed = { ...p, sign_type: 'RSA', sign: await sign({ ...p, sign_type: 'RSA' }, privateKey, 'RSA') };
        const fields = Object.keys(signed).filter((k) => k !== 'sign' && signed[k] !== null && signed[k] !== '');
        const field = fields[pick % fields.length]!;
        const before = signed[field];
        const changed = typeof before === 'string' ? before + extra : `${String(before)}${extra}`;
        expect(await verify({ ...signed, [field]: changed }, publicKey)).toBe(false);
      }),
      { numRuns: 150 },
    );
  });
});
