// Generated from spec/ by @lianlian-sdk/generator. Do not edit; run `pnpm generate`.
import type { OperationDef } from '../runtime/1-errors-encoding/operation.ts';
import { coreOf, type LianLianClient } from './_client.ts';
import type { RequestOptions } from '../runtime/4-operations/config.ts';
import { callOperation } from '../runtime/4-operations/call.ts';
import type { CardBindApplyParams, CardBindApplyResponse } from '../client.ts';

/**
 * `cardBind.apply` as the runtime reads it: `operations['cardBind.apply']` reduced to the rules its calls check.
 * @internal (exported for the modules whose lookup it is)
 */
export const operation: OperationDef = {
  "id": "cardBind.apply",
  "kind": "api",
  "endpoint": "https://traderapi.lianlianpay.com/bankcardbind.htm",
  "encoding": "json",
  "route": "/traderapi/bankcardbind.htm",
  "effect": "write",
  "signTypes": [
    "RSA"
  ],
  "payload": "none",
  "apiVersion": "2.1",
  "successCodes": [
    "0000"
  ],
  "doc": "docs/card-bind-apply-api.md",
  "request": [
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
      "name": "pay_type",
      "presence": "required",
      "type": "string",
      "enum": [
        "M",
        "N",
        "D"
      ]
    },
    {
      "name": "api_version",
      "presence": "required",
      "type": "string",
      "maxLength": 6,
      "fixed": "2.1",
      "managed": true
    },
    {
      "name": "risk_item",
      "presence": "required",
      "type": "string",
      "format": "json-string"
    },
    {
      "name": "vali_date",
      "presence": "optional",
      "type": "string",
      "sensitive": true
    },
    {
      "name": "cvv2",
      "presence": "optional",
      "type": "string",
      "sensitive": true
    },
    {
      "name": "id_type",
      "presence": "required",
      "type": "string",
      "maxLength": 1,
      "enum": [
        "0",
        "2",
        "3",
        "4",
        "6",
        "9",
        "X"
      ]
    },
    {
      "name": "id_no",
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
      "name": "card_no",
      "presence": "required",
      "type": "string",
      "sensitive": true
    },
    {
      "name": "bind_mob",
      "presence": "required",
      "type": "string",
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
          "name": "user_id",
          "presence": "required",
          "type": "string",
          "echo": true
        }
      ]
    }
  ]
};

/**
 * Starts binding a user's card and has LianLian text an SMS code to the holder.
 *
 * `POST https://traderapi.lianlianpay.com/bankcardbind.htm`. Succeeds on ret_code `0000`; any other code throws `LianLianError`.
 * Moves money or changes state: sent once, never retried. After a `TransportError` whose `mayHaveBeenProcessed` is true, find out what LianLian did (query by the order number) before sending it again.
 *
 * @throws {ValidationError} a parameter breaks the spec (the error names it); nothing was sent
 * @throws {KeyFormatError} a key in the config cannot be parsed
 * @throws {LianLianError} LianLian answered a ret_code other than `0000`
 * @throws {SignatureVerificationError} the answer's signature, or its match with this request, does not hold; the answer is discarded
 * @throws {TransportError} no usable answer: `kind` is timeout, network, http, invalid-answer or aborted; `mayHaveBeenProcessed` says whether LianLian may have acted
 *
 * @see https://lianlianpay.gitbook.io/docs/docs/card-bind-apply-api
 */
export function cardBindApply(client: LianLianClient, params: CardBindApplyParams, options?: RequestOptions): Promise<CardBindApplyResponse> {
  return callOperation(coreOf(client), operation, params, options);
}
