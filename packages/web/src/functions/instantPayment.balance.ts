// Generated from spec/ by @lianlian-sdk/generator. Do not edit; run `pnpm generate`.
import type { OperationDef } from '../runtime/1-errors-encoding/operation.ts';
import { coreOf, type LianLianClient } from './_client.ts';
import type { RequestOptions } from '../runtime/4-operations/config.ts';
import { callOperation } from '../runtime/4-operations/call.ts';
import type { InstantPaymentBalanceParams, InstantPaymentBalanceResponse } from '../client.ts';

/**
 * `instantPayment.balance` as the runtime reads it: `operations['instantPayment.balance']` reduced to the rules its calls check.
 * @internal (exported for the modules whose lookup it is)
 */
export const operation: OperationDef = {
  "id": "instantPayment.balance",
  "kind": "api",
  "endpoint": "https://traderapi.lianlianpay.com/traderAcctQuery.htm",
  "encoding": "json",
  "route": "/traderapi/traderAcctQuery.htm",
  "effect": "read",
  "signTypes": [
    "RSA"
  ],
  "payload": "none",
  "apiVersion": "1.0",
  "successCodes": [
    "0000"
  ],
  "doc": "docs/balance-query-api.md",
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
      "name": "api_version",
      "presence": "required",
      "type": "string",
      "maxLength": 6,
      "fixed": "1.0",
      "managed": true
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
          "name": "amt_unsettle",
          "presence": "required",
          "type": "string"
        },
        {
          "name": "amt_balance",
          "presence": "required",
          "type": "string"
        }
      ]
    }
  ]
};

/**
 * Reads the merchant account's available and unsettled balances.
 *
 * `POST https://traderapi.lianlianpay.com/traderAcctQuery.htm`. Succeeds on ret_code `0000`; any other code throws `LianLianError`.
 * Read-only: retried on network errors, 429 and 5xx, with backoff and `Retry-After` (the `retry` setting; 0 turns it off).
 *
 * @throws {ValidationError} a parameter breaks the spec (the error names it); nothing was sent
 * @throws {KeyFormatError} a key in the config cannot be parsed
 * @throws {LianLianError} LianLian answered a ret_code other than `0000`
 * @throws {SignatureVerificationError} the answer's signature, or its match with this request, does not hold; the answer is discarded
 * @throws {TransportError} no usable answer: `kind` is timeout, network, http, invalid-answer or aborted; `mayHaveBeenProcessed` says whether LianLian may have acted
 *
 * @see https://lianlianpay.gitbook.io/docs/docs/balance-query-api
 */
export function instantPaymentBalance(client: LianLianClient, params: InstantPaymentBalanceParams, options?: RequestOptions): Promise<InstantPaymentBalanceResponse> {
  return callOperation(coreOf(client), operation, params, options);
}
