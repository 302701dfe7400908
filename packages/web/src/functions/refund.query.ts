// Generated from spec/ by @lianlian-sdk/generator. Do not edit; run `pnpm generate`.
import type { OperationDef } from '../runtime/1-errors-encoding/operation.ts';
import { coreOf, type LianLianClient } from './_client.ts';
import type { RequestOptions } from '../runtime/4-operations/config.ts';
import { callOperation } from '../runtime/4-operations/call.ts';
import type { RefundQueryParams, RefundQueryResponse } from '../client.ts';

/** `refund.query` as the runtime reads it: `operations['refund.query']` reduced to the rules its calls check. */
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
  "doc": "docs/refund-result-query-api.md",
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
          "name": "oid_partner",
          "presence": "required",
          "type": "string",
          "echo": true
        },
        {
          "name": "no_refund",
          "presence": "required",
          "type": "string",
          "echo": true
        },
        {
          "name": "money_refund",
          "presence": "required",
          "type": "string",
          "format": "money"
        },
        {
          "name": "money_foreign_refund",
          "presence": "optional",
          "type": "string",
          "format": "money"
        },
        {
          "name": "oid_refundno",
          "presence": "required",
          "type": "string"
        },
        {
          "name": "sta_refund",
          "presence": "required",
          "type": "string"
        }
      ]
    }
  ]
};

/**
 * Looks up a refund by no_refund and dt_refund and returns its status.
 *
 * `POST https://queryapi.lianlianpay.com/refundquery.htm`. Succeeds on ret_code `0000`; any other code throws `LianLianError`.
 *
 * @see https://lianlianpay.gitbook.io/docs/docs/refund-result-query-api
 */
export function refundQuery(client: LianLianClient, params: RefundQueryParams, options?: RequestOptions): Promise<RefundQueryResponse> {
  return callOperation(coreOf(client), operation, params, options);
}
