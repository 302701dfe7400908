// Generated from spec/ by @lianlian-sdk/generator. Do not edit; run `pnpm generate`.
import type { OperationDef } from '../runtime/1-errors-encoding/operation.ts';
import { coreOf, type LianLianClient } from './_client.ts';
import type { RequestOptions } from '../runtime/4-operations/config.ts';
import { callOperation } from '../runtime/4-operations/call.ts';
import { sealLianpay } from '../runtime/3-sign-verify/pay-load.ts';
import type { InstantPaymentApplyParams, InstantPaymentApplyResponse } from '../client.ts';

/** `instantPayment.apply` as the runtime reads it: `operations['instantPayment.apply']` reduced to the rules its calls check. */
const operation: OperationDef = {
  "id": "instantPayment.apply",
  "kind": "api",
  "endpoint": "https://instantpay.lianlianpay.com/paymentapi/payment.htm",
  "encoding": "json",
  "route": "/instantpay/paymentapi/payment.htm",
  "signTypes": [
    "RSA"
  ],
  "payload": "lianpay1_0_1",
  "apiVersion": "1.1",
  "successCodes": [
    "0000",
    "4002",
    "4003",
    "4004"
  ],
  "doc": "docs/instant-payment-apply-API.md",
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
      "name": "flag_card",
      "presence": "required",
      "type": "string",
      "maxLength": 1,
      "enum": [
        "0",
        "1"
      ]
    },
    {
      "name": "money_order",
      "presence": "required",
      "type": "string",
      "maxLength": 12,
      "format": "money"
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
      "name": "card_no",
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
      "name": "info_order",
      "presence": "required",
      "type": "string",
      "maxLength": 255
    },
    {
      "name": "memo",
      "presence": "required",
      "type": "string",
      "maxLength": 24
    },
    {
      "name": "notify_url",
      "presence": "required",
      "type": "string",
      "maxLength": 128,
      "format": "url"
    },
    {
      "name": "bank_code",
      "presence": "conditional",
      "type": "string",
      "maxLength": 18
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
    },
    {
      "name": "no_order",
      "presence": "optional",
      "type": "string",
      "echo": true
    }
  ],
  "responseGroups": []
};

/**
 * Transfers money from the merchant's LianLian balance to a bank account almost at once.
 *
 * `POST https://instantpay.lianlianpay.com/paymentapi/payment.htm`, body encrypted as `pay_load` (lianpay1_0_1). Succeeds on ret_code `0000` or `4002` or `4003` or `4004`; any other code throws `LianLianError`.
 *
 * @see https://lianlianpay.gitbook.io/docs/docs/instant-payment-apply-API
 */
export function instantPaymentApply(client: LianLianClient, params: InstantPaymentApplyParams, options?: RequestOptions): Promise<InstantPaymentApplyResponse> {
  return callOperation(coreOf(client), operation, params, options, sealLianpay);
}
