// Generated from spec/ by @lianlian-sdk/generator. Do not edit; run `pnpm generate`.
import type { OperationDef } from '../runtime/1-errors-encoding/operation.ts';
import { coreOf, type LianLianClient } from './_client.ts';
import type { RequestOptions } from '../runtime/4-operations/config.ts';
import { callOperation } from '../runtime/4-operations/call.ts';
import type { ExchangePaymentVerifyParams, ExchangePaymentVerifyResponse } from '../client.ts';

/** `exchangePayment.verify` as the runtime reads it: `operations['exchangePayment.verify']` reduced to the rules its calls check. */
const operation: OperationDef = {
  "id": "exchangePayment.verify",
  "kind": "api",
  "endpoint": "https://fe-pay.lianlianpay.com/exchange/v1/bankcardpayverify",
  "encoding": "json",
  "route": "/fe-pay/exchange/v1/bankcardpayverify",
  "signTypes": [
    "RSA"
  ],
  "payload": "none",
  "apiVersion": "1.0",
  "successCodes": [
    "0000"
  ],
  "doc": "docs/exchange-payment-verify-api.md",
  "request": [
    {
      "name": "api_version",
      "presence": "required",
      "type": "string",
      "maxLength": 6,
      "fixed": "1.0",
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
      "name": "time_stamp",
      "presence": "required",
      "type": "string",
      "maxLength": 14,
      "format": "datetime14",
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
      "name": "token",
      "presence": "required",
      "type": "string"
    },
    {
      "name": "verify_code",
      "presence": "required",
      "type": "string",
      "maxLength": 6,
      "sensitive": true
    },
    {
      "name": "no_order",
      "presence": "required",
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
          "name": "oid_paybill",
          "presence": "required",
          "type": "string"
        },
        {
          "name": "result_pay",
          "presence": "required",
          "type": "string"
        },
        {
          "name": "settle_date",
          "presence": "required",
          "type": "string"
        },
        {
          "name": "pay_type",
          "presence": "required",
          "type": "string"
        },
        {
          "name": "currency_order",
          "presence": "required",
          "type": "string"
        },
        {
          "name": "money_order",
          "presence": "required",
          "type": "string",
          "format": "money"
        },
        {
          "name": "money_settle",
          "presence": "optional",
          "type": "string",
          "format": "money"
        },
        {
          "name": "currency_pay",
          "presence": "required",
          "type": "string"
        },
        {
          "name": "money_pay",
          "presence": "required",
          "type": "string",
          "format": "money"
        },
        {
          "name": "exchange_rate",
          "presence": "required",
          "type": "string"
        }
      ]
    }
  ]
};

/**
 * Confirms an exchange payment with the payer's SMS code so LianLian charges the card.
 *
 * `POST https://fe-pay.lianlianpay.com/exchange/v1/bankcardpayverify`. Succeeds on ret_code `0000`; any other code throws `LianLianError`.
 *
 * @see https://lianlianpay.gitbook.io/docs/docs/exchange-payment-verify-api
 */
export function exchangePaymentVerify(client: LianLianClient, params: ExchangePaymentVerifyParams, options?: RequestOptions): Promise<ExchangePaymentVerifyResponse> {
  return callOperation(coreOf(client), operation, params, options);
}
