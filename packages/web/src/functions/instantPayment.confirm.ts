// Generated from spec/ by @lianlian-sdk/generator. Do not edit; run `pnpm generate`.
import type { OperationDef } from '../runtime/1-errors-encoding/operation.ts';
import { coreOf, type LianLianClient } from './_client.ts';
import type { RequestOptions } from '../runtime/4-operations/config.ts';
import { callOperation } from '../runtime/4-operations/call.ts';
import { sealLianpay } from '../runtime/3-sign-verify/pay-load.ts';
import type { InstantPaymentConfirmParams, InstantPaymentConfirmResponse } from '../client.ts';

/** `instantPayment.confirm` as the runtime reads it: `operations['instantPayment.confirm']` reduced to the rules its calls check. */
const operation: OperationDef = {
  "id": "instantPayment.confirm",
  "kind": "api",
  "endpoint": "https://instantpay.lianlianpay.com/paymentapi/confirmPayment.htm",
  "encoding": "json",
  "route": "/instantpay/paymentapi/confirmPayment.htm",
  "signTypes": [
    "RSA"
  ],
  "payload": "lianpay1_0_1",
  "apiVersion": "1.1",
  "successCodes": [
    "0000"
  ],
  "doc": "docs/instant-payment-confirm-API.md",
  "request": [
    {
      "name": "api_version",
      "presence": "required",
      "type": "string",
      "maxLength": 6,
      "fixed": "1.1",
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
      "name": "confirm_code",
      "presence": "required",
      "type": "string",
      "maxLength": 6
    },
    {
      "name": "no_order",
      "presence": "required",
      "type": "string",
      "maxLength": 32
    },
    {
      "name": "notify_url",
      "presence": "required",
      "type": "string",
      "maxLength": 128,
      "format": "url"
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
          "name": "no_order",
          "presence": "optional",
          "type": "string",
          "echo": true
        }
      ]
    }
  ]
};

/**
 * Goes ahead with a transfer that instantPayment.apply held back for confirmation.
 *
 * `POST https://instantpay.lianlianpay.com/paymentapi/confirmPayment.htm`, body encrypted as `pay_load` (lianpay1_0_1). Succeeds on ret_code `0000`; any other code throws `LianLianError`.
 *
 * @see https://lianlianpay.gitbook.io/docs/docs/instant-payment-confirm-API
 */
export function instantPaymentConfirm(client: LianLianClient, params: InstantPaymentConfirmParams, options?: RequestOptions): Promise<InstantPaymentConfirmResponse> {
  return callOperation(coreOf(client), operation, params, options, sealLianpay);
}
