// Generated from spec/ by @lianlian-sdk/generator. Do not edit; run `pnpm generate`.
import { ValidationError } from './runtime/1-errors-encoding/errors/validation-error.ts';
import type { FieldRule, OperationDef } from './runtime/1-errors-encoding/operation.ts';
import { canonicalJson, validateParams } from './runtime/4-operations/validate.ts';

/** Basic Parameters: sent with every payment. [Doc page](https://lianlianpay.gitbook.io/docs/docs/payment-risk-item) */
export interface BasicRiskItem {
  /** Industry code LianLian assigned to the merchant account (usually 4 digits). Format: digits only. */
  frms_ware_category: string;
  /** The payer's user number at the merchant; may equal user_id. */
  user_info_mercht_userno: string;
  /** The payer's phone number as the merchant knows it. Needed when: the merchant holds the user's phone number. */
  user_info_bind_phone?: string;
  /** When the payer registered with the merchant. Format: yyyyMMddHHmmss (UTC+8). At most 14 characters. */
  user_info_dt_register: string;
  /** Product name; may equal name_goods. */
  goods_name: string;
  /** The payer's login name at the merchant. */
  user_info_mercht_userlogin?: string;
  /** The payer's email address. */
  user_info_mail?: string;
  /** The payer's user type at the merchant. */
  user_info_mercht_usertype?: string;
  /** IP address the payer registered from. */
  user_info_register_ip?: string;
}

/** API Parameters (Server to server): sent when the merchant's server calls LianLian's APIs directly. [Doc page](https://lianlianpay.gitbook.io/docs/docs/payment-risk-item) */
export interface ApiRiskItem {
  /** Kind of client the payer used. Values: `10` Mobile application; `13` Web application; `16` H5 application. */
  frms_client_chnl: '10' | '13' | '16';
  /** The payer's IP address. */
  frms_ip_addr: string;
  /** IMEI of the payer's phone. Needed when: frms_client_chnl is 10. At most 40 characters. */
  frms_imei?: string;
  /** MAC address of the payer's computer. Needed when: frms_client_chnl is 13. At most 40 characters. */
  frms_mac_addr?: string;
}

/** Real-name Parameters: sent by merchants that integrated Verified Payment. [Doc page](https://lianlianpay.gitbook.io/docs/docs/payment-risk-item) */
export interface RealNameRiskItem {
  /** The payer's full name. */
  user_info_full_name: string;
  /** The payer's ID number. */
  user_info_id_no: string;
  /** Whether the merchant verified the payer against an ID. Values: `1` ID-based; `0` Non-ID-based. */
  user_info_identify_state: '1' | '0';
  /** How the merchant verified the payer. Values: `1` Bank Card Verification; `2` On-spot Verification; `3` ID Card Remote Verification; `4` Other Types of Verification. */
  user_info_identify_type: '1' | '2' | '3' | '4';
  /** Type of the payer's ID document (the sample sends 0). */
  user_info_id_type?: string;
}

/** One item of `airline_list` (Real-name businessman and traveller (air ticket, train ticket)). */
export interface AirlineListItem {
  /** Airline (or carrier) code. */
  airline_code: string;
  /** The passenger's country code, such as US. */
  passenger_country: string;
  /** Type of the passenger's ID; LianLian accepts only 0 for now. Values: `0` ID Card or Business License; `1` Household Register; `2` Passport; `3` Certificate of Military Office; `4` Certificate of Soldier; `5` Mainland Travel Permit for Hong Kong and Macau Residents; `6` Mainland Travel Permit for Taiwan Residents; `7` Temporary ID Card; `8` Residence Permit for Foreigners; `9` Police ID Card; `X` Other Certificates. */
  passenger_idcard_type: '0' | '1' | '2' | '3' | '4' | '5' | '6' | '7' | '8' | '9' | 'X';
  /** The passenger's ID number. */
  passenger_idcard: string;
  /** The passenger's first name. */
  passenger_name: string;
  /** The passenger's phone number; the last four digits may be masked with *. */
  passenger_phone: string;
  /** Three-letter code of the landing airport. Needed when: the ticket is a flight ticket. */
  airport_to?: string;
  /** City code of the departure station. Needed when: the ticket is a train ticket. */
  station_from_city?: string;
  /** Province code of the departure station's city. Needed when: the ticket is a train ticket. */
  station_from_province?: string;
  /** Province code of the arrival station's city. Needed when: the ticket is a train ticket. */
  station_to_province?: string;
  /** City code of the arrival station. Needed when: the ticket is a train ticket. */
  station_to_city?: string;
  /** Flight or travel date. Format: yyyyMMdd. */
  dt_flight: string;
}

