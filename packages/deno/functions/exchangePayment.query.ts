// Generated from spec/ by @lianlian-sdk/generator. Do not edit; run `pnpm generate`.
import type { OperationDef } from '../runtime/operation.ts';
import { coreOf, type LianLianClient } from './_client.ts';
import type { RequestOptions } from '../runtime/client-core.ts';
import { callOperation } from '../runtime/call.ts';
import type { ExchangePaymentQueryParams, ExchangePaymentQueryResponse } from '../client.ts';

/** `exchangePayment.query` as the runtime reads it: `operations['exchangePayment.query']` without list item shapes and signed response fields. */
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
  "response": [],
  "responseGroups": []
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
