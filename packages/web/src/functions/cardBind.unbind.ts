// Generated from spec/ by @lianlian-sdk/generator. Do not edit; run `pnpm generate`.
import type { OperationDef } from '../runtime/1-errors-encoding/operation.ts';
import { coreOf, type LianLianClient } from './_client.ts';
import type { RequestOptions } from '../runtime/4-operations/config.ts';
import { callOperation } from '../runtime/4-operations/call.ts';
import type { CardBindUnbindParams, CardBindUnbindResponse } from '../client.ts';
import { outcomeOf, type Outcome } from '../runtime/4-operations/outcome.ts';
import { operation as lookupOperation } from './cardBind.query.ts';
import type { CardBindQueryResponse } from '../client.ts';

/**
 * `cardBind.unbind` as the runtime reads it: `operations['cardBind.unbind']` reduced to the rules its calls check.
 * @internal (exported for the modules whose lookup it is)
 */
export const operation: OperationDef = {
  "id": "cardBind.unbind",
  "kind": "api",
  "endpoint": "https://traderapi.lianlianpay.com/bankcardunbind.htm",
  "encoding": "json",
  "route": "/traderapi/bankcardunbind.htm",
  "effect": "write",
  "lookup": {
    "operation": "cardBind.query",
    "fields": [
      "user_id",
      "no_agree"
    ],
    "set": {
      "offset": "0"
    }
  },
  "signTypes": [
    "RSA"
  ],
  "payload": "none",
  "successCodes": [
    "0000"
  ],
  "doc": "docs/card-bind-unbind-api.md",
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
      "name": "user_id",
      "presence": "required",
      "type": "string",
      "maxLength": 32
    },
    {
      "name": "platform",
      "presence": "optional",
      "type": "string",
      "maxLength": 32
    },
    {
      "name": "pay_type",
      "presence": "optional",
      "type": "string",
      "enum": [
        "2",
        "3",
        "D",
        "M",
        "F",
        "P"
      ]
    },
    {
      "name": "no_agree",
      "presence": "required",
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
        }
      ]
    }
  ]
};

/**
 * Removes one of a user's card bindings, identified by its no_agree.
 *
 * `POST https://traderapi.lianlianpay.com/bankcardunbind.htm`. Succeeds on ret_code `0000`; any other code throws `LianLianError`.
 * Moves money or changes state: sent once, never retried. After a `TransportError` whose `mayHaveBeenProcessed` is true, find out what LianLian did (query by the order number) before sending it again.
 *
 * @throws {ValidationError} a parameter breaks the spec (the error names it); nothing was sent
 * @throws {KeyFormatError} a key in the config cannot be parsed
 * @throws {LianLianError} LianLian answered a ret_code other than `0000`
 * @throws {SignatureVerificationError} the answer's signature, or its match with this request, does not hold; the answer is discarded
 * @throws {TransportError} no usable answer: `kind` is timeout, network, http, invalid-answer or aborted; `mayHaveBeenProcessed` says whether LianLian may have acted
 *
 * @see https://lianlianpay.gitbook.io/docs/docs/card-bind-unbind-api
 */
export function cardBindUnbind(client: LianLianClient, params: CardBindUnbindParams, options?: RequestOptions): Promise<CardBindUnbindResponse> {
  return callOperation(coreOf(client), operation, params, options);
}

/**
 * What became of a call to `cardBind.unbind` that failed with a `TransportError` whose `mayHaveBeenProcessed` is true: sends `cardBind.query` with the call's `user_id`, `no_agree` (pass the same params the call was made with).
 *
 * `{ found: true, answer }`: LianLian has it; the answer says its state. `{ found: false }` (ret_code `3007`): it did not take effect; send the call again under the same order number, never a new one (a second copy is refused as a duplicate, 1002).
 *
 * @throws {TransportError} the query got no usable answer (it is retried first); ask again later
 * @throws {SignatureVerificationError} the query's answer does not verify
 * @throws {LianLianError} the query failed with another ret_code
 *
 * @see https://lianlianpay.gitbook.io/docs/docs/card-bind-unbind-api
 */
export function cardBindUnbindOutcome(client: LianLianClient, params: CardBindUnbindParams, options?: RequestOptions): Promise<Outcome<CardBindQueryResponse>> {
  return outcomeOf(coreOf(client), operation, lookupOperation, params, options);
}
