// Generated from spec/ by @lianlian-sdk/generator. Do not edit; run `pnpm generate`.
/**
 * The shape of one operation as the runtime sees it. The generator writes a
 * table of these (`operations.ts`) from the spec; the client, the validator and
 * the sandbox all read that one table.
 */

/** `RSA` is LianLian's name for MD5withRSA (signature.md). */
export type SignType = 'RSA' | 'SHA256withRSA';

/** `lianpay1_0_1` wraps the whole signed body in an encrypted `pay_load`. */
export type PayloadScheme = 'none' | 'lianpay1_0_1';

/**
 * What an API call does at LianLian. `read`: a query that changes nothing, so
 * the client retries it on network errors, 429 and 5xx. `write`: moves money or
 * changes state, so it is sent once; after a failure that may have reached
 * LianLian, query by the order number before sending it again.
 */
export type OperationEffect = 'read' | 'write';

/** How to find out what became of a `write` call: the query to send, with which of its request fields. */
export interface OperationLookup {
  /** A `read` operation id, e.g. `instantPayment.query`. */
  readonly operation: string;
  /** Request fields copied, under the same names, from the call to the query. */
  readonly fields: readonly string[];
  /** Fixed values for other request fields of the query. */
  readonly set?: Readonly<Record<string, string>>;
}

/** The JSON type of a field's value. */
export type FieldType = 'string' | 'integer' | 'list' | 'object';

/** Value formats the runtime checks; see spec/schema/spec.schema.json. */
export type FieldFormat =
  | 'datetime14'
  | 'date8'
  | 'money'
  | 'url'
  | 'json-string'
  | 'currency'
  | 'digits'
  /** `yyyyMMdd HH:mm:ss` (UTC+8), as transaction reports print times. */
  | 'report-time'
  /** Like money, but may be negative (refund rows in transaction reports). */
  | 'signed-money';

/** One request or response field of an operation, with the rules the validator checks. */
export interface FieldRule {
  /** The field's wire name, e.g. `no_order`. */
  readonly name: string;
  /** Whether the field must be sent; `conditional` ones depend on other fields. */
  readonly presence: 'required' | 'optional' | 'conditional';
  /** The JSON type of the value. */
  readonly type: FieldType;
  /** Longest value accepted, in characters. */
  readonly maxLength?: number;
  /** Format the value must have. */
  readonly format?: FieldFormat;
  /** The only values accepted. */
  readonly enum?: readonly string[];
  /** A fixed value such as `api_version` "2.1". */
  readonly fixed?: string;
  /** Personal data or secrets: never logged or echoed in full. */
  readonly sensitive?: boolean;
  /** LianLian leaves it out of the signature: returned apart, under `unverified`. */
  readonly unsigned?: boolean;
  /** A response field that repeats the same-named request field: when the request sent it, the answer must carry the same value. */
  readonly echo?: boolean;
  /** Filled by the client (oid_partner, sign, sign_type, api_version, time_stamp). */
  readonly managed?: boolean;
  /** Fields of each element, for `list` and `object` fields. */
  readonly items?: readonly FieldRule[];
}

/** Response fields that are present only for some values of another field. */
export interface ResponseGroup {
  /** The group's fields are present when `field` has one of `values`. */
  readonly field: string;
  /** Values of `field` that bring the group's fields. */
  readonly values: readonly string[];
  /** The fields present in that case. */
  readonly fields: readonly FieldRule[];
}

/** One operation of the spec as the runtime sees it: endpoint, signing, retry class and field rules. */
export interface OperationDef {
  /** Stable id, e.g. `cardBind.query`. */
  readonly id: string;
  /** A server-to-server call, a browser redirect form, or a notification LianLian sends. */
  readonly kind: 'api' | 'redirect' | 'notification';
  /** Absolute LianLian URL (API endpoint or redirect form action); empty for notifications. */
  readonly endpoint: string;
  /**
   * JSON body, or an HTML form post (redirects, sync notifications). A redirect with `json` posts one `req_data`
   * input holding the JSON; a notification with `res-data` is a form whose one field `res_data` holds it (the H5 return).
   */
  readonly encoding: 'json' | 'form' | 'res-data';
  /** Host label + path, e.g. `/queryapi/bankcardbindlist.htm`: where the call goes under a `baseUrl` override; empty for notifications. */
  readonly route: string;
  /** API calls only: whether a failed call may be retried ({@link OperationEffect}). */
  readonly effect?: OperationEffect;
  /** `write` calls: the query that tells what became of one ({@link OperationLookup}). */
  readonly lookup?: OperationLookup;
  /** `read` calls: ret_codes that mean LianLian has no such record (`8901` 没有记录). */
  readonly notFoundCodes?: readonly string[];
  /** Signature algorithms the operation accepts. */
  readonly signTypes: readonly SignType[];
  /** Whether the body is sealed in an encrypted `pay_load`. */
  readonly payload: PayloadScheme;
  /** The fixed `api_version` the client sends, when the operation has one. */
  readonly apiVersion?: string;
  /** ret_codes that mean success (`0000`, or `8888` where an SMS step follows). */
  readonly successCodes: readonly string[];
  /** Request fields. */
  readonly request: readonly FieldRule[];
  /** Response fields always present. */
  readonly response: readonly FieldRule[];
  /** Response fields present only in some answers. */
  readonly responseGroups: readonly ResponseGroup[];
  /** Doc page the operation comes from, relative to the docs root. */
  readonly doc: string;
}
