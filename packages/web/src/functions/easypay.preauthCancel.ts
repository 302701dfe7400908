// Generated from spec/ by @lianlian-sdk/generator. Do not edit; run `pnpm generate`.
import type { OperationDef } from '../runtime/1-errors-encoding/operation.ts';
import { coreOf, type LianLianClient } from './_client.ts';
import type { RequestOptions } from '../runtime/4-operations/config.ts';
import { callOperation } from '../runtime/4-operations/call.ts';
import type { EasypayPreauthCancelParams, EasypayPreauthCancelResponse } from '../client.ts';

/** `easypay.preauthCancel` as the runtime reads it: `operations['easypay.preauthCancel']` reduced to the rules its calls check. */
const operation: OperationDef = {
  "id": "easypay.preauthCancel",
  "kind": "api",
  "endpoint": "https://traderapi.lianlianpay.com/preauthCancel.htm",
  "encoding": "json",
  "route": "/traderapi/preauthCancel.htm",
  "signTypes": [
    "RSA"
  ],
  "payload": "none",
  "apiVersion": "1.0",
  "successCodes": [
    "0000"
  ],
  "doc": "docs/easypay-preauth-cancel.md",
  "request": [
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
      "name": "user_id",
      "presence": "required",
      "type": "string",
      "maxLength": 32
    },
    {
      "name": "pay_type",
      "presence": "required",
      "type": "string",
      "enum": [
        "F"
      ]
    },
    {
      "name": "api_version",
      "presence": "required",
      "type": "string",
      "fixed": "1.0",
      "managed": true
    },
    {
      "name": "money_order",
      "presence": "required",
      "type": "string",
      "maxLength": 12,
      "format": "money"
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
      "presence": "optional",
      "type": "string",
      "maxLength": 18
    }
  ],
  "response": [
    {
      "name": "ret_code",
      "presence": "required",
      "type": "string"
    },
    {
      "name": "ret_msg",
      "presence": "required",
      "type": "string"
    },
    {
      "name": "oid_partner",
      "presence": "required",
      "type": "string",
      "echo": true
    },
    {
      "name": "sign_type",
      "presence": "required",
      "type": "string"
    },
    {
      "name": "sign",
      "presence": "required",
      "type": "string"
    },
    {
      "name": "no_order",
      "presence": "optional",
      "type": "string",
      "echo": true
    },
    {
      "name": "oid_paybill",
      "presence": "required",
      "type": "string",
      "echo": true
    },
    {
      "name": "user_id",
      "presence": "required",
      "type": "string",
      "echo": true
    }
  ],
  "responseGroups": []
};

/**
 * Cancels an Easy Payment pre-authorisation and releases the held money.
 *
 * `POST https://traderapi.lianlianpay.com/preauthCancel.htm`. Succeeds on ret_code `0000`; any other code throws `LianLianError`.
 *
 * @see https://lianlianpay.gitbook.io/docs/docs/easypay-preauth-cancel
 */
export function easypayPreauthCancel(client: LianLianClient, params: EasypayPreauthCancelParams, options?: RequestOptions): Promise<EasypayPreauthCancelResponse> {
  return callOperation(coreOf(client), operation, params, options);
}
