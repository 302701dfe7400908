// Generated from spec/ by @lianlian-sdk/generator. Do not edit; run `pnpm generate`.
import type { OperationDef } from '../runtime/1-errors-encoding/operation.ts';
import { coreOf, type LianLianClient } from './_client.ts';
import type { RequestOptions } from '../runtime/4-operations/config.ts';
import { callOperation } from '../runtime/4-operations/call.ts';
import type { UnifiedCreateBillParams, UnifiedCreateBillResponse } from '../client.ts';

/**
 * `unified.createBill` as the runtime reads it: `operations['unified.createBill']` reduced to the rules its calls check.
 * @internal (exported for the modules whose lookup it is)
 */
export const operation: OperationDef = {
  "id": "unified.createBill",
  "kind": "api",
  "endpoint": "https://payserverapi.lianlianpay.com/v1/paycreatebill",
  "encoding": "json",
  "route": "/payserverapi/v1/paycreatebill",
  "effect": "write",
  "signTypes": [
    "RSA"
  ],
  "payload": "none",
  "apiVersion": "1.0",
  "successCodes": [
    "0000"
  ],
  "doc": "Unified-direct-api.md",
  "request": [
    {
      "name": "api_version",
      "presence": "required",
      "type": "string",
      "maxLength": 6,
      "fixed": "1.0",
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
      "name": "time_stamp",
      "presence": "required",
      "type": "string",
      "maxLength": 14,
      "format": "datetime14",
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
      "presence": "optional",
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
      "name": "back_url",
      "presence": "optional",
      "type": "string",
      "maxLength": 128,
      "format": "url"
    },
    {
      "name": "shareing_data",
      "presence": "optional",
      "type": "string",
      "maxLength": 128
    },
    {
      "name": "risk_item",
      "presence": "required",
      "type": "string",
      "format": "json-string"
    },
    {
      "name": "flag_pay_product",
      "presence": "required",
      "type": "string",
      "enum": [
        "0",
        "1",
        "2",
        "12"
      ]
    },
    {
      "name": "flag_chnl",
      "presence": "required",
      "type": "integer",
      "enum": [
        "0",
        "1",
        "2",
        "3"
      ]
    },
    {
      "name": "id_type",
      "presence": "optional",
      "type": "string",
      "maxLength": 1,
      "enum": [
        "0"
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
    },
    {
      "name": "valid_order",
      "presence": "optional",
      "type": "integer"
    },
    {
      "name": "bind_mob",
      "presence": "optional",
      "type": "string",
      "maxLength": 18,
      "sensitive": true
    },
    {
      "name": "no_agree",
      "presence": "optional",
      "type": "string",
      "maxLength": 32
    },
    {
      "name": "bank_code",
      "presence": "optional",
      "type": "string"
    },
    {
      "name": "card_type",
      "presence": "optional",
      "type": "string",
      "enum": [
        "1",
        "8",
        "9"
      ]
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
      "name": "no_order",
      "presence": "optional",
      "type": "string",
      "echo": true
    },
    {
      "name": "money_order",
      "presence": "optional",
      "type": "string",
      "format": "money"
    }
  ],
  "responseGroups": []
};

/**
 * Creates a payment server-side and returns the LianLian payment page URL to show the payer.
 *
 * `POST https://payserverapi.lianlianpay.com/v1/paycreatebill`. Succeeds on ret_code `0000`; any other code throws `LianLianError`.
 * Moves money or changes state: sent once, never retried. After a `TransportError` whose `mayHaveBeenProcessed` is true, find out what LianLian did (query by the order number) before sending it again.
 *
 * @throws {ValidationError} a parameter breaks the spec (the error names it); nothing was sent
 * @throws {KeyFormatError} a key in the config cannot be parsed
 * @throws {LianLianError} LianLian answered a ret_code other than `0000`
 * @throws {SignatureVerificationError} the answer's signature, or its match with this request, does not hold; the answer is discarded
 * @throws {TransportError} no usable answer: `kind` is timeout, network, http, invalid-answer or aborted; `mayHaveBeenProcessed` says whether LianLian may have acted
 *
 * @see https://lianlianpay.gitbook.io/docs/Unified-direct-api
 */
export function unifiedCreateBill(client: LianLianClient, params: UnifiedCreateBillParams, options?: RequestOptions): Promise<UnifiedCreateBillResponse> {
  return callOperation(coreOf(client), operation, params, options);
}
