// Generated from spec/ by @lianlian-sdk/generator. Do not edit; run `pnpm generate`.
import type { OperationDef } from '../runtime/1-errors-encoding/operation.ts';
import { coreOf, type LianLianClient } from './_client.ts';
import { notificationHandlerFor, parseNotificationFor, type NotificationOptions } from '../runtime/4-operations/notification.ts';
import type { EasypayWebSyncNotification } from '../client.ts';

/**
 * `easypay.webSyncNotification` as the runtime reads it: `operations['easypay.webSyncNotification']` reduced to the rules its calls check.
 * @internal (exported for the modules whose lookup it is)
 */
export const operation: OperationDef = {
  "id": "easypay.webSyncNotification",
  "kind": "notification",
  "endpoint": "",
  "encoding": "form",
  "route": "",
  "signTypes": [
    "RSA"
  ],
  "payload": "none",
  "successCodes": [
    "0000"
  ],
  "doc": "docs/easypay_web_redirect.md#synchronous-notification",
  "request": [
    {
      "name": "ret_code",
      "presence": "optional",
      "type": "string",
      "maxLength": 4
    },
    {
      "name": "ret_msg",
      "presence": "optional",
      "type": "string",
      "maxLength": 100
    },
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
      "presence": "optional",
      "type": "string",
      "enum": [
        "0",
        "1",
        "8",
        "9",
        "2",
        "3",
        "D",
        "I",
        "L",
        "M",
        "F"
      ]
    },
    {
      "name": "bank_code",
      "presence": "optional",
      "type": "string"
    }
  ],
  "response": [],
  "responseGroups": []
};

/**
 * Form LianLian posts once to url_return after a web payment or pre-authorisation succeeds.
 *
 * A web-standard `Request → Response` handler: it verifies LianLian's signature over the raw body, then calls `onNotification` with the typed fields, and answers `{"ret_code":"0000","ret_msg":"ok"}` only after it resolves; otherwise LianLian retries.
 * Duplicate deliveries are normal: make `onNotification` idempotent (key it on the order number).
 *
 * @see https://lianlianpay.gitbook.io/docs/docs/easypay_web_redirect#synchronous-notification
 */
export function easypayWebSyncNotificationHandler(client: LianLianClient, onNotification: (notification: EasypayWebSyncNotification) => unknown | Promise<unknown>, options?: NotificationOptions): (request: Request) => Promise<Response> {
  return notificationHandlerFor<EasypayWebSyncNotification>(coreOf(client), operation, onNotification, options);
}

/**
 * Verifies and parses Easy Payment Web Synchronous Notification from a body you already have (the form LianLian posts).
 *
 * @see https://lianlianpay.gitbook.io/docs/docs/easypay_web_redirect#synchronous-notification
 */
export function parseEasypayWebSyncNotification(client: LianLianClient, body: string | URLSearchParams): Promise<EasypayWebSyncNotification> {
  return parseNotificationFor<EasypayWebSyncNotification>(coreOf(client), operation, body);
}