/** Real-name businessman and traveller (air ticket, train ticket): air and train tickets; one list item per ticket. [Doc page](https://lianlianpay.gitbook.io/docs/docs/payment-risk-item) */
export interface AirlineRiskItem {
  /** One item per ticket of the order. */
  airline_list: readonly AirlineListItem[];
}

/** hotel reservation: hotel bookings. [Doc page](https://lianlianpay.gitbook.io/docs/docs/payment-risk-item) */
export interface HotelRiskItem {
  /** Full name of the hotel. */
  hotel_com_name: string;
  /** Phone number of the guest who checks in. */
  hotel_phone: string;
  /** Arrival time. Format: yyyyMMddHHmmss (UTC+8). At most 14 characters. */
  dt_arrive: string;
  /** Departure time. Format: yyyyMMddHHmmss (UTC+8). */
  dt_leave: string;
}

/** Tourist products: tours and activities. [Doc page](https://lianlianpay.gitbook.io/docs/docs/payment-risk-item) */
export interface TouristRiskItem {
  /** Contact number given when booking. */
  book_phone: string;
  /** Province code of where the consumer is. */
  cinema_addr_province: string;
  /** City code of where the consumer is. At most 14 characters. */
  cinema_addr_city: string;
  /** When the activity starts. Format: yyyyMMddHHmmss (UTC+8). */
  dt_play: string;
}

/** Delivery Parameters for physical products: physical goods that are shipped. [Doc page](https://lianlianpay.gitbook.io/docs/docs/payment-risk-item) */
export interface DeliveryRiskItem {
  /** The consignee's name. */
  delivery_full_name: string;
  /** Province code of the delivery address. */
  delivery_addr_province: string;
  /** City code of the delivery address. */
  delivery_addr_city: string;
  /** The recipient's mobile number. */
  delivery_phone: string;
  /** How the goods are shipped. Values: `1` Post; `2` Ordinary Express; `3` Express delivery; `4` Logistics freight company; `5` Logistics and distribution company; `6` International express; `7` Shipping express; `8` Ocean Shipping; `9` Package Deliver & Pick up. */
  logistics_mode: '1' | '2' | '3' | '4' | '5' | '6' | '7' | '8' | '9';
  /** How soon the goods are delivered. Values: `12h` Within 12 hours; `24h` Within 24 hours; `48h` Within 48 hours; `72h` Within 72 hours; `other` 3 days later. */
  delivery_cycle: '12h' | '24h' | '48h' | '72h' | 'other';
  /** Number of items. Format: digits only. */
  goods_count: string;
  /** Whether the order includes virtual goods. Values: `0` No; `1` Yes. */
  virtual_goods_status: '0' | '1';
  /** Amount of the virtual goods, in CNY. Needed when: virtual_goods_status is 1. Format: decimal string with two places, like "31.68". */
  virtual_goods_amount?: string;
}

/** Games: game top-ups and payments (virtual products). [Doc page](https://lianlianpay.gitbook.io/docs/docs/payment-risk-item) */
export interface GameRiskItem {
  /** Whether the payer tops up their own game account or someone else's. Values: `1` recharge or pay for this account; `2` recharge or pay for another person's account. */
  game_id_belongs: '1' | '2';
  /** The game account being topped up. Needed when: game_id_belongs is 2. */
  game_id?: string;
}

