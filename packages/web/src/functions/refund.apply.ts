// Generated from spec/ by @lianlian-sdk/generator. Do not edit; run `pnpm generate`.
import type { OperationDef } from '../runtime/1-errors-encoding/operation.ts';
import { coreOf, type LianLianClient } from './_client.ts';
import type { RequestOptions } from '../runtime/4-operations/config.ts';
import { callOperation } from '../runtime/4-operations/call.ts';
import type { RefundApplyParams, RefundApplyResponse } from '../client.ts';
import { outcomeOf, type Outcome } from '../runtime/4-operations/outcome.ts';
import { operation as lookupOperation } from './refund.query.ts';
import type { RefundQueryResponse } from '../client.ts';

/**
 * `refund.apply` as the runtime reads it: `operations['refund.apply']` reduced to the rules its calls check.
 * @internal (exported for the modules whose lookup it is)
 */
export const operation: OperationDef = {
  "id": "refund.apply",
  "kind": "api",
  "endpoint": "https://traderapi.lianlianpay.com/exchangerefund.htm",
  "encoding": "json",
  "route": "/traderapi/exchangerefund.htm",
  "effect": "write",
  "lookup": {
    "operation": "refund.query",
    "fields": [
      "no_refund",
      "dt_refund"
    ]
  },
  "signTypes": [
    "RSA"
  ],
  "payload": "none",
  "successCodes": [
    "0000"
  ],
  "doc": "docs/refund-apply-api.md",
  "request": [
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
      "name": "no_refund",
      "presence": "required",
      "type": "string",
      "maxLength": 32
    },
    {
      "name": "dt_refund",
      "presence": "required",
      "type": "string",
      "maxLength": 14,
      "format": "datetime14"
    },
    {
      "name": "money_refund",
      "presence": "required",
      "type": "string",
      "maxLength": 12,
      "format": "money"
    },
    {
      "name": "no_order",
      "presence": "optional",
      "type": "string",
      "maxLength": 32
    },
    {
      "name": "dt_order",
      "presence": "optional",
      "type": "string",
      "maxLength": 14,
      "format": "datetime14"
    },
    {
      "name": "oid_paybill",
      "presence": "optional",
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
          "name": "oid_partner",
          "presence": "required",
          "type": "string",
          "echo": true
        },
        {
          "name": "no_refund",
          "presence": "required",
          "type": "string",
          "echo": true
        },
        {
          "name": "money_refund",
          "presence": "required",
          "type": "string",
          "format": "money"
        },
        {
          "name": "money_foreign_refund",
          "presence": "optional",
          "type": "string",
          "format": "money"
        },
        {
          "name": "oid_refundno",
          "presence": "required",
          "type": "string"
        },
        {
          "name": "sta_refund",
          "presence": "required",
          "type": "string"
        }
      ]
    }
  ]
};

/**
 * Asks LianLian to refund all or part of a payment from the last 6 months.
 *
 * `POST https://traderapi.lianlianpay.com/exchangerefund.htm`. Succeeds on ret_code `0000`; any other code throws `LianLianError`.
 * Moves money or changes state: sent once, never retried. After a `TransportError` whose `mayHaveBeenProcessed` is true, find out what LianLian did (query by the order number) before sending it again.
 *
 * @throws {ValidationError} a parameter breaks the spec (the error names it); nothing was sent
 * @throws {KeyFormatError} a key in the config cannot be parsed
 * @throws {LianLianError} LianLian answered a ret_code other than `0000`
 * @throws {SignatureVerificationError} the answer's signature, or its match with this request, does not hold; the answer is discarded
 * @throws {TransportError} no usable answer: `kind` is timeout, network, http, invalid-answer or aborted; `mayHaveBeenProcessed` says whether LianLian may have acted
 *
 * @see https://lianlianpay.gitbook.io/docs/docs/refund-apply-api
 */
export function refundApply(client: LianLianClient, params: RefundApplyParams, options?: RequestOptions): Promise<RefundApplyResponse> {
  return callOperation(coreOf(client), operation, params, options);
}

/**
 * What became of a call to `refund.apply` that failed with a `TransportError` whose `mayHaveBeenProcessed` is true: sends `refund.query` with the call's `no_refund`, `dt_refund` (pass the same params the call was made with).
 *
 * `{ found: true, answer }`: LianLian has it; the answer says its state. `{ found: false }` (ret_code `8901`): it did not take effect; send the call again under the same order number, never a new one (a second copy is refused as a duplicate, 1002).
 *
 * @throws {TransportError} the query got no usable answer (it is retried first); ask again later
 * @throws {SignatureVerificationError} the query's answer does not verify
 * @throws {LianLianError} the query failed with another ret_code
 *
 * @see https://lianlianpay.gitbook.io/docs/docs/refund-apply-api
 */
export function refundApplyOutcome(client: LianLianClient, params: RefundApplyParams, options?: RequestOptions): Promise<Outcome<RefundQueryResponse>> {
  return outcomeOf(coreOf(client), operation, lookupOperation, params, options);
}
