// Generated from spec/ by @lianlian-sdk/generator. Do not edit; run `pnpm generate`.
import type { OperationDef } from '../runtime/1-errors-encoding/operation.ts';
import { coreOf, type LianLianClient } from './_client.ts';
import type { RequestOptions } from '../runtime/4-operations/config.ts';
import { callOperation } from '../runtime/4-operations/call.ts';
import { sealLianpay } from '../runtime/3-sign-verify/pay-load.ts';
import type { MpayApplyDirectParams, MpayApplyDirectResponse } from '../client.ts';
import { outcomeOf, type Outcome } from '../runtime/4-operations/outcome.ts';
import { operation as lookupOperation } from './mpay.query.ts';
import type { MpayQueryResponse } from '../client.ts';

/**
 * `mpay.applyDirect` as the runtime reads it: `operations['mpay.applyDirect']` reduced to the rules its calls check.
 * @internal (exported for the modules whose lookup it is)
 */
export const operation: OperationDef = {
  "id": "mpay.applyDirect",
  "kind": "api",
  "endpoint": "https://mpayapi.lianlianpay.com/v1/bankcardprepay",
  "encoding": "json",
  "route": "/mpayapi/v1/bankcardprepay",
  "effect": "write",
  "lookup": {
    "operation": "mpay.query",
    "fields": [
      "no_order",
      "dt_order"
    ]
  },
  "signTypes": [
    "RSA",
    "SHA256withRSA"
  ],
  "payload": "lianpay1_0_1",
  "successCodes": [
    "0000",
    "8888"
  ],
  "doc": "docs/MPAY-apply-direct-API.md",
  "request": [
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
      "presence": "required",
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
      "name": "valid_order",
      "presence": "optional",
      "type": "integer"
    },
    {
      "name": "risk_item",
      "presence": "required",
      "type": "string",
      "format": "json-string"
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
      "name": "vali_date",
      "presence": "optional",
      "type": "string",
      "sensitive": true
    },
    {
      "name": "card_no",
      "presence": "conditional",
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
      "name": "bank_code",
      "presence": "optional",
      "type": "string",
      "maxLength": 18
    },
    {
      "name": "acct_name",
      "presence": "required",
      "type": "string",
      "sensitive": true
    },
    {
      "name": "bind_mob",
      "presence": "conditional",
      "type": "string",
      "sensitive": true
    },
    {
      "name": "id_type",
      "presence": "conditional",
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
      "presence": "conditional",
      "type": "string",
      "sensitive": true
    },
    {
      "name": "no_agree",
      "presence": "optional",
      "type": "string",
      "maxLength": 32
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
        "8888",
        "0000"
      ],
      "fields": [
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
          "presence": "required",
          "type": "string",
          "echo": true
        },
        {
          "name": "dt_order",
          "presence": "required",
          "type": "string"
        },
        {
          "name": "money_order",
          "presence": "required",
          "type": "string",
          "format": "money"
        }
      ]
    },
    {
      "field": "ret_code",
      "values": [
        "0000"
      ],
      "fields": [
        {
          "name": "no_agree",
          "presence": "optional",
          "type": "string",
          "echo": true
        }
      ]
    }
  ]
};

/**
 * Creates an MPAY card payment; LianLian answers 8888 and texts an SMS code.
 *
 * `POST https://mpayapi.lianlianpay.com/v1/bankcardprepay`, body encrypted as `pay_load` (lianpay1_0_1). Succeeds on ret_code `0000` or `8888`; any other code throws `LianLianError`.
 * Moves money or changes state: sent once, never retried. After a `TransportError` whose `mayHaveBeenProcessed` is true, find out what LianLian did (query by the order number) before sending it again.
 *
 * @throws {ValidationError} a parameter breaks the spec (the error names it); nothing was sent
 * @throws {KeyFormatError} a key in the config cannot be parsed
 * @throws {LianLianError} LianLian answered a ret_code other than `0000` or `8888`
 * @throws {SignatureVerificationError} the answer's signature, or its match with this request, does not hold; the answer is discarded
 * @throws {TransportError} no usable answer: `kind` is timeout, network, http, invalid-answer or aborted; `mayHaveBeenProcessed` says whether LianLian may have acted
 *
 * @see https://lianlianpay.gitbook.io/docs/docs/MPAY-apply-direct-API
 */
export function mpayApplyDirect(client: LianLianClient, params: MpayApplyDirectParams, options?: RequestOptions): Promise<MpayApplyDirectResponse> {
  return callOperation(coreOf(client), operation, params, options, sealLianpay);
}

/**
 * What became of a call to `mpay.applyDirect` that failed with a `TransportError` whose `mayHaveBeenProcessed` is true: sends `mpay.query` with the call's `no_order`, `dt_order` (pass the same params the call was made with).
 *
 * `{ found: true, answer }`: LianLian has it; the answer says its state. `{ found: false }` (ret_code `8901`): it did not take effect; send the call again under the same order number, never a new one (a second copy is refused as a duplicate, 1002).
 *
 * @throws {TransportError} the query got no usable answer (it is retried first); ask again later
 * @throws {SignatureVerificationError} the query's answer does not verify
 * @throws {LianLianError} the query failed with another ret_code
 *
 * @see https://lianlianpay.gitbook.io/docs/docs/MPAY-apply-direct-API
 */
export function mpayApplyDirectOutcome(client: LianLianClient, params: MpayApplyDirectParams, options?: RequestOptions): Promise<Outcome<MpayQueryResponse>> {
  return outcomeOf(coreOf(client), operation, lookupOperation, params, options);
}
