// Generated from spec/ by @lianlian-sdk/generator. Do not edit; run `pnpm generate`.
import type { OperationDef } from '../runtime/1-errors-encoding/operation.ts';
import { coreOf, type LianLianClient } from './_client.ts';
import type { RequestOptions } from '../runtime/4-operations/config.ts';
import { callOperation } from '../runtime/4-operations/call.ts';
import type { EasypayPreauthCaptureParams, EasypayPreauthCaptureResponse } from '../client.ts';

/** `easypay.preauthCapture` as the runtime reads it: `operations['easypay.preauthCapture']` reduced to the rules its calls check. */
const operation: OperationDef = {
  "id": "easypay.preauthCapture",
  "kind": "api",
  "endpoint": "https://traderapi.lianlianpay.com/preauthComplete.htm",
  "encoding": "json",
  "route": "/traderapi/preauthComplete.htm",
  "signTypes": [
    "RSA"
  ],
  "payload": "none",
  "apiVersion": "1.0",
  "successCodes": [
    "0000"
  ],
  "doc": "docs/easypay-Pre-authorized-complete-API.md",
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
    },
    {
      "name": "risk_item",
      "presence": "optional",
      "type": "string",
      "format": "json-string"
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
      "presence": "optional",
      "type": "string",
      "echo": true
    },
    {
      "name": "money_order",
      "presence": "required",
      "type": "string",
      "format": "money"
    }
  ],
  "responseGroups": []
};

/**
 * Captures money held by an Easy Payment pre-authorisation.
 *
 * `POST https://traderapi.lianlianpay.com/preauthComplete.htm`. Succeeds on ret_code `0000`; any other code throws `LianLianError`.
 *
 * @see https://lianlianpay.gitbook.io/docs/docs/easypay-Pre-authorized-complete-API
 */
export function easypayPreauthCapture(client: LianLianClient, params: EasypayPreauthCaptureParams, options?: RequestOptions): Promise<EasypayPreauthCaptureResponse> {
  return callOperation(coreOf(client), operation, params, options);
}