/** Anonymous ticketing: cinema, show and other tickets sold without names. [Doc page](https://lianlianpay.gitbook.io/docs/docs/payment-risk-item) */
export interface TicketingRiskItem {
  /** Name of the cinema or ticketing company. */
  cinema_name: string;
  /** Contact number. */
  book_phone: string;
  /** Province code of where the consumer is. */
  cinema_addr_province: string;
  /** City code of where the consumer is. */
  cinema_addr_city: string;
  /** When the film or show starts. Format: yyyyMMddHHmmss (UTC+8). */
  dt_play: string;
  /** Number of tickets. Format: digits only. */
  goods_count: string;
}

/**
 * The fields of `risk_item`: the basic group always, and each other group either left out
 * or sent with all its required fields (the merchant's business and integration decide which).
 * [Doc page](https://lianlianpay.gitbook.io/docs/docs/payment-risk-item)
 */
export type RiskItem = BasicRiskItem & Partial<ApiRiskItem> & Partial<RealNameRiskItem> & Partial<AirlineRiskItem> & Partial<HotelRiskItem> & Partial<TouristRiskItem> & Partial<DeliveryRiskItem> & Partial<GameRiskItem> & Partial<TicketingRiskItem>;

/** A "needed when" that can be checked: `field` must be sent when `when` has one of `values`. */
interface Condition {
  readonly field: string;
  readonly when: string;
  readonly values: readonly string[];
}
interface Rules {
  readonly request: readonly FieldRule[];
  readonly conditions: readonly Condition[];
}
interface Group extends Rules {
  readonly id: string;
  readonly always: boolean;
  readonly trigger: readonly string[];
  readonly lists: { readonly [name: string]: Rules };
}

