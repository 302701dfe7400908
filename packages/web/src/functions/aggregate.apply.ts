// Generated from spec/ by @lianlian-sdk/generator. Do not edit; run `pnpm generate`.
import type { OperationDef } from '../runtime/1-errors-encoding/operation.ts';
import { coreOf, type LianLianClient } from './_client.ts';
import type { RequestOptions } from '../runtime/4-operations/config.ts';
import { callOperation } from '../runtime/4-operations/call.ts';
import type { AggregateApplyParams, AggregateApplyResponse } from '../client.ts';
import { outcomeOf, type Outcome } from '../runtime/4-operations/outcome.ts';
import { operation as lookupOperation } from './aggregate.query.ts';
import type { AggregateQueryResponse } from '../client.ts';

/**
 * `aggregate.apply` as the runtime reads it: `operations['aggregate.apply']` reduced to the rules its calls check.
 * @internal (exported for the modules whose lookup it is)
 */
export const operation: OperationDef = {
  "id": "aggregate.apply",
  "kind": "api",
  "endpoint": "https://wallet.lianlianpay.com/llwalletapi/combinepay.htm",
  "encoding": "json",
  "route": "/wallet/llwalletapi/combinepay.htm",
  "effect": "write",
  "lookup": {
    "operation": "aggregate.query",
    "fields": [
      "no_order",
      "dt_order"
    ]
  },
  "signTypes": [
    "RSA"
  ],
  "payload": "none",
  "successCodes": [
    "0000"
  ],
  "doc": "docs/aggregate-direct-api.md",
  "request": [
    {
      "name": "no_order",
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
      "name": "appid",
      "presence": "optional",
      "type": "string"
    },
    {
      "name": "openid",
      "presence": "optional",
      "type": "string"
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
      "name": "money_order",
      "presence": "required",
      "type": "string",
      "maxLength": 12,
      "format": "money"
    },
    {
      "name": "user_id",
      "presence": "required",
      "type": "string",
      "maxLength": 32
    },
    {
      "name": "name_user",
      "presence": "optional",
      "type": "string",
      "sensitive": true
    },
    {
      "name": "id_type",
      "presence": "optional",
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
      "presence": "optional",
      "type": "string",
      "sensitive": true
    },
    {
      "name": "col_userid",
      "presence": "optional",
      "type": "string"
    },
    {
      "name": "col_oidpartner",
      "presence": "optional",
      "type": "string",
      "maxLength": 18
    },
    {
      "name": "name_goods",
      "presence": "required",
      "type": "string",
      "maxLength": 40
    },
    {
      "name": "dt_order",
      "presence": "required",
      "type": "string",
      "maxLength": 14,
      "format": "datetime14"
    },
    {
      "name": "notify_url",
      "presence": "required",
      "type": "string",
      "maxLength": 128,
      "format": "url"
    },
    {
      "name": "return_url",
      "presence": "optional",
      "type": "string",
      "maxLength": 128,
      "format": "url"
    },
    {
      "name": "info_order",
      "presence": "optional",
      "type": "string",
      "maxLength": 255
    },
    {
      "name": "pay_type",
      "presence": "required",
      "type": "string",
      "enum": [
        "I",
        "L",
        "Y",
        "W"
      ]
    },
    {
      "name": "risk_item",
      "presence": "required",
      "type": "string",
      "format": "json-string"
    },
    {
      "name": "shareing_data",
      "presence": "optional",
      "type": "string",
      "maxLength": 1024
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
    }
  ],
  "response": [
    {
      "name": "no_order",
      "presence": "optional",
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
      "name": "money_order",
      "presence": "optional",
      "type": "string",
      "format": "money"
    },
    {
      "name": "oid_partner",
      "presence": "required",
      "type": "string",
      "echo": true
    },
    {
      "name": "pay_type",
      "presence": "required",
      "type": "string"
    },
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
      "name": "sign_type",
      "presence": "required",
      "type": "string"
    },
    {
      "name": "sign",
      "presence": "required",
      "type": "string"
    }
  ],
  "responseGroups": []
};

/**
 * Creates an Alipay or WeChat Pay payment for a QR code, app or official account.
 *
 * `POST https://wallet.lianlianpay.com/llwalletapi/combinepay.htm`. Succeeds on ret_code `0000`; any other code throws `LianLianError`.
 * Moves money or changes state: sent once, never retried. After a `TransportError` whose `mayHaveBeenProcessed` is true, find out what LianLian did (query by the order number) before sending it again.
 *
 * @throws {ValidationError} a parameter breaks the spec (the error names it); nothing was sent
 * @throws {KeyFormatError} a key in the config cannot be parsed
 * @throws {LianLianError} LianLian answered a ret_code other than `0000`
 * @throws {SignatureVerificationError} the answer's signature, or its match with this request, does not hold; the answer is discarded
 * @throws {TransportError} no usable answer: `kind` is timeout, network, http, invalid-answer or aborted; `mayHaveBeenProcessed` says whether LianLian may have acted
 *
 * @see https://lianlianpay.gitbook.io/docs/docs/aggregate-direct-api
 */
export function aggregateApply(client: LianLianClient, params: AggregateApplyParams, options?: RequestOptions): Promise<AggregateApplyResponse> {
  return callOperation(coreOf(client), operation, params, options);
}

/**
 * What became of a call to `aggregate.apply` that failed with a `TransportError` whose `mayHaveBeenProcessed` is true: sends `aggregate.query` with the call's `no_order`, `dt_order` (pass the same params the call was made with).
 *
 * `{ found: true, answer }`: LianLian has it; the answer says its state. `{ found: false }` (ret_code `8901`): it did not take effect; send the call again under the same order number, never a new one (a second copy is refused as a duplicate, 1002).
 *
 * @throws {TransportError} the query got no usable answer (it is retried first); ask again later
 * @throws {SignatureVerificationError} the query's answer does not verify
 * @throws {LianLianError} the query failed with another ret_code
 *
 * @see https://lianlianpay.gitbook.io/docs/docs/aggregate-direct-api
 */
export function aggregateApplyOutcome(client: LianLianClient, params: AggregateApplyParams, options?: RequestOptions): Promise<Outcome<AggregateQueryResponse>> {
  return outcomeOf(coreOf(client), operation, lookupOperation, params, options);
}
