// Generated from spec/ by @lianlian-sdk/generator. Do not edit; run `pnpm generate`.
import type { OperationDef } from '../runtime/1-errors-encoding/operation.ts';
import { coreOf, type LianLianClient } from './_client.ts';
import type { RequestOptions } from '../runtime/4-operations/config.ts';
import { callOperation } from '../runtime/4-operations/call.ts';
import type { CardBindVerifyParams, CardBindVerifyResponse } from '../client.ts';

/** `cardBind.verify` as the runtime reads it: `operations['cardBind.verify']` reduced to the rules its calls check. */
const operation: OperationDef = {
  "id": "cardBind.verify",
  "kind": "api",
  "endpoint": "https://traderapi.lianlianpay.com/bankcardbindverfy.htm",
  "encoding": "json",
  "route": "/traderapi/bankcardbindverfy.htm",
  "signTypes": [
    "RSA",
    "SHA256withRSA"
  ],
  "payload": "none",
  "successCodes": [
    "0000"
  ],
  "doc": "docs/card-bind-verify-api.md",
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
      "name": "token",
      "presence": "required",
      "type": "string"
    },
    {
      "name": "user_id",
      "presence": "required",
      "type": "string",
      "maxLength": 32
    },
    {
      "name": "verify_code",
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
        },
        {
          "name": "card_no",
          "presence": "required",
          "type": "string"
        }
      ]
    }
  ]
};

/**
 * Completes a card bind by checking the SMS code and token from cardBind.apply.
 *
 * `POST https://traderapi.lianlianpay.com/bankcardbindverfy.htm`. Succeeds on ret_code `0000`; any other code throws `LianLianError`.
 *
 * @see https://lianlianpay.gitbook.io/docs/docs/card-bind-verify-api
 */
export function cardBindVerify(client: LianLianClient, params: CardBindVerifyParams, options?: RequestOptions): Promise<CardBindVerifyResponse> {
  return callOperation(coreOf(client), operation, params, options);
}
