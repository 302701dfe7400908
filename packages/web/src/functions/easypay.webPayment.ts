// Generated from spec/ by @lianlian-sdk/generator. Do not edit; run `pnpm generate`.
import type { OperationDef } from '../runtime/1-errors-encoding/operation.ts';
import { coreOf, type LianLianClient } from './_client.ts';
import type { RequestOptions } from '../runtime/4-operations/config.ts';
import { redirectFormFor, type RedirectForm } from '../runtime/4-operations/redirect.ts';
import type { EasypayWebPaymentParams } from '../client.ts';

/**
 * `easypay.webPayment` as the runtime reads it: `operations['easypay.webPayment']` reduced to the rules its calls check.
 * @internal (exported for the modules whose lookup it is)
 */
export const operation: OperationDef = {
  "id": "easypay.webPayment",
  "kind": "redirect",
  "endpoint": "https://payment.lianlianpay.com/payment/traveleasypay.htm",
  "encoding": "form",
  "route": "/payment/payment/traveleasypay.htm",
  "signTypes": [
    "RSA"
  ],
  "payload": "none",
  "successCodes": [
    "0000"
  ],
  "doc": "docs/easypay_web_redirect.md",
  "request": [
    {
      "name": "version",
      "presence": "required",
      "type": "string",
      "fixed": "1.0",
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
      "name": "platform",
      "presence": "optional",
      "type": "string",
      "maxLength": 32
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
      "presence": "required",
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
      "name": "pay_type",
      "presence": "required",
      "type": "string",
      "enum": [
        "M",
        "F"
      ]
    },
    {
      "name": "risk_item",
      "presence": "required",
      "type": "string",
      "format": "json-string"
    },
    {
      "name": "back_url",
      "presence": "optional",
      "type": "string",
      "maxLength": 128,
      "format": "url"
    },
    {
      "name": "no_agree",
      "presence": "optional",
      "type": "string",
      "maxLength": 32
    },
    {
      "name": "acct_name",
      "presence": "optional",
      "type": "string",
      "sensitive": true
    },
    {
      "name": "card_no",
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
    }
  ],
  "response": [],
  "responseGroups": []
};

/**
 * Sends the payer's browser to LianLian's web page to pay by bank card.
 *
 * Builds the signed form the payer's browser posts to `https://payment.lianlianpay.com/payment/traveleasypay.htm`: its fields, and `html()` for a page that posts itself.
 *
 * @throws {ValidationError} a parameter breaks the spec (the error names it); nothing was sent
 * @throws {KeyFormatError} a key in the config cannot be parsed
 *
 * @see https://lianlianpay.gitbook.io/docs/docs/easypay_web_redirect
 */
export function easypayWebPayment(client: LianLianClient, params: EasypayWebPaymentParams, options?: RequestOptions): Promise<RedirectForm> {
  return redirectFormFor(coreOf(client), operation, params, options);
}
