// Generated from spec/ by @lianlian-sdk/generator. Do not edit; run `pnpm generate`.
import type { OperationDef } from '../runtime/1-errors-encoding/operation.ts';
import { coreOf, type LianLianClient } from './_client.ts';
import type { RequestOptions } from '../runtime/4-operations/config.ts';
import { callOperation } from '../runtime/4-operations/call.ts';
import type { EasypayPreauthCancelParams, EasypayPreauthCancelResponse } from '../client.ts';
import { outcomeOf, type Outcome } from '../runtime/4-operations/outcome.ts';
import { operation as lookupOperation } from './easypay.preauthQuery.ts';
import type { EasypayPreauthQueryResponse } from '../client.ts';

/**
 * `easypay.preauthCancel` as the runtime reads it: `operations['easypay.preauthCancel']` reduced to the rules its calls check.
 * @internal (exported for the modules whose lookup it is)
 */
export const operation: OperationDef = {
  "id": "easypay.preauthCancel",
  "kind": "api",
  "endpoint": "https://traderapi.lianlianpay.com/preauthCancel.htm",
  "encoding": "json",
  "route": "/traderapi/preauthCancel.htm",
  "effect": "write",
  "lookup": {
    "operation": "easypay.preauthQuery",
    "fields": [
      "pay_type",
      "no_order",
      "dt_order",
      "oid_paybill"
    ]
  },
  "signTypes": [
    "RSA"
  ],
  "payload": "none",
  "apiVersion": "1.0",
  "successCodes": [
    "0000"
  ],
  "doc": "docs/easypay-preauth-cancel.md",
  "request": [
    {
      "name": "oid_partner",
      "presence": "required",
      "type": "string",
      "maxLength": 18,
      "managed": true
    },
    {
      "name": "platform",
      "presence": "optional",
      "type": "string",
      "maxLength": 32
    },
    {
      "name": "sign_type",
      "presence": "required",
      "type": "string",
      "maxLength": 3,
      "enum": [
        "RSA"
      ],
      "managed": true
    },
    {
      "name": "sign",
      "presence": "required",
      "type": "string",
      "managed": true
    },
    {
      "name": "user_id",
      "presence": "required",
      "type": "string",
      "maxLength": 32
    },
    {
      "name": "pay_type",
      "presence": "required",
      "type": "string",
      "enum": [
        "F"
      ]
    },
    {
      "name": "api_version",
      "presence": "required",
      "type": "string",
      "fixed": "1.0",
      "managed": true
    },
    {
      "name": "money_order",
      "presence": "required",
      "type": "string",
      "maxLength": 12,
      "format": "money"
    },
    {
      "name": "no_order",
      "presence": "required",
      "type": "string",
      "maxLength": 32
    },
    {
      "name": "dt_order",
      "presence": "required",
      "type": "string",
      "maxLength": 14,
      "format": "datetime14"
    },
    {
      "name": "oid_paybill",
      "presence": "optional",
      "type": "string",
      "maxLength": 18
    }
  ],
  "response": [
    {
      "name": "ret_code",
      "presence": "required",
      "type": "string"
    },
    {
      "name": "ret_msg",
      "presence": "required",
      "type": "string"
    },
    {
      "name": "oid_partner",
      "presence": "required",
      "type": "string",
      "echo": true
    },
    {
      "name": "sign_type",
      "presence": "required",
      "type": "string"
    },
    {
      "name": "sign",
      "presence": "required",
      "type": "string"
    },
    {
      "name": "no_order",
      "presence": "optional",
      "type": "string",
      "echo": true
    },
    {
      "name": "oid_paybill",
      "presence": "required",
      "type": "string",
      "echo": true
    },
    {
      "name": "user_id",
      "presence": "required",
      "type": "string",
      "echo": true
    }
  ],
  "responseGroups": []
};

/**
 * Cancels an Easy Payment pre-authorisation and releases the held money.
 *
 * `POST https://traderapi.lianlianpay.com/preauthCancel.htm`. Succeeds on ret_code `0000`; any other code throws `LianLianError`.
 * Moves money or changes state: sent once, never retried. After a `TransportError` whose `mayHaveBeenProcessed` is true, find out what LianLian did (query by the order number) before sending it again.
 *
 * @throws {ValidationError} a parameter breaks the spec (the error names it); nothing was sent
 * @throws {KeyFormatError} a key in the config cannot be parsed
 * @throws {LianLianError} LianLian answered a ret_code other than `0000`
 * @throws {SignatureVerificationError} the answer's signature, or its match with this request, does not hold; the answer is discarded
 * @throws {TransportError} no usable answer: `kind` is timeout, network, http, invalid-answer or aborted; `mayHaveBeenProcessed` says whether LianLian may have acted
 *
 * @see https://lianlianpay.gitbook.io/docs/docs/easypay-preauth-cancel
 */
export function easypayPreauthCancel(client: LianLianClient, params: EasypayPreauthCancelParams, options?: RequestOptions): Promise<EasypayPreauthCancelResponse> {
  return callOperation(coreOf(client), operation, params, options);
}

/**
 * What became of a call to `easypay.preauthCancel` that failed with a `TransportError` whose `mayHaveBeenProcessed` is true: sends `easypay.preauthQuery` with the call's `pay_type`, `no_order`, `dt_order`, `oid_paybill` (pass the same params the call was made with).
 *
 * `{ found: true, answer }`: LianLian has it; the answer says its state. `{ found: false }` (ret_code `8901`): it did not take effect; send the call again under the same order number, never a new one (a second copy is refused as a duplicate, 1002).
 *
 * @throws {TransportError} the query got no usable answer (it is retried first); ask again later
 * @throws {SignatureVerificationError} the query's answer does not verify
 * @throws {LianLianError} the query failed with another ret_code
 *
 * @see https://lianlianpay.gitbook.io/docs/docs/easypay-preauth-cancel
 */
export function easypayPreauthCancelOutcome(client: LianLianClient, params: EasypayPreauthCancelParams, options?: RequestOptions): Promise<Outcome<EasypayPreauthQueryResponse>> {
  return outcomeOf(coreOf(client), operation, lookupOperation, params, options);
}
