// Generated from spec/ by @lianlian-sdk/generator. Do not edit; run `pnpm generate`.
import { LianLianError } from '../1-errors-encoding/errors/lianlian-error.ts';
import { SignatureVerificationError } from '../1-errors-encoding/errors/signature-verification-error.ts';
import { TransportError } from '../1-errors-encoding/errors/transport-error.ts';
import type { CryptoProvider } from '../2-crypto-keys/crypto-provider.ts';
import type { RsaPublicKey } from '../2-crypto-keys/keys.ts';
import type { FieldRule, OperationDef } from '../1-errors-encoding/operation.ts';
import { SENSITIVE_FIELDS } from '../1-errors-encoding/redact.ts';
import { verify } from './sign.ts';
import { AmbiguousMessage, signedFields } from './signed-fields.ts';

/** What an answer is checked against: the operation and the request it answers. @internal */
export type AnsweredOperation = Pick<OperationDef, 'id' | 'successCodes'> & Partial<Pick<OperationDef, 'response' | 'responseGroups'>>;

/**
 * Fails closed on every answer: a success must carry a valid LianLian signature,
 * be addressed to this merchant, carry the operation's required fields and echo
 * what was sent (`no_order`, `user_id`, `no_refund`, …: fields the spec marks
 * `echo`); an error answer that carries a signature must verify too. Only then
 * is a success returned, in the one normal form of signed-fields.ts, or a
 * LianLianError thrown.
 * @param sent - the request's fields as signed, to compare echoed fields with
 * @throws {SignatureVerificationError | LianLianError | TransportError}
 * @internal
 */
export async function verifyResponse(
  op: AnsweredOperation,
  answer: unknown,
  lianlianPublicKey: RsaPublicKey,
  oidPartner: string,
  provider?: CryptoProvider,
  describe?: (code: string) => { readonly description: string } | undefined,
  sent: Readonly<Record<string, string>> = {},
): Promise<Record<string, unknown>> {
  if (answer === null || typeof answer !== 'object' || Array.isArray(answer))
    throw new TransportError(op.id, 'answer is not a JSON object', { kind: 'invalid-answer', mayHaveBeenProcessed: true });
  const body = { ...(answer as Record<string, unknown>) };
  const code = body.ret_code;
  if (typeof code !== 'string') throw new TransportError(op.id, 'answer has no ret_code', { kind: 'invalid-answer', mayHaveBeenProcessed: true });
  const success = op.successCodes.includes(code);
  const signed = typeof body.sign === 'string' && body.sign !== '';
  const rules = [...(op.response ?? []), ...(op.responseGroups ?? []).flatMap((g) => g.fields)];
  // Fields the docs say LianLian does not sign are verified out and handed back apart.
  const unverified: Record<string, unknown> = {};
  for (const name of new Set(rules.filter((f) => f.unsigned).map((f) => f.name)))
    if (Object.hasOwn(body, name)) {
      unverified[name] = body[name];
      delete body[name];
    }
  const fail = (why: string): never => {
    throw new SignatureVerificationError(op.id, why);
  };
  if (signed && !(await verify(body, lianlianPublicKey, provider))) fail(`LianLian's signature on the answer (ret_code ${code}) does not verify`);
  if (success && !signed) fail(`success answer (ret_code ${code}) carries no LianLian signature`);
  let fields: Record<string, unknown> = body;
  if (signed) {
    try {
      fields = signedFields(body, rules);
    } catch (error) {
      if (error instanceof AmbiguousMessage) fail(`answer refused: ${error.message}`);
      throw error;
    }
    if (fields.oid_partner !== undefined && fields.oid_partner !== oidPartner) fail('answer is addressed to another oid_partner');
  }
  if (!success) throw new LianLianError(op.id, code, typeof body.ret_msg === 'string' ? withoutSent(body.ret_msg, sent) : '', signed, describe?.(code)?.description);
  for (const rule of activeResponseRules(op, fields)) {
    if (rule.name === 'sign' || rule.unsigned) continue;
    const value = fields[rule.name];
    if (rule.presence === 'required' && value === undefined) fail(`success answer lacks required field ${rule.name}`);
    const echoed = sent[rule.name];
    if (rule.echo && echoed !== undefined && value !== undefined && value !== echoed)
      fail(`answer's ${rule.name} is not the one this request sent; it answers another request`);
  }
  return Object.keys(unverified).length ? { ...fields, unverified } : fields;
}

/**
 * The response rules that apply to an answer: `response`, plus each response
 * group whose condition (e.g. `ret_code=0000`, `result_pay=SUCCESS`) the answer
 * meets; a group may switch on a field of another group, so groups are added
 * until none is left. The client checks answers against these, and the sandbox
 * builds its answers from them.
 * @param op - an operation from the `operations` table
 * @param answer - the answer's fields
 */
export function activeResponseRules(op: Partial<Pick<OperationDef, 'response' | 'responseGroups'>>, answer: Readonly<Record<string, unknown>>): FieldRule[] {
  const rules = [...(op.response ?? [])];
  const pending = [...(op.responseGroups ?? [])];
  for (let added = true; added; ) {
    added = false;
    for (let i = 0; i < pending.length; i++) {
      const group = pending[i]!;
      const value = answer[group.field];
      if (typeof value === 'string' && group.values.includes(value)) {
        rules.push(...group.fields.filter((f) => !rules.some((r) => r.name === f.name)));
        pending.splice(i--, 1);
        added = true;
      }
    }
  }
  return rules;
}

/**
 * LianLian's words with every personal value this request sent blanked out: a
 * ret_msg may quote the holder's name or ID back, and a name has no shape the
 * error classes' own masking could find. Covers risk_item's fields too.
 */
function withoutSent(text: string, sent: Readonly<Record<string, string>>): string {
  const secrets: string[] = [];
  const collect = (fields: Record<string, unknown>): void => {
    for (const [name, value] of Object.entries(fields))
      if (SENSITIVE_FIELDS.has(name) && typeof value === 'string' && value.length > 1) secrets.push(value);
  };
  collect(sent);
  if (sent.risk_item) {
    try {
      collect(JSON.parse(sent.risk_item) as Record<string, unknown>);
    } catch {
      // Not JSON: validateParams would have refused it; nothing to collect.
    }
  }
  // Longest first, so a value that contains another is blanked whole.
  for (const secret of secrets.sort((a, b) => b.length - a.length)) text = text.split(secret).join('***');
  return text;
}
