// Generated from spec/ by @lianlian-sdk/generator. Do not edit; run `pnpm generate`.
import type { OperationDef } from '../runtime/operation.ts';
import { coreOf, type LianLianClient } from './_client.ts';
import type { RequestOptions } from '../runtime/client-core.ts';
import type { CardBindQueryParams, CardBindQueryResponse } from '../client.ts';

/** `cardBind.query`: the same rules as `operations['cardBind.query']`. */
const operation: OperationDef = {
  "id": "cardBind.query",
  "kind": "api",
  "endpoint": "https://queryapi.lianlianpay.com/bankcardbindlist.htm",
  "encoding": "json",
  "route": "/queryapi/bankcardbindlist.htm",
  "signTypes": [
    "RSA"
  ],
  "payload": "none",
  "successCodes": [
    "0000"
  ],
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
        "F"
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
      "type": "string",
      "maxLength": 4
    },
    {
      "name": "ret_msg",
      "presence": "required",
      "type": "string",
      "maxLength": 100
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
          "type": "string",
          "maxLength": 3,
          "enum": [
            "RSA"
          ]
        },
        {
          "name": "sign",
          "presence": "required",
          "type": "string"
        },
        {
          "name": "oid_paybill",
          "presence": "required",
          "type": "string",
          "maxLength": 18
        },
        {
          "name": "user_id",
          "presence": "required",
          "type": "string",
          "maxLength": 32
        },
        {
          "name": "count",
          "presence": "required",
          "type": "string",
          "maxLength": 8
        },
        {
          "name": "agreement_list",
          "presence": "optional",
          "type": "list",
          "items": [
            {
              "name": "no_agree",
              "presence": "required",
              "type": "string",
              "maxLength": 16
            },
            {
              "name": "card_no",
              "presence": "required",
              "type": "string",
              "maxLength": 4,
              "sensitive": true
            },
            {
              "name": "bank_code",
              "presence": "required",
              "type": "string",
              "maxLength": 8
            },
            {
              "name": "bank_name",
              "presence": "required",
              "type": "string",
              "maxLength": 32
            },
            {
              "name": "card_type",
              "presence": "required",
              "type": "string",
              "maxLength": 1,
              "enum": [
                "2",
                "3"
              ]
            },
            {
              "name": "bind_mobile",
              "presence": "required",
              "type": "string",
              "maxLength": 11
            }
          ]
        }
      ]
    }
  ],
  "doc": "docs/card-bind-query-api.md"
};

/**
 * Lists the cards bound to a user, newest first, optionally filtered.
 *
 * `POST https://queryapi.lianlianpay.com/bankcardbindlist.htm`. Succeeds on ret_code `0000`; any other code throws `LianLianError`.
 *
 * @see https://lianlianpay.gitbook.io/docs/docs/card-bind-query-api
 */
export function cardBindQuery(client: LianLianClient, params: CardBindQueryParams, options?: RequestOptions): Promise<CardBindQueryResponse> {
  return coreOf(client).request(operation, params, options);
}
