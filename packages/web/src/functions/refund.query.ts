// Generated from spec/ by @lianlian-sdk/generator. Do not edit; run `pnpm generate`.
import type { OperationDef } from '../runtime/1-errors-encoding/operation.ts';
import { coreOf, type LianLianClient } from './_client.ts';
import type { RequestOptions } from '../runtime/4-operations/config.ts';
import { callOperation } from '../runtime/4-operations/call.ts';
import type { RefundQueryParams, RefundQueryResponse } from '../client.ts';

/**
 * `refund.query` as the runtime reads it: `operations['refund.query']` reduced to the rules its calls check.
 * @internal (exported for the modules whose lookup it is)
 */
export const operation: OperationDef = {
  "id": "refund.query",
  "kind": "api",
  "endpoint": "https://queryapi.lianlianpay.com/refundquery.htm",
  "encoding": "json",
  "route": "/queryapi/refundquery.htm",
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
  "doc": "docs/refund-result-query-api.md",
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
 * Looks up a refund by no_refund and dt_refund and returns its status.
 *
 * `POST https://queryapi.lianlianpay.com/refundquery.htm`. Succeeds on ret_code `0000`; any other code throws `LianLianError`.
 * Read-only: retried on network errors, 429 and 5xx, with backoff and `Retry-After` (the `retry` setting; 0 turns it off).
 *
 * @throws {ValidationError} a parameter breaks the spec (the error names it); nothing was sent
 * @throws {KeyFormatError} a key in the config cannot be parsed
 * @throws {LianLianError} LianLian answered a ret_code other than `0000`
 * @throws {SignatureVerificationError} the answer's signature, or its match with this request, does not hold; the answer is discarded
 * @throws {TransportError} no usable answer: `kind` is timeout, network, http, invalid-answer or aborted; `mayHaveBeenProcessed` says whether LianLian may have acted
 *
 * @see https://lianlianpay.gitbook.io/docs/docs/refund-result-query-api
 */
export function refundQuery(client: LianLianClient, params: RefundQueryParams, options?: RequestOptions): Promise<RefundQueryResponse> {
  return callOperation(coreOf(client), operation, params, options);
}
