// Generated from spec/ by @lianlian-sdk/generator. Do not edit; run `pnpm generate`.
import type { OperationDef } from '../runtime/1-errors-encoding/operation.ts';
import { coreOf, type LianLianClient } from './_client.ts';
import { notificationHandlerFor, parseNotificationFor, type NotificationOptions } from '../runtime/4-operations/notification.ts';
import type { MpayNotification } from '../client.ts';

/**
 * `mpay.notification` as the runtime reads it: `operations['mpay.notification']` reduced to the rules its calls check.
 * @internal (exported for the modules whose lookup it is)
 */
export const operation: OperationDef = {
  "id": "mpay.notification",
  "kind": "notification",
  "endpoint": "",
  "encoding": "json",
  "route": "",
  "signTypes": [
    "RSA"
  ],
  "payload": "none",
  "successCodes": [
    "0000"
  ],
  "doc": "docs/MPAY-asyn-notification.md",
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
      "name": "money_order",
      "presence": "required",
      "type": "string",
      "maxLength": 12,
      "format": "money"
    },
    {
      "name": "result_pay",
      "presence": "required",
      "type": "string"
    },
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
      "presence": "required",
      "type": "string",
      "enum": [
        "2",
        "3",
        "P",
        "27"
      ]
    },
    {
      "name": "bank_code",
      "presence": "optional",
      "type": "string"
    },
    {
      "name": "no_agree",
      "presence": "optional",
      "type": "string"
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
    }
  ],
  "response": [],
  "responseGroups": []
};

/**
 * JSON message LianLian posts to notify_url once an MPAY payment succeeds.
 *
 * A web-standard `Request → Response` handler: it verifies LianLian's signature over the raw body, then calls `onNotification` with the typed fields, and answers `{"ret_code":"0000","ret_msg":"ok"}` only after it resolves; otherwise LianLian retries.
 * Duplicate deliveries are normal: make `onNotification` idempotent (key it on the order number).
 *
 * @see https://lianlianpay.gitbook.io/docs/docs/MPAY-asyn-notification
 */
export function mpayNotificationHandler(client: LianLianClient, onNotification: (notification: MpayNotification) => unknown | Promise<unknown>, options?: NotificationOptions): (request: Request) => Promise<Response> {
  return notificationHandlerFor<MpayNotification>(coreOf(client), operation, onNotification, options);
}

/**
 * Verifies and parses MPAY Payment Notification from a body you already have (the raw JSON text).
 *
 * @see https://lianlianpay.gitbook.io/docs/docs/MPAY-asyn-notification
 */
export function parseMpayNotification(client: LianLianClient, body: string | URLSearchParams): Promise<MpayNotification> {
  return parseNotificationFor<MpayNotification>(coreOf(client), operation, body);
}
