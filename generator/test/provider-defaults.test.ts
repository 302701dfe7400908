/**
 * @lianlian-sdk/node's standalone sign/verify and pay_load functions default
 * to node:crypto, like its client; web (and deno, which re-exports it) keep the runtime's default,
 * defaultCryptoProvider (node:crypto signatures where the runtime offers it, else WebCrypto).
 * The table of provider positions is checked against the runtime's own
 * signatures, and the built node package's wrappers against node:crypto.
 */
import { createPublicKey, generateKeyPairSync, verify as nodeVerify } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { Project } from 'ts-morph';
import { describe, expect, it } from 'vitest';
import * as nodePackage from '@lianlian-sdk/node';
import { PROVIDER_PARAMETERS, providerDefaults } from '../src/emit/provider-defaults.ts';
import { TARGETS } from '../src/targets.ts';

const runtimeDir = fileURLToPath(new URL('../runtime/', import.meta.url));
const groups = Object.entries(PROVIDER_PARAMETERS).map(([from, table]) => ({ from, values: [...Object.keys(table), 'other'], types: ['SomeType'] }));

describe('provider defaults', () => {
  it('lists the position of each runtime function\'s provider parameter, and its runtime default is defaultCryptoProvider', () => {
    const project = new Project({ skipAddingFilesFromTsConfig: true });
    for (const [from, table] of Object.entries(PROVIDER_PARAMETERS)) {
      const file = project.addSourceFileAtPath(runtimeDir + from.replace('./runtime/', ''));
      for (const [name, index] of Object.entries(table)) {
        const params = file.getFunctionOrThrow(name).getParameters();
        expect(params.findIndex((p) => p.getName() === 'provider'), `${from} ${name}`).toBe(index);
        expect(params.length, `${from} ${name}: provider is the last parameter`).toBe(index + 1);
        expect(params[index]!.getInitializer()?.getText(), `${from} ${name}`).toBe('defaultCryptoProvider');
      }
    }
  });

  it('wraps the client\'s functions for the node layer only', () => {
    for (const target of TARGETS) {
      const out = providerDefaults(target, groups);
      if (target.id !== 'node') {
        expect(out, target.id).toBeUndefined();
        continue;
      }
      expect(out!.names).toEqual(['decryptPayload', 'encryptPayload', 'sign', 'signBytes', 'verify', 'verifyBytes']);
      expect(out!.file).toContain("import * as client from '@lianlian-sdk/web';");
      expect(out!.file).toContain('export const verify: typeof client.verify = (a0, a1, provider = nodeCryptoProvider) => client.verify(a0, a1, provider);');
    }
  });

  it('fails when the runtime no longer exports a listed function', () => {
    const node = TARGETS.find((t) => t.id === 'node')!;
    expect(() => providerDefaults(node, [{ from: './runtime/3-sign-verify/sign.ts', values: ['sign'], types: [] }, groups[1]!])).toThrow('./runtime/3-sign-verify/sign.ts no longer exports signBytes');
  });

  it('the built node package\'s wrappers sign, verify and open pay_load without a provider argument, agreeing with node:crypto', async () => {
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048, privateKeyEncoding: { type: 'pkcs8', format: 'pem' }, publicKeyEncoding: { type: 'spki', format: 'pem' } });
    const params = { oid_partner: '201304121000001004', sign_type: 'RSA', user_id: 'u1' };
    const signature = await nodePackage.sign(params, privateKey);
    expect(nodeVerify('md5', Buffer.from(nodePackage.signatureSource(params)), createPublicKey(publicKey), Buffer.from(signature, 'base64'))).toBe(true);
    expect(await nodePackage.verify({ ...params, sign: signature }, publicKey)).toBe(true);
    expect(await nodePackage.verify({ ...params, user_id: 'u2', sign: signature }, publicKey)).toBe(false);
    expect(await nodePackage.decryptPayload(await nodePackage.encryptPayload('{"a":1}', publicKey), privateKey)).toBe('{"a":1}');
  });
});
