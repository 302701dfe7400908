// Generated from spec/ by @lianlian-sdk/generator. Do not edit; run `pnpm generate`.
import { LianLianError } from './errors/lianlian-error.ts';
import { SignatureVerificationError } from './errors/signature-verification-error.ts';
import { TransportError } from './errors/transport-error.ts';
import type { CryptoProvider } from './crypto-provider.ts';
import type { RsaPublicKey } from './keys.ts';
import type { OperationDef } from './operation.ts';
import { verify } from './sign.ts';

/**
 * Fails closed on every answer: a success must carry a valid LianLian signature
 * and be addressed to this merchant; an error answer that carries a signature
 * must verify too. Only then is a success returned, or a LianLianError thrown.
 *
 * @throws {SignatureVerificationError | LianLianError | TransportError}
 * @internal
 */
export async function verifyResponse(
  op: Pick<OperationDef, 'id' | 'successCodes'> & Partial<Pick<OperationDef, 'response' | 'responseGroups'>>,
  answer: unknown,
  lianlianPublicKey: RsaPublicKey,
  oidPartner: string,
  provider?: CryptoProvider,
  describe?: (code: string) => { readonly description: string } | undefined,
): Promise<Record<string, unknown>> {
  if (answer === null || typeof answer !== 'object' || Array.isArray(answer))
    throw new TransportError(op.id, 'answer is not a JSON object');
  const body = answer as Record<string, unknown>;
  const code = body.ret_code;
  if (typeof code !== 'string') throw new TransportError(op.id, 'answer has no ret_code');
  const success = op.successCodes.includes(code);
  const signed = typeof body.sign === 'string' && body.sign !== '';
  // Fields the docs say LianLian does not sign are verified out and handed back apart.
  const unsignedNames = [...(op.response ?? []), ...(op.responseGroups ?? []).flatMap((g) => g.fields)].filter((f) => f.unsigned).map((f) => f.name);
  const unverified: Record<string, unknown> = {};
  for (const name of unsignedNames)
    if (name in body) {
      unverified[name] = body[name];
      delete body[name];
    }
  if (signed && !(await verify(body, lianlianPublicKey, provider)))
    throw new SignatureVerificationError(op.id, `LianLian's signature on the answer (ret_code ${code}) does not verify`);
  if (success && !signed) throw new SignatureVerificationError(op.id, `success answer (ret_code ${code}) carries no LianLian signature`);
  if (signed && body.oid_partner !== undefined && body.oid_partner !== oidPartner)
    throw new SignatureVerificationError(op.id, 'answer is addressed to another oid_partner');
  if (!success) throw new LianLianError(op.id, code, typeof body.ret_msg === 'string' ? body.ret_msg : '', signed, describe?.(code)?.description);
  return Object.keys(unverified).length ? { ...body, unverified } : body;
}
