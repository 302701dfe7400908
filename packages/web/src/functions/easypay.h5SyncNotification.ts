// Generated from spec/ by @lianlian-sdk/generator. Do not edit; run `pnpm generate`.
import type { OperationDef } from '../runtime/1-errors-encoding/operation.ts';
import { coreOf, type LianLianClient } from './_client.ts';
import { notificationHandlerFor, parseNotificationFor, type NotificationOptions } from '../runtime/4-operations/notification.ts';
import type { EasypayH5SyncNotification } from '../client.ts';

/**
 * `easypay.h5SyncNotification` as the runtime reads it: `operations['easypay.h5SyncNotification']` reduced to the rules its calls check.
 * @internal (exported for the modules whose lookup it is)
 */
export const operation: OperationDef = {
  "id": "easypay.h5SyncNotification",
  "kind": "notification",
  "endpoint": "",
  "encoding": "res-data",
  "route": "",
  "signTypes": [
    "RSA"
  ],
  "payload": "none",
  "successCodes": [
    "0000"
  ],
  "doc": "docs/easypay_h5_redirect.md#synchronous-notification",
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
    }
  ],
  "response": [],
  "responseGroups": []
};

/**
 * Message LianLian sends once to url_return after an H5 payment or pre-authorisation succeeds.
 *
 * A web-standard `Request → Response` handler: it verifies LianLian's signature over the raw body, then calls `onNotification` with the typed fields, and answers `{"ret_code":"0000","ret_msg":"ok"}` only after it resolves; otherwise LianLian retries.
 * Duplicate deliveries are normal: make `onNotification` idempotent (key it on the order number).
 *
 * @see https://lianlianpay.gitbook.io/docs/docs/easypay_h5_redirect#synchronous-notification
 */
export function easypayH5SyncNotificationHandler(client: LianLianClient, onNotification: (notification: EasypayH5SyncNotification) => unknown | Promise<unknown>, options?: NotificationOptions): (request: Request) => Promise<Response> {
  return notificationHandlerFor<EasypayH5SyncNotification>(coreOf(client), operation, onNotification, options);
}

/**
 * Verifies and parses Easy Payment H5 Synchronous Notification from a body you already have (the form LianLian posts).
 *
 * @see https://lianlianpay.gitbook.io/docs/docs/easypay_h5_redirect#synchronous-notification
 */
export function parseEasypayH5SyncNotification(client: LianLianClient, body: string | URLSearchParams): Promise<EasypayH5SyncNotification> {
  return parseNotificationFor<EasypayH5SyncNotification>(coreOf(client), operation, body);
}
