// Generated from spec/ by @lianlian-sdk/generator. Do not edit; run `pnpm generate`.
import type { OperationDef } from '../runtime/operation.ts';
import { coreOf, type LianLianClient } from './_client.ts';
import type { RequestOptions } from '../runtime/client-core.ts';
import type { InstantPaymentBalanceParams, InstantPaymentBalanceResponse } from '../client.ts';

/** `instantPayment.balance`: the same rules as `operations['instantPayment.balance']`. */
const operation: OperationDef = {
  "id": "instantPayment.balance",
  "kind": "api",
  "endpoint": "https://traderapi.lianlianpay.com/traderAcctQuery.htm",
  "encoding": "json",
  "route": "/traderapi/traderAcctQuery.htm",
  "signTypes": [
    "RSA"
  ],
  "payload": "none",
  "apiVersion": "1.1",
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
      "name": "api_version",
      "presence": "required",
      "type": "string",
      "maxLength": 6,
      "fixed": "1.1",
      "managed": true
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
          "name": "amt_unsettle",
          "presence": "required",
          "type": "string"
        },
        {
          "name": "amt_balance",
          "presence": "required",
          "type": "string"
        }
      ]
    }
  ],
  "doc": "docs/balance-query-api.md"
};

/**
 * Reads the merchant account's available and unsettled balances.
 *
 * `POST https://traderapi.lianlianpay.com/traderAcctQuery.htm`. Succeeds on ret_code `0000`; any other code throws `LianLianError`.
 *
 * @see https://lianlianpay.gitbook.io/docs/docs/balance-query-api
 */
export function instantPaymentBalance(client: LianLianClient, params: InstantPaymentBalanceParams, options?: RequestOptions): Promise<InstantPaymentBalanceResponse> {
  return coreOf(client).request(operation, params, options);
}
