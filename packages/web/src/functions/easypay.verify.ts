// Generated from spec/ by @lianlian-sdk/generator. Do not edit; run `pnpm generate`.
import type { OperationDef } from '../runtime/1-errors-encoding/operation.ts';
import { coreOf, type LianLianClient } from './_client.ts';
import type { RequestOptions } from '../runtime/4-operations/config.ts';
import { callOperation } from '../runtime/4-operations/call.ts';
import type { EasypayVerifyParams, EasypayVerifyResponse } from '../client.ts';

/** `easypay.verify` as the runtime reads it: `operations['easypay.verify']` reduced to the rules its calls check. */
const operation: OperationDef = {
  "id": "easypay.verify",
  "kind": "api",
  "endpoint": "https://traderapi.lianlianpay.com/easypayverify.htm",
  "encoding": "json",
  "route": "/traderapi/easypayverify.htm",
  "signTypes": [
    "RSA",
    "SHA256withRSA"
  ],
  "payload": "none",
  "successCodes": [
    "0000"
  ],
  "doc": "docs/easypay-verify-direct-api.md",
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
      "name": "dt_order",
      "presence": "required",
      "type": "string",
      "maxLength": 14,
      "format": "datetime14"
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
          "name": "oid_paybill",
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
    }
  ]
};

/**
 * Confirms an Easy Payment with the payer's SMS code so LianLian charges the card.
 *
 * `POST https://traderapi.lianlianpay.com/easypayverify.htm`. Succeeds on ret_code `0000`; any other code throws `LianLianError`.
 *
 * @see https://lianlianpay.gitbook.io/docs/docs/easypay-verify-direct-api
 */
export function easypayVerify(client: LianLianClient, params: EasypayVerifyParams, options?: RequestOptions): Promise<EasypayVerifyResponse> {
  return callOperation(coreOf(client), operation, params, options);
}
