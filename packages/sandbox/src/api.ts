/**
 * One LianLian API call, end to end: the common checks (check-request.ts),
 * the operation's handler, and the signed answer (answer.ts).
 */
import type { OperationDef, RsaPrivateKey } from '@lianlian-sdk/node';
import { signedAnswer, type Outcome } from './answer.ts';
import { checkRequest } from './check-request.ts';
import { HANDLERS } from './handlers/index.ts';
import type { SandboxState } from './state.ts';

/** The answer body and the ret_code it carries (for logs: the code, never the fields). */
export interface ApiAnswer {
  readonly retCode: string;
  readonly body: Record<string, unknown>;
}

/**
 * Answers one request to `op`.
 * @param rawBody - the body text, or `undefined` when it could not be read (too large, not UTF-8) → 1012
 */
export async function answerApi(op: OperationDef, rawBody: string | undefined, state: SandboxState, sandboxKey: RsaPrivateKey): Promise<ApiAnswer> {
  let outcome: Outcome;
  let oidPartner: string | undefined;
  const checked = rawBody === undefined ? ({ ok: false, code: '1012' } as const) : await checkRequest(op, rawBody, state, sandboxKey);
  if (!checked.ok) {
    outcome = { code: checked.code, ...(checked.field !== undefined && { field: checked.field }) };
    oidPartner = 'oidPartner' in checked ? checked.oidPartner : undefined;
  } else {
    oidPartner = checked.oidPartner;
    const handler = HANDLERS[op.id];
    try {
      outcome = handler ? handler({ oidPartner, params: checked.params, state }) : { code: '9999' };
    } catch {
      outcome = { code: '9999' }; // a sandbox bug; never echo the exception (it could quote request data)
    }
  }
  const body = await signedAnswer(op, outcome, oidPartner, sandboxKey);
  return { retCode: outcome.code, body };
}
