/**
 * Builds the signed JSON answers. Every answer, success or error, is signed
 * with the sandbox's private key and `sign_type` RSA (MD5withRSA,
 * signature.md), so a client can — and the LianLian client does — verify
 * each one with the sandbox's public key.
 */
import { sign, type OperationDef, type RsaPrivateKey } from '@lianlian-sdk/node';
import { retMsg, type RetCode } from './ret-codes.ts';

/** What a handler decides: a ret_code and, for successes, the business fields. */
export interface Outcome {
  readonly code: RetCode;
  /** For 1004: the parameter named in the ret_msg. */
  readonly field?: string;
  /** Answer fields; only those the spec lists for the operation are sent. */
  readonly fields?: Readonly<Record<string, unknown>>;
}

/**
 * The answer fields the spec allows for `op` given the answer so far: the
 * always-present `response` fields plus each response group whose condition
 * (e.g. `ret_code=0000`, `result_pay=SUCCESS`) the answer meets.
 */
export function allowedFields(op: OperationDef, answer: Readonly<Record<string, unknown>>): Set<string> {
  const names = new Set(op.response.map((f) => f.name));
  for (const group of op.responseGroups) {
    const value = answer[group.field];
    if (typeof value === 'string' && group.values.includes(value)) for (const f of group.fields) names.add(f.name);
  }
  return names;
}

/**
 * The signed answer body.
 *
 * Success answers (a ret_code in `op.successCodes`) carry exactly the fields
 * the spec lists for the operation, nothing a handler added by mistake.
 * Error answers carry ret_code, ret_msg, `oid_partner` when the request named
 * one, and the signature: LianLian's docs list no other fields for errors.
 */
export async function signedAnswer(
  op: OperationDef | undefined,
  outcome: Outcome,
  oidPartner: string | undefined,
  privateKey: RsaPrivateKey,
): Promise<Record<string, unknown>> {
  let body: Record<string, unknown> = { ret_code: outcome.code, ret_msg: retMsg(outcome.code, outcome.field) };
  if (op && op.successCodes.includes(outcome.code)) {
    const candidate: Record<string, unknown> = { ...outcome.fields, ...body, sign_type: 'RSA' };
    if (oidPartner !== undefined) candidate.oid_partner = oidPartner;
    const allowed = allowedFields(op, candidate);
    body = {};
    for (const [name, value] of Object.entries(candidate))
      if (allowed.has(name) && name !== 'sign' && value !== undefined && value !== null && value !== '') body[name] = value;
  } else {
    if (oidPartner !== undefined) body.oid_partner = oidPartner;
    body.sign_type = 'RSA';
  }
  body.sign = await sign(body, privateKey, 'RSA');
  return body;
}
