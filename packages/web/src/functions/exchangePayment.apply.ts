// Generated from spec/ by @lianlian-sdk/generator. Do not edit; run `pnpm generate`.
import type { OperationDef } from '../runtime/1-errors-encoding/operation.ts';
import { coreOf, type LianLianClient } from './_client.ts';
import type { RequestOptions } from '../runtime/4-operations/config.ts';
import { callOperation } from '../runtime/4-operations/call.ts';
import type { ExchangePaymentApplyParams, ExchangePaymentApplyResponse } from '../client.ts';

/** `exchangePayment.apply` as the runtime reads it: `operations['exchangePayment.apply']` reduced to the rules its calls check. */
const operation: OperationDef = {
  "id": "exchangePayment.apply",
  "kind": "api",
  "endpoint": "https://fe-pay.lianlianpay.com/exchange/v1/bankcardpayapply",
  "encoding": "json",
  "route": "/fe-pay/exchange/v1/bankcardpayapply",
  "signTypes": [
    "RSA"
  ],
  "payload": "none",
  "apiVersion": "1.0",
  "successCodes": [
    "0000"
  ],
  "doc": "docs/exchange-payment-apply-api.md",
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
      "name": "platform",
      "presence": "optional",
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
        "M",
        "N",
        "D"
      ]
    },
    {
      "name": "currency_order",
      "presence": "required",
      "type": "string",
      "maxLength": 3,
      "format": "currency"
    },
    {
      "name": "money_order",
      "presence": "required",
      "type": "string",
      "maxLength": 12,
      "format": "money"
    },
    {
      "name": "currency_settle",
      "presence": "required",
      "type": "string",
      "maxLength": 3,
      "format": "currency"
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
      "presence": "optional",
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
      "presence": "optional",
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
          "name": "currency_order",
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
      "field": "result_pay",
      "values": [
        "SUCCESS"
      ],
      "fields": [
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
        },
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
 * Creates a foreign-currency card payment and has LianLian text an SMS code to the payer.
 *
 * `POST https://fe-pay.lianlianpay.com/exchange/v1/bankcardpayapply`. Succeeds on ret_code `0000`; any other code throws `LianLianError`.
 *
 * @see https://lianlianpay.gitbook.io/docs/docs/exchange-payment-apply-api
 */
export function exchangePaymentApply(client: LianLianClient, params: ExchangePaymentApplyParams, options?: RequestOptions): Promise<ExchangePaymentApplyResponse> {
  return callOperation(coreOf(client), operation, params, options);
}
