// Generated from spec/ by @lianlian-sdk/generator. Do not edit; run `pnpm generate`.
import type { OperationDef } from '../runtime/operation.ts';
import { coreOf, type LianLianClient } from './_client.ts';
import type { RequestOptions } from '../runtime/client-core.ts';
import type { MpayVerifyDirectParams, MpayVerifyDirectResponse } from '../client.ts';

/** `mpay.verifyDirect`: the same rules as `operations['mpay.verifyDirect']`. */
const operation: OperationDef = {
  "id": "mpay.verifyDirect",
  "kind": "api",
  "endpoint": "https://mpayapi.lianlianpay.com/v1/bankcardprepay",
  "encoding": "json",
  "route": "/mpayapi/v1/bankcardprepay",
  "signTypes": [
    "RSA",
    "SHA256withRSA"
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
      "name": "no_order",
      "presence": "required",
      "type": "string",
      "maxLength": 32
    },
    {
      "name": "token",
      "presence": "required",
      "type": "string"
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
      "name": "money_order",
      "presence": "required",
      "type": "string",
      "maxLength": 12,
      "format": "money"
    },
    {
      "name": "verify_code",
      "presence": "required",
      "type": "string",
      "maxLength": 6,
      "sensitive": true
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
          "name": "oid_partner",
          "presence": "required",
          "type": "string",
          "maxLength": 18
        },
        {
          "name": "sign_type",
          "presence": "required",
          "type": "string",
          "enum": [
            "RSA",
            "SHA256withRSA"
          ]
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
          "name": "oid_paybill",
          "presence": "required",
          "type": "string",
          "maxLength": 18
        },
        {
          "name": "money_order",
          "presence": "required",
          "type": "string",
          "maxLength": 12,
          "format": "money"
        },
        {
          "name": "token",
          "presence": "optional",
          "type": "string"
        },
        {
          "name": "info_order",
          "presence": "optional",
          "type": "string",
          "maxLength": 255
        },
        {
          "name": "settle_date",
          "presence": "optional",
          "type": "string",
          "maxLength": 8,
          "format": "date8"
        },
        {
          "name": "no_agree",
          "presence": "optional",
          "type": "string",
          "maxLength": 16
        }
      ]
    }
  ],
  "doc": "docs/MPAY-verify-direct-api.md"
};

/**
 * Confirms an MPAY payment with the payer's SMS code so LianLian charges the card.
 *
 * `POST https://mpayapi.lianlianpay.com/v1/bankcardprepay`. Succeeds on ret_code `0000`; any other code throws `LianLianError`.
 *
 * @see https://lianlianpay.gitbook.io/docs/docs/MPAY-verify-direct-api
 */
export function mpayVerifyDirect(client: LianLianClient, params: MpayVerifyDirectParams, options?: RequestOptions): Promise<MpayVerifyDirectResponse> {
  return coreOf(client).request(operation, params, options);
}
