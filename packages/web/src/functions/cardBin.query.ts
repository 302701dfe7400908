// Generated from spec/ by @lianlian-sdk/generator. Do not edit; run `pnpm generate`.
import type { OperationDef } from '../runtime/1-errors-encoding/operation.ts';
import { coreOf, type LianLianClient } from './_client.ts';
import type { RequestOptions } from '../runtime/4-operations/config.ts';
import { callOperation } from '../runtime/4-operations/call.ts';
import type { CardBinQueryParams, CardBinQueryResponse } from '../client.ts';

/** `cardBin.query` as the runtime reads it: `operations['cardBin.query']` reduced to the rules its calls check. */
const operation: OperationDef = {
  "id": "cardBin.query",
  "kind": "api",
  "endpoint": "https://queryapi.lianlianpay.com/bankcardbin.htm",
  "encoding": "json",
  "route": "/queryapi/bankcardbin.htm",
  "signTypes": [
    "RSA"
  ],
  "payload": "none",
  "successCodes": [
    "0000"
  ],
  "doc": "docs/card-bin-query-api.md",
  "request": [
    {
      "name": "api_version",
      "presence": "optional",
      "type": "string",
      "maxLength": 6,
      "fixed": "1.0",
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
      "name": "card_no",
      "presence": "required",
      "type": "string",
      "sensitive": true
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
      "name": "bank_code",
      "presence": "required",
      "type": "string"
    },
    {
      "name": "bank_name",
      "presence": "required",
      "type": "string"
    },
    {
      "name": "card_type",
      "presence": "required",
      "type": "string"
    }
  ],
  "responseGroups": []
};

/**
 * Looks up the issuing bank and card type of a UnionPay card number.
 *
 * `POST https://queryapi.lianlianpay.com/bankcardbin.htm`. Succeeds on ret_code `0000`; any other code throws `LianLianError`.
 *
 * @see https://lianlianpay.gitbook.io/docs/docs/card-bin-query-api
 */
export function cardBinQuery(client: LianLianClient, params: CardBinQueryParams, options?: RequestOptions): Promise<CardBinQueryResponse> {
  return callOperation(coreOf(client), operation, params, options);
}
