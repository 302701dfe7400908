// Generated from spec/ by @lianlian-sdk/generator. Do not edit; run `pnpm generate`.
import type { OperationDef } from '../runtime/1-errors-encoding/operation.ts';
import { coreOf, type LianLianClient } from './_client.ts';
import type { RequestOptions } from '../runtime/4-operations/config.ts';
import { callOperation } from '../runtime/4-operations/call.ts';
import { sealLianpay } from '../runtime/3-sign-verify/pay-load.ts';
import type { InstantPaymentConfirmParams, InstantPaymentConfirmResponse } from '../client.ts';
import { outcomeOf, type Outcome } from '../runtime/4-operations/outcome.ts';
import { operation as lookupOperation } from './instantPayment.query.ts';
import type { InstantPaymentQueryResponse } from '../client.ts';

/**
 * `instantPayment.confirm` as the runtime reads it: `operations['instantPayment.confirm']` reduced to the rules its calls check.
 * @internal (exported for the modules whose lookup it is)
 */
export const operation: OperationDef = {
  "id": "instantPayment.confirm",
  "kind": "api",
  "endpoint": "https://instantpay.lianlianpay.com/paymentapi/confirmPayment.htm",
  "encoding": "json",
  "route": "/instantpay/paymentapi/confirmPayment.htm",
  "effect": "write",
  "lookup": {
    "operation": "instantPayment.query",
    "fields": [
      "no_order"
    ]
  },
  "signTypes": [
    "RSA"
  ],
  "payload": "lianpay1_0_1",
  "apiVersion": "1.1",
  "successCodes": [
    "0000"
  ],
  "doc": "docs/instant-payment-confirm-API.md",
  "request": [
    {
      "name": "api_version",
      "presence": "required",
      "type": "string",
      "maxLength": 6,
      "fixed": "1.1",
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
      "name": "confirm_code",
      "presence": "required",
      "type": "string",
      "maxLength": 6
    },
    {
      "name": "no_order",
      "presence": "required",
      "type": "string",
      "maxLength": 32
    },
    {
      "name": "notify_url",
      "presence": "required",
      "type": "string",
      "maxLength": 128,
      "format": "url"
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
          "name": "no_order",
          "presence": "optional",
          "type": "string",
          "echo": true
        }
      ]
    }
  ]
};

/**
 * Goes ahead with a transfer that instantPayment.apply held back for confirmation.
 *
 * `POST https://instantpay.lianlianpay.com/paymentapi/confirmPayment.htm`, body encrypted as `pay_load` (lianpay1_0_1). Succeeds on ret_code `0000`; any other code throws `LianLianError`.
 * Moves money or changes state: sent once, never retried. After a `TransportError` whose `mayHaveBeenProcessed` is true, find out what LianLian did (query by the order number) before sending it again.
 *
 * @throws {ValidationError} a parameter breaks the spec (the error names it); nothing was sent
 * @throws {KeyFormatError} a key in the config cannot be parsed
 * @throws {LianLianError} LianLian answered a ret_code other than `0000`
 * @throws {SignatureVerificationError} the answer's signature, or its match with this request, does not hold; the answer is discarded
 * @throws {TransportError} no usable answer: `kind` is timeout, network, http, invalid-answer or aborted; `mayHaveBeenProcessed` says whether LianLian may have acted
 *
 * @see https://lianlianpay.gitbook.io/docs/docs/instant-payment-confirm-API
 */
export function instantPaymentConfirm(client: LianLianClient, params: InstantPaymentConfirmParams, options?: RequestOptions): Promise<InstantPaymentConfirmResponse> {
  return callOperation(coreOf(client), operation, params, options, sealLianpay);
}

/**
 * What became of a call to `instantPayment.confirm` that failed with a `TransportError` whose `mayHaveBeenProcessed` is true: sends `instantPayment.query` with the call's `no_order` (pass the same params the call was made with).
 *
 * `{ found: true, answer }`: LianLian has it; the answer says its state. `{ found: false }` (ret_code `8901`): it did not take effect; send the call again under the same order number, never a new one (a second copy is refused as a duplicate, 1002).
 *
 * @throws {TransportError} the query got no usable answer (it is retried first); ask again later
 * @throws {SignatureVerificationError} the query's answer does not verify
 * @throws {LianLianError} the query failed with another ret_code
 *
 * @see https://lianlianpay.gitbook.io/docs/docs/instant-payment-confirm-API
 */
export function instantPaymentConfirmOutcome(client: LianLianClient, params: InstantPaymentConfirmParams, options?: RequestOptions): Promise<Outcome<InstantPaymentQueryResponse>> {
  return outcomeOf(coreOf(client), operation, lookupOperation, params, options);
}
