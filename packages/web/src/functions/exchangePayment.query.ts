// Generated from spec/ by @lianlian-sdk/generator. Do not edit; run `pnpm generate`.
import type { OperationDef } from '../runtime/1-errors-encoding/operation.ts';
import { coreOf, type LianLianClient } from './_client.ts';
import type { RequestOptions } from '../runtime/4-operations/config.ts';
import { callOperation } from '../runtime/4-operations/call.ts';
import type { ExchangePaymentQueryParams, ExchangePaymentQueryResponse } from '../client.ts';

/** `exchangePayment.query` as the runtime reads it: `operations['exchangePayment.query']` reduced to the rules its calls check. */
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
  "doc": "docs/exchange-payment-result-query.md",
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
          "type": "string",
          "echo": true
        },
        {
          "name": "result_pay",
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
 * Looks up an exchange payment by no_order and returns its current status.
 *
 * `POST https://queryapi.lianlianpay.com/exchangeorderquery.htm`. Succeeds on ret_code `0000`; any other code throws `LianLianError`.
 *
 * @see https://lianlianpay.gitbook.io/docs/docs/exchange-payment-result-query
 */
export function exchangePaymentQuery(client: LianLianClient, params: ExchangePaymentQueryParams, options?: RequestOptions): Promise<ExchangePaymentQueryResponse> {
  return callOperation(coreOf(client), operation, params, options);
}
