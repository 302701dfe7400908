// Generated from spec/ by @lianlian-sdk/generator. Do not edit; run `pnpm generate`.
import type { OperationDef } from '../runtime/1-errors-encoding/operation.ts';
import { coreOf, type LianLianClient } from './_client.ts';
import { notificationHandlerFor, parseNotificationFor, type NotificationOptions } from '../runtime/4-operations/notification.ts';
import type { RefundNotification } from '../client.ts';

/**
 * `refund.notification` as the runtime reads it: `operations['refund.notification']` reduced to the rules its calls check.
 * @internal (exported for the modules whose lookup it is)
 */
export const operation: OperationDef = {
  "id": "refund.notification",
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
  "doc": "docs/refund-async-notification.md",
  "request": [
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
      "name": "oid_partner",
      "presence": "required",
      "type": "string",
      "maxLength": 18,
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
      "presence": "optional",
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
      "presence": "optional",
      "type": "string",
      "maxLength": 12,
      "format": "money"
    },
    {
      "name": "rate_id",
      "presence": "optional",
      "type": "string"
    },
    {
      "name": "rate",
      "presence": "optional",
      "type": "string"
    },
    {
      "name": "exchange_bankcode",
      "presence": "optional",
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
      "presence": "required",
      "type": "string",
      "maxLength": 8,
      "format": "date8"
    },
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
    }
  ],
  "response": [],
  "responseGroups": []
};

/**
 * JSON message LianLian posts to the refund's notify_url once the refund succeeds.
 *
 * A web-standard `Request → Response` handler: it verifies LianLian's signature over the raw body, then calls `onNotification` with the typed fields, and answers `{"ret_code":"0000","ret_msg":"ok"}` only after it resolves; otherwise LianLian retries.
 * Duplicate deliveries are normal: make `onNotification` idempotent (key it on the order number).
 *
 * @see https://lianlianpay.gitbook.io/docs/docs/refund-async-notification
 */
export function refundNotificationHandler(client: LianLianClient, onNotification: (notification: RefundNotification) => unknown | Promise<unknown>, options?: NotificationOptions): (request: Request) => Promise<Response> {
  return notificationHandlerFor<RefundNotification>(coreOf(client), operation, onNotification, options);
}

/**
 * Verifies and parses Refund Asynchronous Notification from a body you already have (the raw JSON text).
 *
 * @see https://lianlianpay.gitbook.io/docs/docs/refund-async-notification
 */
export function parseRefundNotification(client: LianLianClient, body: string | URLSearchParams): Promise<RefundNotification> {
  return parseNotificationFor<RefundNotification>(coreOf(client), operation, body);
}
