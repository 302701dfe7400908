// Generated from spec/ by @lianlian-sdk/generator. Do not edit; run `pnpm generate`.
import type { OperationDef } from '../runtime/1-errors-encoding/operation.ts';
import { coreOf, type LianLianClient } from './_client.ts';
import type { RequestOptions } from '../runtime/4-operations/config.ts';
import { callOperation } from '../runtime/4-operations/call.ts';
import type { MpayCardBindVerifyParams, MpayCardBindVerifyResponse } from '../client.ts';

/**
 * `mpay.cardBindVerify` as the runtime reads it: `operations['mpay.cardBindVerify']` reduced to the rules its calls check.
 * @internal (exported for the modules whose lookup it is)
 */
export const operation: OperationDef = {
  "id": "mpay.cardBindVerify",
  "kind": "api",
  "endpoint": "https://mpayapi.lianlianpay.com/v1/bankcardbindverfy",
  "encoding": "json",
  "route": "/mpayapi/v1/bankcardbindverfy",
  "effect": "write",
  "signTypes": [
    "RSA",
    "SHA256withRSA"
  ],
  "payload": "none",
  "successCodes": [
    "0000"
  ],
  "doc": "docs/MPAY-card-bind-verify.md",
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
      "name": "token",
      "presence": "required",
      "type": "string"
    },
    {
      "name": "user_id",
      "presence": "required",
      "type": "string",
      "maxLength": 32
    },
    {
      "name": "verify_code",
      "presence": "required",
      "type": "string",
      "sensitive": true
    },
    {
      "name": "no_order",
      "presence": "optional",
      "type": "string"
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
        "0000"
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
          "name": "card_no",
          "presence": "required",
          "type": "string"
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
 * Finishes an MPAY card bind by checking the SMS code and token.
 *
 * `POST https://mpayapi.lianlianpay.com/v1/bankcardbindverfy`. Succeeds on ret_code `0000`; any other code throws `LianLianError`.
 * Moves money or changes state: sent once, never retried. After a `TransportError` whose `mayHaveBeenProcessed` is true, find out what LianLian did (query by the order number) before sending it again.
 *
 * @throws {ValidationError} a parameter breaks the spec (the error names it); nothing was sent
 * @throws {KeyFormatError} a key in the config cannot be parsed
 * @throws {LianLianError} LianLian answered a ret_code other than `0000`
 * @throws {SignatureVerificationError} the answer's signature, or its match with this request, does not hold; the answer is discarded
 * @throws {TransportError} no usable answer: `kind` is timeout, network, http, invalid-answer or aborted; `mayHaveBeenProcessed` says whether LianLian may have acted
 *
 * @see https://lianlianpay.gitbook.io/docs/docs/MPAY-card-bind-verify
 */
export function mpayCardBindVerify(client: LianLianClient, params: MpayCardBindVerifyParams, options?: RequestOptions): Promise<MpayCardBindVerifyResponse> {
  return callOperation(coreOf(client), operation, params, options);
}
