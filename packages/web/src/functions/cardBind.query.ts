// Generated from spec/ by @lianlian-sdk/generator. Do not edit; run `pnpm generate`.
import type { OperationDef } from '../runtime/1-errors-encoding/operation.ts';
import { coreOf, type LianLianClient } from './_client.ts';
import type { RequestOptions } from '../runtime/4-operations/config.ts';
import { callOperation } from '../runtime/4-operations/call.ts';
import type { CardBindQueryParams, CardBindQueryResponse } from '../client.ts';

/**
 * `cardBind.query` as the runtime reads it: `operations['cardBind.query']` reduced to the rules its calls check.
 * @internal (exported for the modules whose lookup it is)
 */
export const operation: OperationDef = {
  "id": "cardBind.query",
  "kind": "api",
  "endpoint": "https://queryapi.lianlianpay.com/bankcardbindlist.htm",
  "encoding": "json",
  "route": "/queryapi/bankcardbindlist.htm",
  "effect": "read",
  "notFoundCodes": [
    "3007"
  ],
  "signTypes": [
    "RSA"
  ],
  "payload": "none",
  "successCodes": [
    "0000"
  ],
  "doc": "docs/card-bind-query-api.md",
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
      "name": "user_id",
      "presence": "required",
      "type": "string",
      "maxLength": 32
    },
    {
      "name": "platform",
      "presence": "optional",
      "type": "string",
      "maxLength": 32
    },
    {
      "name": "pay_type",
      "presence": "optional",
      "type": "string",
      "enum": [
        "2",
        "3",
        "D",
        "M",
        "F",
        "P"
      ]
    },
    {
      "name": "no_agree",
      "presence": "optional",
      "type": "string"
    },
    {
      "name": "card_no",
      "presence": "optional",
      "type": "string",
      "sensitive": true
    },
    {
      "name": "offset",
      "presence": "required",
      "type": "string",
      "maxLength": 8
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
          "name": "user_id",
          "presence": "required",
          "type": "string",
          "echo": true
        },
        {
          "name": "count",
          "presence": "required",
          "type": "integer"
        },
        {
          "name": "agreement_list",
          "presence": "optional",
          "type": "list",
          "unsigned": true
        }
      ]
    }
  ]
};

/**
 * Lists the cards bound to a user, newest first, optionally filtered.
 *
 * `POST https://queryapi.lianlianpay.com/bankcardbindlist.htm`. Succeeds on ret_code `0000`; any other code throws `LianLianError`.
 * Read-only: retried on network errors, 429 and 5xx, with backoff and `Retry-After` (the `retry` setting; 0 turns it off).
 *
 * @throws {ValidationError} a parameter breaks the spec (the error names it); nothing was sent
 * @throws {KeyFormatError} a key in the config cannot be parsed
 * @throws {LianLianError} LianLian answered a ret_code other than `0000`
 * @throws {SignatureVerificationError} the answer's signature, or its match with this request, does not hold; the answer is discarded
 * @throws {TransportError} no usable answer: `kind` is timeout, network, http, invalid-answer or aborted; `mayHaveBeenProcessed` says whether LianLian may have acted
 *
 * @see https://lianlianpay.gitbook.io/docs/docs/card-bind-query-api
 */
export function cardBindQuery(client: LianLianClient, params: CardBindQueryParams, options?: RequestOptions): Promise<CardBindQueryResponse> {
  return callOperation(coreOf(client), operation, params, options);
}
