// Generated from spec/ by @lianlian-sdk/generator. Do not edit; run `pnpm generate`.
import type { OperationDef } from '../runtime/1-errors-encoding/operation.ts';
import { coreOf, type LianLianClient } from './_client.ts';
import type { RequestOptions } from '../runtime/4-operations/config.ts';
import { callOperation } from '../runtime/4-operations/call.ts';
import type { CardBindUnbindParams, CardBindUnbindResponse } from '../client.ts';

/** `cardBind.unbind` as the runtime reads it: `operations['cardBind.unbind']` reduced to the rules its calls check. */
const operation: OperationDef = {
  "id": "cardBind.unbind",
  "kind": "api",
  "endpoint": "https://traderapi.lianlianpay.com/bankcardunbind.htm",
  "encoding": "json",
  "route": "/traderapi/bankcardunbind.htm",
  "signTypes": [
    "RSA"
  ],
  "payload": "none",
  "successCodes": [
    "0000"
  ],
  "doc": "docs/card-bind-unbind-api.md",
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
      "presence": "required",
      "type": "string"
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
        }
      ]
    }
  ]
};

/**
 * Removes one of a user's card bindings, identified by its no_agree.
 *
 * `POST https://traderapi.lianlianpay.com/bankcardunbind.htm`. Succeeds on ret_code `0000`; any other code throws `LianLianError`.
 *
 * @see https://lianlianpay.gitbook.io/docs/docs/card-bind-unbind-api
 */
export function cardBindUnbind(client: LianLianClient, params: CardBindUnbindParams, options?: RequestOptions): Promise<CardBindUnbindResponse> {
  return callOperation(coreOf(client), operation, params, options);
}
