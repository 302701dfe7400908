// Generated from spec/ by @lianlian-sdk/generator. Do not edit; run `pnpm generate`.
import type { OperationDef } from '../runtime/1-errors-encoding/operation.ts';
import { coreOf, type LianLianClient } from './_client.ts';
import type { RequestOptions } from '../runtime/4-operations/config.ts';
import { redirectFormFor, type RedirectForm } from '../runtime/4-operations/redirect.ts';
import type { OnlineBankingPaymentParams } from '../client.ts';

/**
 * `onlineBanking.payment` as the runtime reads it: `operations['onlineBanking.payment']` reduced to the rules its calls check.
 * @internal (exported for the modules whose lookup it is)
 */
export const operation: OperationDef = {
  "id": "onlineBanking.payment",
  "kind": "redirect",
  "endpoint": "https://payment.lianlianpay.com/payment/bankgateway.htm",
  "encoding": "form",
  "route": "/payment/payment/bankgateway.htm",
  "signTypes": [
    "RSA"
  ],
  "payload": "none",
  "successCodes": [
    "0000"
  ],
  "doc": "docs/online-banking-redirect-api.md",
  "request": [
    {
      "name": "version",
      "presence": "required",
      "type": "string",
      "maxLength": 6,
      "fixed": "1.0",
      "managed": true
    },
    {
      "name": "charset_name",
      "presence": "required",
      "type": "string",
      "maxLength": 18,
      "enum": [
        "UTF-8",
        "GBK",
        "GB2312",
        "GB18030"
      ]
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
      "name": "timestamp",
      "presence": "required",
      "type": "string",
      "maxLength": 14,
      "format": "datetime14",
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
      "name": "money_order",
      "presence": "required",
      "type": "string",
      "maxLength": 12,
      "format": "money"
    },
    {
      "name": "notify_url",
      "presence": "required",
      "type": "string",
      "maxLength": 128,
      "format": "url"
    },
    {
      "name": "url_return",
      "presence": "optional",
      "type": "string",
      "maxLength": 128,
      "format": "url"
    },
    {
      "name": "userreq_ip",
      "presence": "optional",
      "type": "string",
      "maxLength": 32
    },
    {
      "name": "url_order",
      "presence": "optional",
      "type": "string",
      "maxLength": 255,
      "format": "url"
    },
    {
      "name": "valid_order",
      "presence": "optional",
      "type": "integer"
    },
    {
      "name": "bank_code",
      "presence": "optional",
      "type": "string",
      "maxLength": 18
    },
    {
      "name": "risk_item",
      "presence": "required",
      "type": "string",
      "format": "json-string"
    },
    {
      "name": "pay_type",
      "presence": "optional",
      "type": "string",
      "enum": [
        "1",
        "8",
        "9"
      ]
    }
  ],
  "response": [],
  "responseGroups": []
};

/**
 * Sends the payer's browser to LianLian, then on to their bank's online banking page.
 *
 * Builds the signed form the payer's browser posts to `https://payment.lianlianpay.com/payment/bankgateway.htm`: its fields, and `html()` for a page that posts itself.
 *
 * @throws {ValidationError} a parameter breaks the spec (the error names it); nothing was sent
 * @throws {KeyFormatError} a key in the config cannot be parsed
 *
 * @see https://lianlianpay.gitbook.io/docs/docs/online-banking-redirect-api
 */
export function onlineBankingPayment(client: LianLianClient, params: OnlineBankingPaymentParams, options?: RequestOptions): Promise<RedirectForm> {
  return redirectFormFor(coreOf(client), operation, params, options);
}
