// Generated from spec/ by @lianlian-sdk/generator. Do not edit; run `pnpm generate`.
import type { OperationDef } from '../runtime/operation.ts';
import { coreOf, type LianLianClient } from './_client.ts';
import type { RequestOptions } from '../runtime/client-core.ts';
import type { RefundQueryParams, RefundQueryResponse } from '../client.ts';

/** `refund.query`: the same rules as `operations['refund.query']`. */
const operation: OperationDef = {
  "id": "refund.query",
  "kind": "api",
  "endpoint": "https://queryapi.lianlianpay.com/refundquery.htm",
  "encoding": "json",
  "route": "/queryapi/refundquery.htm",
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
  "doc": "docs/refund-result-query-api.md"
};

/**
 * Looks up a refund by no_refund and dt_refund and returns its status.
 *
 * `POST https://queryapi.lianlianpay.com/refundquery.htm`. Succeeds on ret_code `0000`; any other code throws `LianLianError`.
 *
 * @see https://lianlianpay.gitbook.io/docs/docs/refund-result-query-api
 */
export function refundQuery(client: LianLianClient, params: RefundQueryParams, options?: RequestOptions): Promise<RefundQueryResponse> {
  return coreOf(client).request(operation, params, options);
}
