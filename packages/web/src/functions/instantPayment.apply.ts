// Generated from spec/ by @lianlian-sdk/generator. Do not edit; run `pnpm generate`.
import type { OperationDef } from '../runtime/1-errors-encoding/operation.ts';
import { coreOf, type LianLianClient } from './_client.ts';
import type { RequestOptions } from '../runtime/4-operations/config.ts';
import { callOperation } from '../runtime/4-operations/call.ts';
import { sealLianpay } from '../runtime/3-sign-verify/pay-load.ts';
import type { InstantPaymentApplyParams, InstantPaymentApplyResponse } from '../client.ts';
import { outcomeOf, type Outcome } from '../runtime/4-operations/outcome.ts';
import { operation as lookupOperation } from './instantPayment.query.ts';
import type { InstantPaymentQueryResponse } from '../client.ts';

/**
 * `instantPayment.apply` as the runtime reads it: `operations['instantPayment.apply']` reduced to the rules its calls check.
 * @internal (exported for the modules whose lookup it is)
 */
export const operation: OperationDef = {
  "id": "instantPayment.apply",
  "kind": "api",
  "endpoint": "https://instantpay.lianlianpay.com/paymentapi/payment.htm",
  "encoding": "json",
  "route": "/instantpay/paymentapi/payment.htm",
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
    "0000",
    "4002",
    "4003",
    "4004"
  ],
  "doc": "docs/instant-payment-apply-API.md",
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
      "name": "flag_card",
      "presence": "required",
      "type": "string",
      "maxLength": 1,
      "enum": [
        "0",
        "1"
      ]
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
      "name": "card_no",
      "presence": "required",
      "type": "string",
      "sensitive": true
    },
    {
      "name": "acct_name",
      "presence": "required",
      "type": "string",
      "sensitive": true
    },
    {
      "name": "info_order",
      "presence": "required",
      "type": "string",
      "maxLength": 255
    },
    {
      "name": "memo",
      "presence": "required",
      "type": "string",
      "maxLength": 24
    },
    {
      "name": "notify_url",
      "presence": "required",
      "type": "string",
      "maxLength": 128,
      "format": "url"
    },
    {
      "name": "bank_code",
      "presence": "conditional",
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
    }
  ],
  "responseGroups": []
};

/**
 * Transfers money from the merchant's LianLian balance to a bank account almost at once.
 *
 * `POST https://instantpay.lianlianpay.com/paymentapi/payment.htm`, body encrypted as `pay_load` (lianpay1_0_1). Succeeds on ret_code `0000` or `4002` or `4003` or `4004`; any other code throws `LianLianError`.
 * Moves money or changes state: sent once, never retried. After a `TransportError` whose `mayHaveBeenProcessed` is true, find out what LianLian did (query by the order number) before sending it again.
 *
 * @throws {ValidationError} a parameter breaks the spec (the error names it); nothing was sent
 * @throws {KeyFormatError} a key in the config cannot be parsed
 * @throws {LianLianError} LianLian answered a ret_code other than `0000` or `4002` or `4003` or `4004`
 * @throws {SignatureVerificationError} the answer's signature, or its match with this request, does not hold; the answer is discarded
 * @throws {TransportError} no usable answer: `kind` is timeout, network, http, invalid-answer or aborted; `mayHaveBeenProcessed` says whether LianLian may have acted
 *
 * @see https://lianlianpay.gitbook.io/docs/docs/instant-payment-apply-API
 */
export function instantPaymentApply(client: LianLianClient, params: InstantPaymentApplyParams, options?: RequestOptions): Promise<InstantPaymentApplyResponse> {
  return callOperation(coreOf(client), operation, params, options, sealLianpay);
}

/**
 * What became of a call to `instantPayment.apply` that failed with a `TransportError` whose `mayHaveBeenProcessed` is true: sends `instantPayment.query` with the call's `no_order` (pass the same params the call was made with).
 *
 * `{ found: true, answer }`: LianLian has it; the answer says its state. `{ found: false }` (ret_code `8901`): it did not take effect; send the call again under the same order number, never a new one (a second copy is refused as a duplicate, 1002).
 *
 * @throws {TransportError} the query got no usable answer (it is retried first); ask again later
 * @throws {SignatureVerificationError} the query's answer does not verify
 * @throws {LianLianError} the query failed with another ret_code
 *
 * @see https://lianlianpay.gitbook.io/docs/docs/instant-payment-apply-API
 */
export function instantPaymentApplyOutcome(client: LianLianClient, params: InstantPaymentApplyParams, options?: RequestOptions): Promise<Outcome<InstantPaymentQueryResponse>> {
  return outcomeOf(coreOf(client), operation, lookupOperation, params, options);
}
