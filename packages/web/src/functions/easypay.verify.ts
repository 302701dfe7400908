// Generated from spec/ by @lianlian-sdk/generator. Do not edit; run `pnpm generate`.
import type { OperationDef } from '../runtime/1-errors-encoding/operation.ts';
import { coreOf, type LianLianClient } from './_client.ts';
import type { RequestOptions } from '../runtime/4-operations/config.ts';
import { callOperation } from '../runtime/4-operations/call.ts';
import type { EasypayVerifyParams, EasypayVerifyResponse } from '../client.ts';
import { outcomeOf, type Outcome } from '../runtime/4-operations/outcome.ts';
import { operation as lookupOperation } from './easypay.query.ts';
import type { EasypayQueryResponse } from '../client.ts';

/**
 * `easypay.verify` as the runtime reads it: `operations['easypay.verify']` reduced to the rules its calls check.
 * @internal (exported for the modules whose lookup it is)
 */
export const operation: OperationDef = {
  "id": "easypay.verify",
  "kind": "api",
  "endpoint": "https://traderapi.lianlianpay.com/easypayverify.htm",
  "encoding": "json",
  "route": "/traderapi/easypayverify.htm",
  "effect": "write",
  "lookup": {
    "operation": "easypay.query",
    "fields": [
      "no_order",
      "dt_order"
    ]
  },
  "signTypes": [
    "RSA",
    "SHA256withRSA"
  ],
  "payload": "none",
  "successCodes": [
    "0000"
  ],
  "doc": "docs/easypay-verify-direct-api.md",
  "request": [
    {
      "name": "sign_type",
      "presence": "required",
      "type": "string",
      "enum": [
        "RSA",
        "SHA256withRSA"
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
      "name": "oid_partner",
      "presence": "required",
      "type": "string",
      "maxLength": 18,
      "managed": true
    },
    {
      "name": "no_order",
      "presence": "required",
      "type": "string",
      "maxLength": 32
    },
    {
      "name": "token",
      "presence": "required",
      "type": "string"
    },
    {
      "name": "dt_order",
      "presence": "required",
      "type": "string",
      "maxLength": 14,
      "format": "datetime14"
    },
    {
      "name": "money_order",
      "presence": "required",
      "type": "string",
      "maxLength": 12,
      "format": "money"
    },
    {
      "name": "verify_code",
      "presence": "required",
      "type": "string",
      "maxLength": 6,
      "sensitive": true
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
    }
  ],
  "responseGroups": [
    {
      "field": "ret_code",
      "values": [
        "0000"
      ],
      "fields": [
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
          "presence": "required",
          "type": "string",
          "echo": true
        },
        {
          "name": "oid_paybill",
          "presence": "required",
          "type": "string"
        },
        {
          "name": "money_order",
          "presence": "required",
          "type": "string",
          "format": "money"
        }
      ]
    }
  ]
};

/**
 * Confirms an Easy Payment with the payer's SMS code so LianLian charges the card.
 *
 * `POST https://traderapi.lianlianpay.com/easypayverify.htm`. Succeeds on ret_code `0000`; any other code throws `LianLianError`.
 * Moves money or changes state: sent once, never retried. After a `TransportError` whose `mayHaveBeenProcessed` is true, find out what LianLian did (query by the order number) before sending it again.
 *
 * @throws {ValidationError} a parameter breaks the spec (the error names it); nothing was sent
 * @throws {KeyFormatError} a key in the config cannot be parsed
 * @throws {LianLianError} LianLian answered a ret_code other than `0000`
 * @throws {SignatureVerificationError} the answer's signature, or its match with this request, does not hold; the answer is discarded
 * @throws {TransportError} no usable answer: `kind` is timeout, network, http, invalid-answer or aborted; `mayHaveBeenProcessed` says whether LianLian may have acted
 *
 * @see https://lianlianpay.gitbook.io/docs/docs/easypay-verify-direct-api
 */
export function easypayVerify(client: LianLianClient, params: EasypayVerifyParams, options?: RequestOptions): Promise<EasypayVerifyResponse> {
  return callOperation(coreOf(client), operation, params, options);
}

/**
 * What became of a call to `easypay.verify` that failed with a `TransportError` whose `mayHaveBeenProcessed` is true: sends `easypay.query` with the call's `no_order`, `dt_order` (pass the same params the call was made with).
 *
 * `{ found: true, answer }`: LianLian has it; the answer says its state. `{ found: false }` (ret_code `8901`): it did not take effect; send the call again under the same order number, never a new one (a second copy is refused as a duplicate, 1002).
 *
 * @throws {TransportError} the query got no usable answer (it is retried first); ask again later
 * @throws {SignatureVerificationError} the query's answer does not verify
 * @throws {LianLianError} the query failed with another ret_code
 *
 * @see https://lianlianpay.gitbook.io/docs/docs/easypay-verify-direct-api
 */
export function easypayVerifyOutcome(client: LianLianClient, params: EasypayVerifyParams, options?: RequestOptions): Promise<Outcome<EasypayQueryResponse>> {
  return outcomeOf(coreOf(client), operation, lookupOperation, params, options);
}