// A group counts as sent when a field only it has is sent (goods_count alone says nothing: delivery and ticketing both have it).
const GROUPS: readonly Group[] = [
  {
    "id": "basic",
    "always": true,
    "trigger": [
      "frms_ware_category",
      "user_info_mercht_userno",
      "user_info_bind_phone",
      "user_info_dt_register",
      "goods_name",
      "user_info_mercht_userlogin",
      "user_info_mail",
      "user_info_mercht_usertype",
      "user_info_register_ip"
    ],
    "request": [
      {
        "name": "frms_ware_category",
        "presence": "required",
        "type": "string",
        "format": "digits"
      },
      {
        "name": "user_info_mercht_userno",
        "presence": "required",
        "type": "string"
      },
      {
        "name": "user_info_bind_phone",
        "presence": "conditional",
        "type": "string",
        "sensitive": true
      },
      {
        "name": "user_info_dt_register",
        "presence": "required",
        "type": "string",
        "maxLength": 14,
        "format": "datetime14"
      },
      {
        "name": "goods_name",
        "presence": "required",
        "type": "string"
      },
      {
        "name": "user_info_mercht_userlogin",
        "presence": "optional",
        "type": "string"
      },
      {
        "name": "user_info_mail",
        "presence": "optional",
        "type": "string",
        "sensitive": true
      },
      {
        "name": "user_info_mercht_usertype",
        "presence": "optional",
        "type": "string"
      },
      {
        "name": "user_info_register_ip",
        "presence": "optional",
        "type": "string"
      }
    ],
    "conditions": [],
    "lists": {}
  },
  {
    "id": "api",
    "always": false,
    "trigger": [
      "frms_client_chnl",
      "frms_ip_addr",
      "frms_imei",
      "frms_mac_addr"
    ],
    "request": [
      {
        "name": "frms_client_chnl",
        "presence": "required",
        "type": "string",
        "enum": [
          "10",
          "13",
          "16"
        ]
      },
      {
        "name": "frms_ip_addr",
        "presence": "required",
        "type": "string"
      },
      {
        "name": "frms_imei",
        "presence": "conditional",
        "type": "string",
        "maxLength": 40
      },
      {
        "name": "frms_mac_addr",
        "presence": "conditional",
        "type": "string",
        "maxLength": 40
      }
    ],
    "conditions": [
      {
        "field": "frms_imei",
        "when": "frms_client_chnl",
        "values": [
          "10"
        ]
      },
      {
        "field": "frms_mac_addr",
        "when": "frms_client_chnl",
        "values": [
          "13"
        ]
      }
    ],
    "lists": {}
  },
  {
    "id": "realName",
    "always": false,
    "trigger": [
      "user_info_full_name",
      "user_info_id_no",
      "user_info_identify_state",
      "user_info_identify_type",
      "user_info_id_type"
    ],
    "request": [
      {
        "name": "user_info_full_name",
        "presence": "required",
        "type": "string",
        "sensitive": true
      },
      {
        "name": "user_info_id_no",
        "presence": "required",
        "type": "string",
        "sensitive": true
      },
      {
        "name": "user_info_identify_state",
        "presence": "required",
        "type": "string",
        "enum": [
          "1",
          "0"
        ]
      },
      {
        "name": "user_info_identify_type",
        "presence": "required",
        "type": "string",
        "enum": [
          "1",
          "2",
          "3",
          "4"
        ]
      },
      {
        "name": "user_info_id_type",
        "presence": "optional",
        "type": "string"
      }
    ],
    "conditions": [],
    "lists": {}
  },
  {
    "id": "airline",
    "always": false,
    "trigger": [
      "airline_list"
    ],
    "request": [
      {
        "name": "airline_list",
        "presence": "required",
        "type": "list",
        "items": [
          {
            "name": "airline_code",
            "presence": "required",
            "type": "string"
          },
          {
            "name": "passenger_country",
            "presence": "required",
            "type": "string"
          },
          {
            "name": "passenger_idcard_type",
            "presence": "required",
            "type": "string",
            "enum": [
              "0",
              "1",
              "2",
              "3",
              "4",
              "5",
              "6",
              "7",
              "8",
              "9",
              "X"
            ]
          },
          {
            "name": "passenger_idcard",
            "presence": "required",
            "type": "string",
            "sensitive": true
          },
          {
            "name": "passenger_name",
            "presence": "required",
            "type": "string",
            "sensitive": true
          },
          {
            "name": "passenger_phone",
            "presence": "required",
            "type": "string",
            "sensitive": true
          },
          {
            "name": "airport_to",
            "presence": "conditional",
            "type": "string"
          },
          {
            "name": "station_from_city",
            "presence": "conditional",
            "type": "string"
          },
          {
            "name": "station_from_province",
            "presence": "conditional",
            "type": "string"
          },
          {
            "name": "station_to_province",
            "presence": "conditional",
            "type": "string"
          },
          {
            "name": "station_to_city",
            "presence": "conditional",
            "type": "string"
          },
          {
            "name": "dt_flight",
            "presence": "required",
            "type": "string",
            "format": "date8"
          }
        ]
      }
    ],
    "conditions": [],
    "lists": {
      "airline_list": {
        "request": [
          {
            "name": "airline_code",
            "presence": "required",
            "type": "string"
          },
          {
            "name": "passenger_country",
            "presence": "required",
            "type": "string"
          },
          {
            "name": "passenger_idcard_type",
            "presence": "required",
            "type": "string",
            "enum": [
              "0",
              "1",
              "2",
              "3",
              "4",
              "5",
              "6",
              "7",
              "8",
              "9",
              "X"
            ]
          },
          {
            "name": "passenger_idcard",
            "presence": "required",
            "type": "string",
            "sensitive": true
          },
          {
            "name": "passenger_name",
            "presence": "required",
            "type": "string",
            "sensitive": true
          },
          {
            "name": "passenger_phone",
            "presence": "required",
            "type": "string",
            "sensitive": true
          },
          {
            "name": "airport_to",
            "presence": "conditional",
            "type": "string"
          },
          {
            "name": "station_from_city",
            "presence": "conditional",
            "type": "string"
          },
          {
            "name": "station_from_province",
            "presence": "conditional",
            "type": "string"
          },
          {
            "name": "station_to_province",
            "presence": "conditional",
            "type": "string"
          },
          {
            "name": "station_to_city",
            "presence": "conditional",
            "type": "string"
          },
          {
            "name": "dt_flight",
            "presence": "required",
            "type": "string",
            "format": "date8"
          }
        ],
        "conditions": []
      }
    }
  },
  {
    "id": "hotel",
    "always": false,
    "trigger": [
      "hotel_com_name",
      "hotel_phone",
      "dt_arrive",
      "dt_leave"
    ],
    "request": [
      {
        "name": "hotel_com_name",
        "presence": "required",
        "type": "string"
      },
      {
        "name": "hotel_phone",
        "presence": "required",
        "type": "string",
        "sensitive": true
      },
      {
        "name": "dt_arrive",
        "presence": "required",
        "type": "string",
        "maxLength": 14,
        "format": "datetime14"
      },
      {
        "name": "dt_leave",
        "presence": "required",
        "type": "string",
        "format": "datetime14"
      }
    ],
    "conditions": [],
    "lists": {}
  },
  {
    "id": "tourist",
    "always": false,
    "trigger": [
      "book_phone",
      "cinema_addr_province",
      "cinema_addr_city",
      "dt_play"
    ],
    "request": [
      {
        "name": "book_phone",
        "presence": "required",
        "type": "string",
        "sensitive": true
      },
      {
        "name": "cinema_addr_province",
        "presence": "required",
        "type": "string"
      },
      {
        "name": "cinema_addr_city",
        "presence": "required",
        "type": "string",
        "maxLength": 14
      },
      {
        "name": "dt_play",
        "presence": "required",
        "type": "string",
        "format": "datetime14"
      }
    ],
    "conditions": [],
    "lists": {}
  },
  {
    "id": "delivery",
    "always": false,
    "trigger": [
      "delivery_full_name",
      "delivery_addr_province",
      "delivery_addr_city",
      "delivery_phone",
      "logistics_mode",
      "delivery_cycle",
      "virtual_goods_status",
      "virtual_goods_amount"
    ],
    "request": [
      {
        "name": "delivery_full_name",
        "presence": "required",
        "type": "string",
        "sensitive": true
      },
      {
        "name": "delivery_addr_province",
        "presence": "required",
        "type": "string"
      },
      {
        "name": "delivery_addr_city",
        "presence": "required",
        "type": "string"
      },
      {
        "name": "delivery_phone",
        "presence": "required",
        "type": "string",
        "sensitive": true
      },
      {
        "name": "logistics_mode",
        "presence": "required",
        "type": "string",
        "enum": [
          "1",
          "2",
          "3",
          "4",
          "5",
          "6",
          "7",
          "8",
          "9"
        ]
      },
      {
        "name": "delivery_cycle",
        "presence": "required",
        "type": "string",
        "enum": [
          "12h",
          "24h",
          "48h",
          "72h",
          "other"
        ]
      },
      {
        "name": "goods_count",
        "presence": "required",
        "type": "string",
        "format": "digits"
      },
      {
        "name": "virtual_goods_status",
        "presence": "required",
        "type": "string",
        "enum": [
          "0",
          "1"
        ]
      },
      {
        "name": "virtual_goods_amount",
        "presence": "conditional",
        "type": "string",
        "format": "money"
      }
    ],
    "conditions": [
      {
        "field": "virtual_goods_amount",
        "when": "virtual_goods_status",
        "values": [
          "1"
        ]
      }
    ],
    "lists": {}
  },
  {
    "id": "game",
    "always": false,
    "trigger": [
      "game_id_belongs",
      "game_id"
    ],
    "request": [
      {
        "name": "game_id_belongs",
        "presence": "required",
        "type": "string",
        "enum": [
          "1",
          "2"
        ]
      },
      {
        "name": "game_id",
        "presence": "conditional",
        "type": "string"
      }
    ],
    "conditions": [
      {
        "field": "game_id",
        "when": "game_id_belongs",
        "values": [
          "2"
        ]
      }
    ],
    "lists": {}
  },
  {
    "id": "ticketing",
    "always": false,
    "trigger": [
      "cinema_name"
    ],
    "request": [
      {
        "name": "cinema_name",
        "presence": "required",
        "type": "string"
      },
      {
        "name": "book_phone",
        "presence": "required",
        "type": "string",
        "sensitive": true
      },
      {
        "name": "cinema_addr_province",
        "presence": "required",
        "type": "string"
      },
      {
        "name": "cinema_addr_city",
        "presence": "required",
        "type": "string"
      },
      {
        "name": "dt_play",
        "presence": "required",
        "type": "string",
        "format": "datetime14"
      },
      {
        "name": "goods_count",
        "presence": "required",
        "type": "string",
        "format": "digits"
      }
    ],
    "conditions": [],
    "lists": {}
  }
];

