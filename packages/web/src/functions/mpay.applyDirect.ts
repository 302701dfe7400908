// Generated from spec/ by @lianlian-sdk/generator. Do not edit; run `pnpm generate`.
import type { OperationDef } from '../runtime/1-errors-encoding/operation.ts';
import { coreOf, type LianLianClient } from './_client.ts';
import type { RequestOptions } from '../runtime/4-operations/config.ts';
import { callOperation } from '../runtime/4-operations/call.ts';
import { sealLianpay } from '../runtime/3-sign-verify/pay-load.ts';
import type { MpayApplyDirectParams, MpayApplyDirectResponse } from '../client.ts';

/** `mpay.applyDirect` as the runtime reads it: `operations['mpay.applyDirect']` reduced to the rules its calls check. */
const operation: OperationDef = {
  "id": "mpay.applyDirect",
  "kind": "api",
  "endpoint": "https://mpayapi.lianlianpay.com/v1/bankcardprepay",
  "encoding": "json",
  "route": "/mpayapi/v1/bankcardprepay",
  "signTypes": [
    "RSA",
    "SHA256withRSA"
  ],
  "payload": "lianpay1_0_1",
  "successCodes": [
    "0000",
    "8888"
  ],
  "doc": "docs/MPAY-apply-direct-API.md",
  "request": [
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
      "name": "oid_partner",
      "presence": "required",
      "type": "string",
      "maxLength": 18,
      "managed": true
    },
    {
      "name": "user_id",
      "presence": "required",
      "type": "string",
      "maxLength": 32
    },
    {
      "name": "busi_partner",
      "presence": "required",
      "type": "string",
      "maxLength": 6,
      "enum": [
        "101001",
        "109001"
      ]
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
      "name": "name_goods",
      "presence": "required",
      "type": "string",
      "maxLength": 40
    },
    {
      "name": "info_order",
      "presence": "optional",
      "type": "string",
      "maxLength": 255
    },
    {
      "name": "money_order",
      "presence": "required",
      "type": "string",
      "maxLength": 12,
      "format": "money"
    },
    {
      "name": "notify_url",
      "presence": "required",
      "type": "string",
      "maxLength": 128,
      "format": "url"
    },
    {
      "name": "valid_order",
      "presence": "optional",
      "type": "integer"
    },
    {
      "name": "risk_item",
      "presence": "required",
      "type": "string",
      "format": "json-string"
    },
    {
      "name": "pay_type",
      "presence": "required",
      "type": "string",
      "enum": [
        "2",
        "3",
        "P",
        "27"
      ]
    },
    {
      "name": "vali_date",
      "presence": "optional",
      "type": "string",
      "sensitive": true
    },
    {
      "name": "card_no",
      "presence": "conditional",
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
      "name": "bank_code",
      "presence": "optional",
      "type": "string",
      "maxLength": 18
    },
    {
      "name": "acct_name",
      "presence": "required",
      "type": "string",
      "sensitive": true
    },
    {
      "name": "bind_mob",
      "presence": "conditional",
      "type": "string",
      "sensitive": true
    },
    {
      "name": "id_type",
      "presence": "conditional",
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
      "presence": "conditional",
      "type": "string",
      "sensitive": true
    },
    {
      "name": "no_agree",
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
    }
  ],
  "responseGroups": [
    {
      "field": "ret_code",
      "values": [
        "8888",
        "0000"
      ],
      "fields": [
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
          "presence": "required",
          "type": "string",
          "echo": true
        },
        {
          "name": "dt_order",
          "presence": "required",
          "type": "string"
        },
        {
          "name": "money_order",
          "presence": "required",
          "type": "string",
          "format": "money"
        }
      ]
    },
    {
      "field": "ret_code",
      "values": [
        "0000"
      ],
      "fields": [
        {
          "name": "no_agree",
          "presence": "optional",
          "type": "string",
          "echo": true
        }
      ]
    }
  ]
};

/**
 * Creates an MPAY card payment; LianLian answers 8888 and texts an SMS code.
 *
 * `POST https://mpayapi.lianlianpay.com/v1/bankcardprepay`, body encrypted as `pay_load` (lianpay1_0_1). Succeeds on ret_code `0000` or `8888`; any other code throws `LianLianError`.
 *
 * @see https://lianlianpay.gitbook.io/docs/docs/MPAY-apply-direct-API
 */
export function mpayApplyDirect(client: LianLianClient, params: MpayApplyDirectParams, options?: RequestOptions): Promise<MpayApplyDirectResponse> {
  return callOperation(coreOf(client), operation, params, options, sealLianpay);
}
