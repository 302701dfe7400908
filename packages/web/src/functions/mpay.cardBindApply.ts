// Generated from spec/ by @lianlian-sdk/generator. Do not edit; run `pnpm generate`.
import type { OperationDef } from '../runtime/1-errors-encoding/operation.ts';
import { coreOf, type LianLianClient } from './_client.ts';
import type { RequestOptions } from '../runtime/4-operations/config.ts';
import { callOperation } from '../runtime/4-operations/call.ts';
import { sealLianpay } from '../runtime/3-sign-verify/pay-load.ts';
import type { MpayCardBindApplyParams, MpayCardBindApplyResponse } from '../client.ts';

/**
 * `mpay.cardBindApply` as the runtime reads it: `operations['mpay.cardBindApply']` reduced to the rules its calls check.
 * @internal (exported for the modules whose lookup it is)
 */
export const operation: OperationDef = {
  "id": "mpay.cardBindApply",
  "kind": "api",
  "endpoint": "https://mpayapi.lianlianpay.com/v1/bankcardbind",
  "encoding": "json",
  "route": "/mpayapi/v1/bankcardbind",
  "effect": "write",
  "signTypes": [
    "RSA",
    "SHA256withRSA"
  ],
  "payload": "lianpay1_0_1",
  "apiVersion": "2.1",
  "successCodes": [
    "8888"
  ],
  "doc": "docs/MPAY-card-bind-apply.md",
  "request": [
    {
      "name": "user_id",
      "presence": "required",
      "type": "string",
      "maxLength": 32
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
      "enum": [
        "RSA",
        "SHA256withRSA"
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
      "name": "api_version",
      "presence": "required",
      "type": "string",
      "maxLength": 6,
      "fixed": "2.1",
      "managed": true
    },
    {
      "name": "risk_item",
      "presence": "required",
      "type": "string",
      "format": "json-string"
    },
    {
      "name": "vali_date",
      "presence": "optional",
      "type": "string",
      "sensitive": true
    },
    {
      "name": "cvv2",
      "presence": "optional",
      "type": "string",
      "sensitive": true
    },
    {
      "name": "id_type",
      "presence": "required",
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
      "presence": "required",
      "type": "string",
      "sensitive": true
    },
    {
      "name": "acct_name",
      "presence": "required",
      "type": "string",
      "sensitive": true
    },
    {
      "name": "card_no",
      "presence": "required",
      "type": "string",
      "sensitive": true
    },
    {
      "name": "bind_mob",
      "presence": "required",
      "type": "string",
      "sensitive": true
    },
    {
      "name": "notify_url",
      "presence": "optional",
      "type": "string",
      "format": "url"
    },
    {
      "name": "no_order",
      "presence": "optional",
      "type": "string"
    },
    {
      "name": "dt_order",
      "presence": "optional",
      "type": "string",
      "format": "datetime14"
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
    }
  ],
  "responseGroups": [
    {
      "field": "ret_code",
      "values": [
        "8888"
      ],
      "fields": [
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
          "name": "oid_partner",
          "presence": "required",
          "type": "string",
          "echo": true
        },
        {
          "name": "user_id",
          "presence": "required",
          "type": "string",
          "echo": true
        },
        {
          "name": "no_order",
          "presence": "optional",
          "type": "string",
          "echo": true
        }
      ]
    }
  ]
};

/**
 * Starts an MPAY card bind; LianLian answers 8888 and texts an SMS code.
 *
 * `POST https://mpayapi.lianlianpay.com/v1/bankcardbind`, body encrypted as `pay_load` (lianpay1_0_1). Succeeds on ret_code `8888`; any other code throws `LianLianError`.
 * Moves money or changes state: sent once, never retried. After a `TransportError` whose `mayHaveBeenProcessed` is true, find out what LianLian did (query by the order number) before sending it again.
 *
 * @throws {ValidationError} a parameter breaks the spec (the error names it); nothing was sent
 * @throws {KeyFormatError} a key in the config cannot be parsed
 * @throws {LianLianError} LianLian answered a ret_code other than `8888`
 * @throws {SignatureVerificationError} the answer's signature, or its match with this request, does not hold; the answer is discarded
 * @throws {TransportError} no usable answer: `kind` is timeout, network, http, invalid-answer or aborted; `mayHaveBeenProcessed` says whether LianLian may have acted
 *
 * @see https://lianlianpay.gitbook.io/docs/docs/MPAY-card-bind-apply
 */
export function mpayCardBindApply(client: LianLianClient, params: MpayCardBindApplyParams, options?: RequestOptions): Promise<MpayCardBindApplyResponse> {
  return callOperation(coreOf(client), operation, params, options, sealLianpay);
}
