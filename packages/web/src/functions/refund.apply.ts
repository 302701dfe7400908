// Generated from spec/ by @lianlian-sdk/generator. Do not edit; run `pnpm generate`.
import type { OperationDef } from '../runtime/operation.ts';
import { coreOf, type LianLianClient } from './_client.ts';
import type { RequestOptions } from '../runtime/client-core.ts';
import type { RefundApplyParams, RefundApplyResponse } from '../client.ts';

/** `refund.apply`: the same rules as `operations['refund.apply']`. */
const operation: OperationDef = {
  "id": "refund.apply",
  "kind": "api",
  "endpoint": "https://traderapi.lianlianpay.com/exchangerefund.htm",
  "encoding": "json",
  "route": "/traderapi/exchangerefund.htm",
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
      "name": "no_refund",
      "presence": "required",
      "type": "string",
      "maxLength": 32
    },
    {
      "name": "dt_refund",
      "presence": "required",
      "type": "string",
      "maxLength": 14,
      "format": "datetime14"
    },
    {
      "name": "money_refund",
      "presence": "required",
      "type": "string",
      "maxLength": 12,
      "format": "money"
    },
    {
      "name": "no_order",
      "presence": "optional",
      "type": "string",
      "maxLength": 32
    },
    {
      "name": "dt_order",
      "presence": "optional",
      "type": "string",
      "maxLength": 14,
      "format": "datetime14"
    },
    {
      "name": "oid_paybill",
      "presence": "optional",
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
          "name": "oid_partner",
          "presence": "required",
          "type": "string",
          "maxLength": 18
        },
        {
          "name": "no_refund",
          "presence": "required",
          "type": "string",
          "maxLength": 32
        },
        {
          "name": "dt_refund",
          "presence": "required",
          "type": "string",
          "maxLength": 14,
          "format": "datetime14"
        },
        {
          "name": "money_refund",
          "presence": "required",
          "type": "string",
          "maxLength": 12,
          "format": "money"
        },
        {
          "name": "money_foreign_refund",
          "presence": "required",
          "type": "string",
          "maxLength": 12,
          "format": "money"
        },
        {
          "name": "rate_id",
          "presence": "required",
          "type": "string"
        },
        {
          "name": "rate",
          "presence": "required",
          "type": "string"
        },
        {
          "name": "exchange_bankcode",
          "presence": "required",
          "type": "string"
        },
        {
          "name": "oid_refundno",
          "presence": "required",
          "type": "string",
          "maxLength": 16
        },
        {
          "name": "sta_refund",
          "presence": "required",
          "type": "string",
          "maxLength": 1,
          "enum": [
            "0",
            "1",
            "2",
            "3"
          ]
        },
        {
          "name": "settle_date",
          "presence": "optional",
          "type": "string",
          "maxLength": 8,
          "format": "date8"
        }
      ]
    }
  ],
  "doc": "docs/refund-apply-api.md"
};

/**
 * Asks LianLian to refund all or part of a payment from the last 6 months.
 *
 * `POST https://traderapi.lianlianpay.com/exchangerefund.htm`. Succeeds on ret_code `0000`; any other code throws `LianLianError`.
 *
 * @see https://lianlianpay.gitbook.io/docs/docs/refund-apply-api
 */
export function refundApply(client: LianLianClient, params: RefundApplyParams, options?: RequestOptions): Promise<RefundApplyResponse> {
  return coreOf(client).request(operation, params, options);
}