const OP = 'risk_item';

/**
 * Checks risk_item fields and returns the exact JSON text to send as `risk_item`:
 * keys sorted at every depth, lists as JSON arrays, no white space, so the same
 * fields always give the same (signed) text.
 *
 * @throws {ValidationError} naming the field (e.g. `airline_list[0].passenger_name`) and the rule: a
 *   required field missing from a group that is sent, a field needed by a condition, a bad format or
 *   value, or a field of no group. Messages never carry a sensitive value.
 * @example
 * riskItem({ frms_ware_category: '2009', user_info_mercht_userno: 'u1', user_info_dt_register: '20240102030405', goods_name: 'Tea' })
 */
export function riskItem(fields: RiskItem): string {
  if (fields === null || typeof fields !== 'object' || Array.isArray(fields)) throw new ValidationError(OP, OP, 'must be an object of risk_item fields');
  const given = fields as unknown as Record<string, unknown>;
  const sent = (name: string) => given[name] !== undefined && given[name] !== null && given[name] !== '';
  const covered = new Set<string>();
  for (const group of GROUPS) {
    if (!group.always && !group.trigger.some(sent)) continue;
    const part: Record<string, unknown> = {};
    for (const rule of group.request) {
      covered.add(rule.name);
      if (rule.name in given) part[rule.name] = given[rule.name];
    }
    check(group, part, '', group.always ? '' : ` with the ${group.id} parameters`);
    for (const [name, rules] of Object.entries(group.lists)) {
      const list = given[name];
      if (!Array.isArray(list)) continue;
      if (list.length === 0) throw new ValidationError(OP, name, 'must have at least one item');
      list.forEach((item: unknown, i) => check(rules, item, `${name}[${i}].`, ''));
    }
  }
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(given)) {
    if (value === undefined || value === null) continue;
    if (!covered.has(name)) {
      const owners = GROUPS.filter((g) => g.request.some((r) => r.name === name)).map((g) => g.id);
      if (!owners.length) throw new ValidationError(OP, name, `is not a risk_item field (payment-risk-item.md)`);
      if (value === '') continue;
      throw new ValidationError(OP, name, `belongs to the ${owners.join(' or ')} group; send that group's required fields too`);
    }
    out[name] = value;
  }
  return canonicalJson(out);
}

/**
 * Required fields, formats and values through the same validator as request parameters, then the
 * conditions. `path` prefixes list items' fields; `context` says which group made a field required.
 */
function check(rules: Rules, value: unknown, path: string, context: string): void {
  try {
    validateParams(asOperation(rules.request), value);
  } catch (err) {
    if (err instanceof ValidationError) throw new ValidationError(OP, path + err.field, err.rule === 'is required' ? err.rule + context : err.rule);
    throw err;
  }
  const fields = value as Record<string, unknown>;
  for (const c of rules.conditions) {
    const on = fields[c.when];
    if (typeof on === 'string' && c.values.includes(on) && (fields[c.field] === undefined || fields[c.field] === null || fields[c.field] === ''))
      throw new ValidationError(OP, path + c.field, `is required when ${c.when} is ${on}`);
  }
}

/** validateParams checks an operation's request; a risk_item group is checked as one with only those fields. */
function asOperation(request: readonly FieldRule[]): OperationDef {
  return { id: OP, kind: 'api', endpoint: '', encoding: 'json', route: '', signTypes: ['RSA'], payload: 'none', successCodes: [], request, response: [], responseGroups: [], doc: 'docs/payment-risk-item.md' };
}
