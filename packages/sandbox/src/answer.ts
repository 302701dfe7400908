/**
 * Builds the signed JSON answers, for every operation the same way: the
 * handler's business fields are cut to what the spec lists for the
 * operation (its `response` fields plus each response group whose condition
 * the answer meets), checked against those rules (conform.ts), and signed
 * with the sandbox's private key and `sign_type` RSA (MD5withRSA,
 * signature.md). Fields the spec marks `unsigned` ("This filed is not
 * involved in signature", MPAY_payment_result_query.md) are sent but left
 * out of the signature, and so are those LianLian's own code shows it leaves
 * out, whatever the spec says (real-lianlian.ts).
 */
import { activeResponseRules, nodeCryptoProvider, sign, type OperationDef, type RsaPrivateKey } from '@lianlian-sdk/node';
import { conformFields } from './conform.ts';
import { REAL_ANSWERS } from './real-lianlian.ts';
import { retMsg, type RetCode } from './ret-codes.ts';

/** What a handler decides: a ret_code and, for successes, the business fields. */
export interface Outcome {
  readonly code: RetCode;
  /** For 1004: the parameter named in the ret_msg. */
  readonly field?: string;
  /** Answer fields; only those the spec lists for the operation are sent. */
  readonly fields?: Readonly<Record<string, unknown>>;
}

/** The names of the rules that apply to an answer (`activeResponseRules`, the client's own). */
export function allowedFields(op: OperationDef, answer: Readonly<Record<string, unknown>>): Set<string> {
  return new Set(activeResponseRules(op, answer).map((f) => f.name));
}

/** Options of {@link signedAnswer}. */
export interface AnswerOptions {
  /**
   * Fields never sent: on a route shared by operations that disagree on
   * whether a field is signed (routes.ts), no client could verify it both ways.
   */
  readonly omit?: ReadonlySet<string>;
}

/**
 * The signed answer body.
 *
 * Success answers (a ret_code in `op.successCodes`) carry exactly the fields
 * the spec lists for the operation, in the shapes it gives them.
 * Error answers carry ret_code, ret_msg, `oid_partner` when the request named
 * one, and the signature: LianLian's docs list no other fields for errors
 * (instant-payment-apply-API.md's failure sample has exactly these).
 * @throws {ConformanceError} when a success lacks a required field (a sandbox bug)
 */
export async function signedAnswer(
  op: OperationDef | undefined,
  outcome: Outcome,
  oidPartner: string | undefined,
  privateKey: RsaPrivateKey,
  options: AnswerOptions = {},
): Promise<Record<string, unknown>> {
  const head = { ret_code: outcome.code, ret_msg: retMsg(outcome.code, outcome.field) };
  if (!op || !op.successCodes.includes(outcome.code)) {
    const body: Record<string, unknown> = { ...head, ...(oidPartner !== undefined && { oid_partner: oidPartner }), sign_type: 'RSA' };
    body.sign = await sign(body, privateKey, 'RSA', nodeCryptoProvider);
    return body;
  }
  const candidate: Record<string, unknown> = { ...outcome.fields, ...head, sign_type: 'RSA' };
  if (oidPartner !== undefined) candidate.oid_partner = oidPartner;
  const rules = activeResponseRules(op, candidate);
  const conformed = conformFields(rules, candidate);
  const real = REAL_ANSWERS[op.id];
  const signed: Record<string, unknown> = {};
  const unsigned: Record<string, unknown> = {};
  for (const [name, conformedValue] of Object.entries(conformed)) {
    if (options.omit?.has(name) || real?.absent?.includes(name)) continue;
    const value = real?.numbers?.includes(name) ? Number(conformedValue) : conformedValue;
    if (rules.find((r) => r.name === name)?.unsigned || real?.unsigned?.includes(name)) unsigned[name] = value;
    else signed[name] = value;
  }
  signed.sign = await sign(signed, privateKey, 'RSA', nodeCryptoProvider);
  return { ...signed, ...unsigned };
}
