// Generated from spec/ by @lianlian-sdk/generator. Do not edit; run `pnpm generate`.
import type { OperationDef } from '../runtime/1-errors-encoding/operation.ts';
import { coreOf, type LianLianClient } from './_client.ts';
import { notificationHandlerFor, parseNotificationFor, type NotificationOptions } from '../runtime/4-operations/notification.ts';
import type { AggregateSyncNotification } from '../client.ts';

/**
 * `aggregate.syncNotification` as the runtime reads it: `operations['aggregate.syncNotification']` reduced to the rules its calls check.
 * @internal (exported for the modules whose lookup it is)
 */
export const operation: OperationDef = {
  "id": "aggregate.syncNotification",
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
  "doc": "docs/aggregate-web-redirect.md#aggregate-payment-synchronous-notification",
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
        "F",
        "Y",
        "W"
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
 * Form LianLian posts once to url_return when the payment succeeds; may never arrive.
 *
 * A web-standard `Request → Response` handler: it verifies LianLian's signature over the raw body, then calls `onNotification` with the typed fields, and answers `{"ret_code":"0000","ret_msg":"ok"}` only after it resolves; otherwise LianLian retries.
 * Duplicate deliveries are normal: make `onNotification` idempotent (key it on the order number).
 *
 * @see https://lianlianpay.gitbook.io/docs/docs/aggregate-web-redirect#aggregate-payment-synchronous-notification
 */
export function aggregateSyncNotificationHandler(client: LianLianClient, onNotification: (notification: AggregateSyncNotification) => unknown | Promise<unknown>, options?: NotificationOptions): (request: Request) => Promise<Response> {
  return notificationHandlerFor<AggregateSyncNotification>(coreOf(client), operation, onNotification, options);
}

/**
 * Verifies and parses Aggregate Payment Synchronous Notification from a body you already have (the form LianLian posts).
 *
 * @see https://lianlianpay.gitbook.io/docs/docs/aggregate-web-redirect#aggregate-payment-synchronous-notification
 */
export function parseAggregateSyncNotification(client: LianLianClient, body: string | URLSearchParams): Promise<AggregateSyncNotification> {
  return parseNotificationFor<AggregateSyncNotification>(coreOf(client), operation, body);
}
