// Generated from spec/ by @lianlian-sdk/generator. Do not edit; run `pnpm generate`.
import type { OperationDef } from '../runtime/1-errors-encoding/operation.ts';
import { coreOf, type LianLianClient } from './_client.ts';
import type { RequestOptions } from '../runtime/4-operations/config.ts';
import { redirectFormFor, type RedirectForm } from '../runtime/4-operations/redirect.ts';
import type { AggregatePaymentParams } from '../client.ts';

/**
 * `aggregate.payment` as the runtime reads it: `operations['aggregate.payment']` reduced to the rules its calls check.
 * @internal (exported for the modules whose lookup it is)
 */
export const operation: OperationDef = {
  "id": "aggregate.payment",
  "kind": "redirect",
  "endpoint": "https://wallet.lianlianpay.com/aggregateweb/gateway.htm",
  "encoding": "form",
  "route": "/wallet/aggregateweb/gateway.htm",
  "signTypes": [
    "RSA"
  ],
  "payload": "none",
  "successCodes": [
    "0000"
  ],
  "doc": "docs/aggregate-web-redirect.md",
  "request": [
    {
      "name": "version",
      "presence": "required",
      "type": "string",
      "fixed": "1.1",
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
      "name": "risk_item",
      "presence": "required",
      "type": "string",
      "format": "json-string"
    },
    {
      "name": "col_oidpartner",
      "presence": "optional",
      "type": "string",
      "maxLength": 18
    },
    {
      "name": "col_userid",
      "presence": "optional",
      "type": "string",
      "maxLength": 32
    },
    {
      "name": "shareing_data",
      "presence": "optional",
      "type": "string",
      "maxLength": 1024
    },
    {
      "name": "secured_partner",
      "presence": "optional",
      "type": "string",
      "maxLength": 18
    },
    {
      "name": "buyer_confirm_valid",
      "presence": "optional",
      "type": "integer"
    },
    {
      "name": "seller_send_valid",
      "presence": "optional",
      "type": "integer"
    },
    {
      "name": "id_no",
      "presence": "optional",
      "type": "string",
      "sensitive": true
    },
    {
      "name": "acct_name",
      "presence": "optional",
      "type": "string",
      "sensitive": true
    },
    {
      "name": "bank_code",
      "presence": "optional",
      "type": "string"
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
 * Sends the payer's browser to LianLian to pay by card, online banking, Alipay or WeChat.
 *
 * Builds the signed form the payer's browser posts to `https://wallet.lianlianpay.com/aggregateweb/gateway.htm`: its fields, and `html()` for a page that posts itself.
 *
 * @throws {ValidationError} a parameter breaks the spec (the error names it); nothing was sent
 * @throws {KeyFormatError} a key in the config cannot be parsed
 *
 * @see https://lianlianpay.gitbook.io/docs/docs/aggregate-web-redirect
 */
export function aggregatePayment(client: LianLianClient, params: AggregatePaymentParams, options?: RequestOptions): Promise<RedirectForm> {
  return redirectFormFor(coreOf(client), operation, params, options);
}
