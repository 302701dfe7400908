// Generated from spec/ by @lianlian-sdk/generator. Do not edit; run `pnpm generate`.
import type { OperationDef } from '../runtime/1-errors-encoding/operation.ts';
import { coreOf, type LianLianClient } from './_client.ts';
import type { RequestOptions } from '../runtime/4-operations/config.ts';
import { callOperation } from '../runtime/4-operations/call.ts';
import type { OnlineBankingQueryParams, OnlineBankingQueryResponse } from '../client.ts';

/**
 * `onlineBanking.query` as the runtime reads it: `operations['onlineBanking.query']` reduced to the rules its calls check.
 * @internal (exported for the modules whose lookup it is)
 */
export const operation: OperationDef = {
  "id": "onlineBanking.query",
  "kind": "api",
  "endpoint": "https://wallet.lianlianpay.com/llwalletapi/orderquery.htm",
  "encoding": "json",
  "route": "/wallet/llwalletapi/orderquery.htm",
  "effect": "read",
  "notFoundCodes": [
    "8901"
  ],
  "signTypes": [
    "RSA"
  ],
  "payload": "none",
  "successCodes": [
    "0000"
  ],
  "doc": "docs/aggregate-payment-result-query.md",
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
      "maxLength": 18
    },
    {
      "name": "query_version",
      "presence": "optional",
      "type": "string",
      "maxLength": 6
    },
    {
      "name": "user_id",
      "presence": "optional",
      "type": "string",
      "maxLength": 32
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
      "presence": "optional",
      "type": "string",
      "echo": true
    },
    {
      "name": "money_order",
      "presence": "optional",
      "type": "string",
      "format": "money"
    }
  ],
  "responseGroups": []
};

/**
 * Looks up one payment by no_order or oid_paybill and returns its current result.
 *
 * `POST https://wallet.lianlianpay.com/llwalletapi/orderquery.htm`. Succeeds on ret_code `0000`; any other code throws `LianLianError`.
 * Read-only: retried on network errors, 429 and 5xx, with backoff and `Retry-After` (the `retry` setting; 0 turns it off).
 *
 * @throws {ValidationError} a parameter breaks the spec (the error names it); nothing was sent
 * @throws {KeyFormatError} a key in the config cannot be parsed
 * @throws {LianLianError} LianLian answered a ret_code other than `0000`
 * @throws {SignatureVerificationError} the answer's signature, or its match with this request, does not hold; the answer is discarded
 * @throws {TransportError} no usable answer: `kind` is timeout, network, http, invalid-answer or aborted; `mayHaveBeenProcessed` says whether LianLian may have acted
 *
 * @see https://lianlianpay.gitbook.io/docs/docs/aggregate-payment-result-query
 */
export function onlineBankingQuery(client: LianLianClient, params: OnlineBankingQueryParams, options?: RequestOptions): Promise<OnlineBankingQueryResponse> {
  return callOperation(coreOf(client), operation, params, options);
}
