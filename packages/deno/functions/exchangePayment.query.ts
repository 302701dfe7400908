// Generated from spec/ by @lianlian-sdk/generator. Do not edit; run `pnpm generate`.
import type { OperationDef } from '../runtime/operation.ts';
import { coreOf, type LianLianClient } from './_client.ts';
import type { RequestOptions } from '../runtime/client-core.ts';
import type { ExchangePaymentQueryParams, ExchangePaymentQueryResponse } from '../client.ts';

/** `exchangePayment.query`: the same rules as `operations['exchangePayment.query']`. */
const operation: OperationDef = {
  "id": "exchangePayment.query",
  "kind": "api",
  "endpoint": "https://queryapi.lianlianpay.com/exchangeorderquery.htm",
  "encoding": "json",
  "route": "/queryapi/exchangeorderquery.htm",
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
      "name": "no_order",
      "presence": "required",
      "type": "string",
      "maxLength": 32
    },
    {
      "name": "oid_paybill",
      "presence": "optional",
      "type": "string",
      "maxLength": 18
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
          "maxLength": 3,
          "fixed": "RSA"
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
          "name": "result_pay",
          "presence": "required",
          "type": "string",
          "enum": [
            "SUCCESS",
            "PROCESSING",
            "WAITING",
            "REFUND",
            "FAILURE"
          ]
        },
        {
          "name": "memo",
          "presence": "optional",
          "type": "string"
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
          "presence": "optional",
          "type": "string",
          "maxLength": 8,
          "format": "date8"
        },
        {
          "name": "info_order",
          "presence": "optional",
          "type": "string",
          "maxLength": 255
        },
        {
          "name": "pay_type",
          "presence": "optional",
          "type": "string",
          "maxLength": 1
        },
        {
          "name": "currency_settle",
          "presence": "required",
          "type": "string",
          "maxLength": 3,
          "format": "currency"
        },
        {
          "name": "money_settle",
          "presence": "required",
          "type": "string",
          "maxLength": 12,
          "format": "money"
        },
        {
          "name": "currency_pay",
          "presence": "required",
          "type": "string",
          "maxLength": 3,
          "format": "currency"
        },
        {
          "name": "money_pay",
          "presence": "required",
          "type": "string",
          "maxLength": 12,
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
          "maxLength": 16
        }
      ]
    }
  ],
  "doc": "docs/exchange-payment-result-query.md"
};

/**
 * Looks up an exchange payment by no_order and returns its current status.
 *
 * `POST https://queryapi.lianlianpay.com/exchangeorderquery.htm`. Succeeds on ret_code `0000`; any other code throws `LianLianError`.
 *
 * @see https://lianlianpay.gitbook.io/docs/docs/exchange-payment-result-query
 */
export function exchangePaymentQuery(client: LianLianClient, params: ExchangePaymentQueryParams, options?: RequestOptions): Promise<ExchangePaymentQueryResponse> {
  return coreOf(client).request(operation, params, options);
}
