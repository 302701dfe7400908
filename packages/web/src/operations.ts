// Generated from spec/ by @lianlian-sdk/generator. Do not edit; run `pnpm generate`.
import type { OperationDef } from './runtime/1-errors-encoding/operation.ts';

/** Every operation in the spec, keyed by id. The client, validator and sandbox all read this one table. */
export const operations = {
  "aggregate.apply": {
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
        "name": "oid_paybill",
        "presence": "optional",
        "type": "string",
        "maxLength": 18
      },
      {
        "name": "no_order",
        "presence": "optional",
        "type": "string",
        "maxLength": 32,
        "echo": true
      },
      {
        "name": "user_id",
        "presence": "required",
        "type": "string",
        "maxLength": 32,
        "echo": true
      },
      {
        "name": "money_order",
        "presence": "optional",
        "type": "string",
        "maxLength": 12,
        "format": "money"
      },
      {
        "name": "oid_partner",
        "presence": "required",
        "type": "string",
        "maxLength": 18,
        "echo": true
      },
      {
        "name": "payLoad",
        "presence": "optional",
        "type": "string"
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
        "name": "ret_code",
        "presence": "required",
        "type": "string",
        "maxLength": 4
      },
      {
        "name": "ret_msg",
        "presence": "required",
        "type": "string",
        "maxLength": 100
      },
      {
        "name": "sign_type",
        "presence": "required",
        "type": "string",
        "maxLength": 3,
        "enum": [
          "RSA"
        ]
      },
      {
        "name": "sign",
        "presence": "required",
        "type": "string"
      }
    ],
    "responseGroups": [],
    "doc": "docs/aggregate-direct-api.md"
  },
  "aggregate.notification": {
    "id": "aggregate.notification",
    "kind": "notification",
    "endpoint": "",
    "encoding": "json",
    "route": "",
    "signTypes": [
      "RSA"
    ],
    "payload": "none",
    "successCodes": [
      "0000"
    ],
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
        "presence": "required",
        "type": "string",
        "maxLength": 18
      },
      {
        "name": "money_order",
        "presence": "required",
        "type": "string",
        "maxLength": 12,
        "format": "money"
      },
      {
        "name": "result_pay",
        "presence": "required",
        "type": "string"
      },
      {
        "name": "settle_date",
        "presence": "optional",
        "type": "string",
        "maxLength": 8,
        "format": "date8"
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
          "0",
          "1",
          "8",
          "9",
          "2",
          "3",
          "D",
          "I",
          "L",
          "M",
          "F",
          "Y",
          "W"
        ]
      },
      {
        "name": "bank_code",
        "presence": "optional",
        "type": "string"
      },
      {
        "name": "no_agree",
        "presence": "optional",
        "type": "string"
      }
    ],
    "response": [],
    "responseGroups": [],
    "doc": "docs/aggregate-asyn-notification.md"
  },
  "aggregate.payment": {
    "id": "aggregate.payment",
    "kind": "redirect",
    "endpoint": "https://wallet.lianlianpay.com/aggregateweb/gateway.htm",
    "encoding": "form",
    "route": "/wallet/aggregateweb/gateway.htm",
    "signTypes": [
      "RSA"
    ],
    "payload": "none",
    "successCodes": [
      "0000"
    ],
    "request": [
      {
        "name": "version",
        "presence": "required",
        "type": "string",
        "fixed": "1.1",
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
        "name": "timestamp",
        "presence": "required",
        "type": "string",
        "maxLength": 14,
        "format": "datetime14",
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
        "name": "url_return",
        "presence": "optional",
        "type": "string",
        "maxLength": 128,
        "format": "url"
      },
      {
        "name": "userreq_ip",
        "presence": "required",
        "type": "string",
        "maxLength": 32
      },
      {
        "name": "url_order",
        "presence": "optional",
        "type": "string",
        "maxLength": 255,
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
        "name": "col_oidpartner",
        "presence": "optional",
        "type": "string",
        "maxLength": 18
      },
      {
        "name": "col_userid",
        "presence": "optional",
        "type": "string",
        "maxLength": 32
      },
      {
        "name": "shareing_data",
        "presence": "optional",
        "type": "string",
        "maxLength": 1024
      },
      {
        "name": "secured_partner",
        "presence": "optional",
        "type": "string",
        "maxLength": 18
      },
      {
        "name": "buyer_confirm_valid",
        "presence": "optional",
        "type": "integer"
      },
      {
        "name": "seller_send_valid",
        "presence": "optional",
        "type": "integer"
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
        "name": "bank_code",
        "presence": "optional",
        "type": "string"
      },
      {
        "name": "pay_type",
        "presence": "optional",
        "type": "string",
        "enum": [
          "1",
          "8",
          "9"
        ]
      }
    ],
    "response": [],
    "responseGroups": [],
    "doc": "docs/aggregate-web-redirect.md"
  },
  "aggregate.query": {
    "id": "aggregate.query",
    "kind": "api",
    "endpoint": "https://wallet.lianlianpay.com/llwalletapi/orderquery.htm",
    "encoding": "json",
    "route": "/wallet/llwalletapi/orderquery.htm",
    "effect": "read",
    "notFoundCodes": [
      "8901"
    ],
    "signTypes": [
      "RSA"
    ],
    "payload": "none",
    "successCodes": [
      "0000"
    ],
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
        "name": "no_order",
        "presence": "optional",
        "type": "string",
        "maxLength": 32
      },
      {
        "name": "dt_order",
        "presence": "optional",
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
        "name": "query_version",
        "presence": "optional",
        "type": "string",
        "maxLength": 6
      },
      {
        "name": "user_id",
        "presence": "optional",
        "type": "string",
        "maxLength": 32
      }
    ],
    "response": [
      {
        "name": "ret_code",
        "presence": "required",
        "type": "string",
        "maxLength": 4
      },
      {
        "name": "ret_msg",
        "presence": "required",
        "type": "string",
        "maxLength": 100
      },
      {
        "name": "oid_partner",
        "presence": "required",
        "type": "string",
        "maxLength": 18,
        "echo": true
      },
      {
        "name": "sign_type",
        "presence": "required",
        "type": "string",
        "maxLength": 3,
        "enum": [
          "RSA"
        ]
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
        "maxLength": 32,
        "echo": true
      },
      {
        "name": "dt_order",
        "presence": "optional",
        "type": "string",
        "maxLength": 14,
        "format": "datetime14"
      },
      {
        "name": "oid_paybill",
        "presence": "optional",
        "type": "string",
        "maxLength": 18,
        "echo": true
      },
      {
        "name": "money_order",
        "presence": "optional",
        "type": "string",
        "maxLength": 12,
        "format": "money"
      },
      {
        "name": "result_pay",
        "presence": "optional",
        "type": "string"
      },
      {
        "name": "settle_date",
        "presence": "optional",
        "type": "string",
        "maxLength": 8,
        "format": "date8"
      },
      {
        "name": "info_order",
        "presence": "optional",
        "type": "string",
        "maxLength": 255
      },
      {
        "name": "pay_type",
        "presence": "optional",
        "type": "string",
        "enum": [
          "0",
          "1",
          "8",
          "9",
          "2",
          "3",
          "D",
          "I",
          "L",
          "M",
          "F",
          "Y",
          "W"
        ]
      },
      {
        "name": "bank_code",
        "presence": "optional",
        "type": "string"
      },
      {
        "name": "bank_name",
        "presence": "optional",
        "type": "string"
      },
      {
        "name": "memo",
        "presence": "optional",
        "type": "string"
      }
    ],
    "responseGroups": [],
    "doc": "docs/aggregate-payment-result-query.md"
  },
  "aggregate.syncNotification": {
    "id": "aggregate.syncNotification",
    "kind": "notification",
    "endpoint": "",
    "encoding": "form",
    "route": "",
    "signTypes": [
      "RSA"
    ],
    "payload": "none",
    "successCodes": [
      "0000"
    ],
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
        "presence": "required",
        "type": "string",
        "maxLength": 18
      },
      {
        "name": "money_order",
        "presence": "required",
        "type": "string",
        "maxLength": 12,
        "format": "money"
      },
      {
        "name": "result_pay",
        "presence": "required",
        "type": "string"
      },
      {
        "name": "settle_date",
        "presence": "optional",
        "type": "string",
        "maxLength": 8,
        "format": "date8"
      },
      {
        "name": "info_order",
        "presence": "optional",
        "type": "string",
        "maxLength": 255
      },
      {
        "name": "pay_type",
        "presence": "optional",
        "type": "string",
        "enum": [
          "0",
          "1",
          "8",
          "9",
          "2",
          "3",
          "D",
          "I",
          "L",
          "M",
          "F",
          "Y",
          "W"
        ]
      },
      {
        "name": "bank_code",
        "presence": "optional",
        "type": "string"
      }
    ],
    "response": [],
    "responseGroups": [],
    "doc": "docs/aggregate-web-redirect.md#aggregate-payment-synchronous-notification"
  },
  "cardBin.query": {
    "id": "cardBin.query",
    "kind": "api",
    "endpoint": "https://queryapi.lianlianpay.com/bankcardbin.htm",
    "encoding": "json",
    "route": "/queryapi/bankcardbin.htm",
    "effect": "read",
    "signTypes": [
      "RSA"
    ],
    "payload": "none",
    "successCodes": [
      "0000"
    ],
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
        "type": "string",
        "maxLength": 4
      },
      {
        "name": "ret_msg",
        "presence": "required",
        "type": "string",
        "maxLength": 100
      },
      {
        "name": "sign_type",
        "presence": "required",
        "type": "string",
        "maxLength": 3,
        "enum": [
          "RSA"
        ]
      },
      {
        "name": "sign",
        "presence": "required",
        "type": "string"
      },
      {
        "name": "card_no",
        "presence": "optional",
        "type": "string",
        "maxLength": 4,
        "sensitive": true
      },
      {
        "name": "bank_code",
        "presence": "required",
        "type": "string",
        "maxLength": 8
      },
      {
        "name": "bank_name",
        "presence": "required",
        "type": "string",
        "maxLength": 32
      },
      {
        "name": "card_type",
        "presence": "required",
        "type": "string",
        "maxLength": 1,
        "enum": [
          "2",
          "3"
        ]
      }
    ],
    "responseGroups": [],
    "doc": "docs/card-bin-query-api.md"
  },
  "cardBind.apply": {
    "id": "cardBind.apply",
    "kind": "api",
    "endpoint": "https://traderapi.lianlianpay.com/bankcardbind.htm",
    "encoding": "json",
    "route": "/traderapi/bankcardbind.htm",
    "effect": "write",
    "signTypes": [
      "RSA"
    ],
    "payload": "none",
    "apiVersion": "2.1",
    "successCodes": [
      "0000"
    ],
    "request": [
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
        "name": "pay_type",
        "presence": "required",
        "type": "string",
        "enum": [
          "M",
          "N",
          "D"
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
      }
    ],
    "response": [
      {
        "name": "ret_code",
        "presence": "required",
        "type": "string",
        "maxLength": 4
      },
      {
        "name": "ret_msg",
        "presence": "required",
        "type": "string",
        "maxLength": 100
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
            "type": "string",
            "maxLength": 3,
            "enum": [
              "RSA"
            ]
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
            "maxLength": 18,
            "echo": true
          },
          {
            "name": "user_id",
            "presence": "required",
            "type": "string",
            "maxLength": 32,
            "echo": true
          },
          {
            "name": "token",
            "presence": "optional",
            "type": "string"
          }
        ]
      }
    ],
    "doc": "docs/card-bind-apply-api.md"
  },
  "cardBind.query": {
    "id": "cardBind.query",
    "kind": "api",
    "endpoint": "https://queryapi.lianlianpay.com/bankcardbindlist.htm",
    "encoding": "json",
    "route": "/queryapi/bankcardbindlist.htm",
    "effect": "read",
    "notFoundCodes": [
      "3007"
    ],
    "signTypes": [
      "RSA"
    ],
    "payload": "none",
    "successCodes": [
      "0000"
    ],
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
        "presence": "optional",
        "type": "string"
      },
      {
        "name": "card_no",
        "presence": "optional",
        "type": "string",
        "sensitive": true
      },
      {
        "name": "offset",
        "presence": "required",
        "type": "string",
        "maxLength": 8
      }
    ],
    "response": [
      {
        "name": "ret_code",
        "presence": "required",
        "type": "string",
        "maxLength": 4
      },
      {
        "name": "ret_msg",
        "presence": "required",
        "type": "string",
        "maxLength": 100
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
            "type": "string",
            "maxLength": 3,
            "enum": [
              "RSA"
            ]
          },
          {
            "name": "sign",
            "presence": "required",
            "type": "string"
          },
          {
            "name": "oid_paybill",
            "presence": "optional",
            "type": "string",
            "maxLength": 18
          },
          {
            "name": "user_id",
            "presence": "required",
            "type": "string",
            "maxLength": 32,
            "echo": true
          },
          {
            "name": "count",
            "presence": "required",
            "type": "integer"
          },
          {
            "name": "agreement_list",
            "presence": "optional",
            "type": "list",
            "unsigned": true,
            "items": [
              {
                "name": "no_agree",
                "presence": "required",
                "type": "string",
                "maxLength": 16
              },
              {
                "name": "card_no",
                "presence": "required",
                "type": "string",
                "maxLength": 4,
                "sensitive": true
              },
              {
                "name": "bank_code",
                "presence": "required",
                "type": "string",
                "maxLength": 8
              },
              {
                "name": "bank_name",
                "presence": "required",
                "type": "string",
                "maxLength": 32
              },
              {
                "name": "card_type",
                "presence": "required",
                "type": "string",
                "maxLength": 1,
                "enum": [
                  "2",
                  "3"
                ]
              },
              {
                "name": "bind_mobile",
                "presence": "required",
                "type": "string",
                "maxLength": 11,
                "sensitive": true
              }
            ]
          }
        ]
      }
    ],
    "doc": "docs/card-bind-query-api.md"
  },
  "cardBind.unbind": {
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
        "type": "string",
        "maxLength": 4
      },
      {
        "name": "ret_msg",
        "presence": "required",
        "type": "string",
        "maxLength": 100
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
            "type": "string",
            "maxLength": 3,
            "enum": [
              "RSA"
            ]
          },
          {
            "name": "sign",
            "presence": "required",
            "type": "string"
          }
        ]
      }
    ],
    "doc": "docs/card-bind-unbind-api.md"
  },
  "cardBind.verify": {
    "id": "cardBind.verify",
    "kind": "api",
    "endpoint": "https://traderapi.lianlianpay.com/bankcardbindverfy.htm",
    "encoding": "json",
    "route": "/traderapi/bankcardbindverfy.htm",
    "effect": "write",
    "lookup": {
      "operation": "cardBind.query",
      "fields": [
        "user_id"
      ],
      "set": {
        "offset": "0"
      }
    },
    "signTypes": [
      "RSA",
      "SHA256withRSA"
    ],
    "payload": "none",
    "successCodes": [
      "0000"
    ],
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
      }
    ],
    "response": [
      {
        "name": "ret_code",
        "presence": "required",
        "type": "string",
        "maxLength": 4
      },
      {
        "name": "ret_msg",
        "presence": "required",
        "type": "string",
        "maxLength": 100
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
            "type": "string",
            "maxLength": 3,
            "enum": [
              "RSA"
            ]
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
            "maxLength": 18,
            "echo": true
          },
          {
            "name": "user_id",
            "presence": "required",
            "type": "string",
            "maxLength": 32,
            "echo": true
          },
          {
            "name": "card_no",
            "presence": "required",
            "type": "string",
            "maxLength": 4,
            "sensitive": true
          },
          {
            "name": "no_agree",
            "presence": "optional",
            "type": "string",
            "maxLength": 16
          }
        ]
      }
    ],
    "doc": "docs/card-bind-verify-api.md"
  },
  "easypay.apply": {
    "id": "easypay.apply",
    "kind": "api",
    "endpoint": "https://traderapi.lianlianpay.com/easypay.htm",
    "encoding": "json",
    "route": "/traderapi/easypay.htm",
    "effect": "write",
    "lookup": {
      "operation": "easypay.query",
      "fields": [
        "no_order",
        "dt_order"
      ]
    },
    "signTypes": [
      "RSA",
      "SHA256withRSA"
    ],
    "payload": "none",
    "apiVersion": "1.0",
    "successCodes": [
      "0000"
    ],
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
        "name": "platform",
        "presence": "optional",
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
          "M",
          "F"
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
        "name": "acct_name",
        "presence": "required",
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
        "name": "bind_mob",
        "presence": "conditional",
        "type": "string",
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
        "type": "string",
        "maxLength": 18
      },
      {
        "name": "client_chnl",
        "presence": "optional",
        "type": "string",
        "enum": [
          "10",
          "13",
          "16",
          "18"
        ]
      }
    ],
    "response": [
      {
        "name": "ret_code",
        "presence": "required",
        "type": "string",
        "maxLength": 4
      },
      {
        "name": "ret_msg",
        "presence": "required",
        "type": "string",
        "maxLength": 100
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
            "name": "oid_partner",
            "presence": "required",
            "type": "string",
            "maxLength": 18,
            "echo": true
          },
          {
            "name": "sign_type",
            "presence": "required",
            "type": "string",
            "enum": [
              "RSA",
              "SHA256withRSA"
            ]
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
            "maxLength": 32,
            "echo": true
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
            "name": "money_order",
            "presence": "required",
            "type": "string",
            "maxLength": 12,
            "format": "money"
          },
          {
            "name": "result_pay",
            "presence": "optional",
            "type": "string",
            "enum": [
              "SUCCESS",
              "PROCESSING"
            ]
          },
          {
            "name": "token",
            "presence": "optional",
            "type": "string"
          },
          {
            "name": "name_goods",
            "presence": "required",
            "type": "string",
            "maxLength": 40
          },
          {
            "name": "pay_type",
            "presence": "optional",
            "type": "string",
            "maxLength": 1
          },
          {
            "name": "info_order",
            "presence": "optional",
            "type": "string",
            "maxLength": 255
          },
          {
            "name": "bank_code",
            "presence": "optional",
            "type": "string",
            "maxLength": 18
          }
        ]
      },
      {
        "field": "result_pay",
        "values": [
          "SUCCESS"
        ],
        "fields": [
          {
            "name": "settle_date",
            "presence": "optional",
            "type": "string",
            "maxLength": 8,
            "format": "date8"
          },
          {
            "name": "no_agree",
            "presence": "optional",
            "type": "string",
            "maxLength": 16,
            "echo": true
          }
        ]
      }
    ],
    "doc": "docs/easypay-apply-direct-API.md"
  },
  "easypay.h5Payment": {
    "id": "easypay.h5Payment",
    "kind": "redirect",
    "endpoint": "https://wap.lianlianpay.com/travlepay.htm",
    "encoding": "json",
    "route": "/wap/travlepay.htm",
    "signTypes": [
      "RSA"
    ],
    "payload": "none",
    "successCodes": [
      "0000"
    ],
    "request": [
      {
        "name": "version",
        "presence": "required",
        "type": "string",
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
        "name": "platform",
        "presence": "optional",
        "type": "string",
        "maxLength": 32
      },
      {
        "name": "user_id",
        "presence": "required",
        "type": "string",
        "maxLength": 32
      },
      {
        "name": "app_request",
        "presence": "required",
        "type": "string",
        "maxLength": 1,
        "enum": [
          "1",
          "2",
          "3"
        ]
      },
      {
        "name": "timestamp",
        "presence": "required",
        "type": "string",
        "maxLength": 14,
        "format": "datetime14",
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
        "name": "bg_color",
        "presence": "optional",
        "type": "string",
        "maxLength": 6
      },
      {
        "name": "font_color",
        "presence": "optional",
        "type": "string",
        "maxLength": 6
      },
      {
        "name": "syschnotify_flag",
        "presence": "optional",
        "type": "string",
        "maxLength": 1,
        "enum": [
          "0",
          "1"
        ]
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
        "name": "url_return",
        "presence": "optional",
        "type": "string",
        "maxLength": 128,
        "format": "url"
      },
      {
        "name": "back_url",
        "presence": "optional",
        "type": "string",
        "maxLength": 128,
        "format": "url"
      },
      {
        "name": "no_agree",
        "presence": "optional",
        "type": "string",
        "maxLength": 32
      },
      {
        "name": "valid_order",
        "presence": "optional",
        "type": "integer"
      },
      {
        "name": "pay_type",
        "presence": "required",
        "type": "string",
        "enum": [
          "M",
          "F"
        ]
      },
      {
        "name": "risk_item",
        "presence": "required",
        "type": "string",
        "format": "json-string"
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
      }
    ],
    "response": [],
    "responseGroups": [],
    "doc": "docs/easypay_h5_redirect.md"
  },
  "easypay.h5SyncNotification": {
    "id": "easypay.h5SyncNotification",
    "kind": "notification",
    "endpoint": "",
    "encoding": "res-data",
    "route": "",
    "signTypes": [
      "RSA"
    ],
    "payload": "none",
    "successCodes": [
      "0000"
    ],
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
        "presence": "required",
        "type": "string",
        "maxLength": 18
      },
      {
        "name": "money_order",
        "presence": "required",
        "type": "string",
        "maxLength": 12,
        "format": "money"
      },
      {
        "name": "result_pay",
        "presence": "required",
        "type": "string"
      },
      {
        "name": "settle_date",
        "presence": "optional",
        "type": "string",
        "maxLength": 8,
        "format": "date8"
      }
    ],
    "response": [],
    "responseGroups": [],
    "doc": "docs/easypay_h5_redirect.md#synchronous-notification"
  },
  "easypay.notification": {
    "id": "easypay.notification",
    "kind": "notification",
    "endpoint": "",
    "encoding": "json",
    "route": "",
    "signTypes": [
      "RSA"
    ],
    "payload": "none",
    "successCodes": [
      "0000"
    ],
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
        "presence": "required",
        "type": "string",
        "maxLength": 18
      },
      {
        "name": "money_order",
        "presence": "required",
        "type": "string",
        "maxLength": 12,
        "format": "money"
      },
      {
        "name": "result_pay",
        "presence": "required",
        "type": "string"
      },
      {
        "name": "settle_date",
        "presence": "optional",
        "type": "string",
        "maxLength": 8,
        "format": "date8"
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
          "M",
          "F"
        ]
      },
      {
        "name": "bank_code",
        "presence": "optional",
        "type": "string"
      },
      {
        "name": "no_agree",
        "presence": "optional",
        "type": "string"
      }
    ],
    "response": [],
    "responseGroups": [],
    "doc": "docs/easypay-asyn-notification.md"
  },
  "easypay.preauthCancel": {
    "id": "easypay.preauthCancel",
    "kind": "api",
    "endpoint": "https://traderapi.lianlianpay.com/preauthCancel.htm",
    "encoding": "json",
    "route": "/traderapi/preauthCancel.htm",
    "effect": "write",
    "lookup": {
      "operation": "easypay.preauthQuery",
      "fields": [
        "pay_type",
        "no_order",
        "dt_order",
        "oid_paybill"
      ]
    },
    "signTypes": [
      "RSA"
    ],
    "payload": "none",
    "apiVersion": "1.0",
    "successCodes": [
      "0000"
    ],
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
      }
    ],
    "response": [
      {
        "name": "ret_code",
        "presence": "required",
        "type": "string",
        "maxLength": 4
      },
      {
        "name": "ret_msg",
        "presence": "required",
        "type": "string",
        "maxLength": 100
      },
      {
        "name": "oid_partner",
        "presence": "required",
        "type": "string",
        "maxLength": 18,
        "echo": true
      },
      {
        "name": "sign_type",
        "presence": "required",
        "type": "string",
        "maxLength": 3,
        "enum": [
          "RSA"
        ]
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
        "maxLength": 32,
        "echo": true
      },
      {
        "name": "dt_order",
        "presence": "optional",
        "type": "string",
        "maxLength": 14,
        "format": "datetime14"
      },
      {
        "name": "oid_paybill",
        "presence": "required",
        "type": "string",
        "maxLength": 18,
        "echo": true
      },
      {
        "name": "user_id",
        "presence": "required",
        "type": "string",
        "maxLength": 32,
        "echo": true
      }
    ],
    "responseGroups": [],
    "doc": "docs/easypay-preauth-cancel.md"
  },
  "easypay.preauthCapture": {
    "id": "easypay.preauthCapture",
    "kind": "api",
    "endpoint": "https://traderapi.lianlianpay.com/preauthComplete.htm",
    "encoding": "json",
    "route": "/traderapi/preauthComplete.htm",
    "effect": "write",
    "lookup": {
      "operation": "easypay.preauthQuery",
      "fields": [
        "pay_type",
        "no_order",
        "dt_order",
        "oid_paybill"
      ]
    },
    "signTypes": [
      "RSA"
    ],
    "payload": "none",
    "apiVersion": "1.0",
    "successCodes": [
      "0000"
    ],
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
        "type": "string",
        "maxLength": 4
      },
      {
        "name": "ret_msg",
        "presence": "required",
        "type": "string",
        "maxLength": 100
      },
      {
        "name": "oid_partner",
        "presence": "required",
        "type": "string",
        "maxLength": 18,
        "echo": true
      },
      {
        "name": "sign_type",
        "presence": "required",
        "type": "string",
        "maxLength": 3,
        "enum": [
          "RSA"
        ]
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
        "maxLength": 32,
        "echo": true
      },
      {
        "name": "dt_order",
        "presence": "optional",
        "type": "string",
        "maxLength": 14,
        "format": "datetime14"
      },
      {
        "name": "oid_paybill",
        "presence": "optional",
        "type": "string",
        "maxLength": 18,
        "echo": true
      },
      {
        "name": "money_order",
        "presence": "required",
        "type": "string",
        "maxLength": 12,
        "format": "money"
      },
      {
        "name": "settle_date",
        "presence": "optional",
        "type": "string",
        "maxLength": 8,
        "format": "date8"
      },
      {
        "name": "info_order",
        "presence": "optional",
        "type": "string",
        "maxLength": 255
      }
    ],
    "responseGroups": [],
    "doc": "docs/easypay-Pre-authorized-complete-API.md"
  },
  "easypay.preauthQuery": {
    "id": "easypay.preauthQuery",
    "kind": "api",
    "endpoint": "https://queryapi.lianlianpay.com/preauthquery.htm",
    "encoding": "json",
    "route": "/queryapi/preauthquery.htm",
    "effect": "read",
    "notFoundCodes": [
      "8901"
    ],
    "signTypes": [
      "RSA"
    ],
    "payload": "none",
    "apiVersion": "1.0",
    "successCodes": [
      "0000"
    ],
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
        "name": "sign",
        "presence": "required",
        "type": "string",
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
        "presence": "required",
        "type": "string",
        "maxLength": 18
      }
    ],
    "response": [
      {
        "name": "ret_code",
        "presence": "required",
        "type": "string",
        "maxLength": 4
      },
      {
        "name": "ret_msg",
        "presence": "required",
        "type": "string",
        "maxLength": 100
      },
      {
        "name": "oid_partner",
        "presence": "required",
        "type": "string",
        "maxLength": 18,
        "echo": true
      },
      {
        "name": "sign_type",
        "presence": "required",
        "type": "string",
        "maxLength": 3,
        "enum": [
          "RSA"
        ]
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
        "maxLength": 32,
        "echo": true
      },
      {
        "name": "dt_order",
        "presence": "optional",
        "type": "string",
        "maxLength": 14,
        "format": "datetime14"
      },
      {
        "name": "oid_paybill",
        "presence": "optional",
        "type": "string",
        "maxLength": 18,
        "echo": true
      },
      {
        "name": "money_order",
        "presence": "optional",
        "type": "string",
        "maxLength": 12,
        "format": "money"
      }
    ],
    "responseGroups": [],
    "doc": "docs/easypay-Pre-authorized-status-query-API.md"
  },
  "easypay.query": {
    "id": "easypay.query",
    "kind": "api",
    "endpoint": "https://queryapi.lianlianpay.com/orderquery.htm",
    "encoding": "json",
    "route": "/queryapi/orderquery.htm",
    "effect": "read",
    "notFoundCodes": [
      "8901"
    ],
    "signTypes": [
      "RSA"
    ],
    "payload": "none",
    "successCodes": [
      "0000"
    ],
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
        "name": "no_order",
        "presence": "conditional",
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
        "presence": "conditional",
        "type": "string",
        "maxLength": 18
      },
      {
        "name": "query_version",
        "presence": "optional",
        "type": "string",
        "maxLength": 6,
        "enum": [
          "1.0",
          "1.1"
        ]
      }
    ],
    "response": [
      {
        "name": "ret_code",
        "presence": "required",
        "type": "string",
        "maxLength": 4
      },
      {
        "name": "ret_msg",
        "presence": "required",
        "type": "string",
        "maxLength": 100
      },
      {
        "name": "oid_partner",
        "presence": "required",
        "type": "string",
        "maxLength": 18,
        "echo": true
      },
      {
        "name": "sign_type",
        "presence": "required",
        "type": "string",
        "maxLength": 3,
        "enum": [
          "RSA"
        ]
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
        "maxLength": 32,
        "echo": true
      },
      {
        "name": "dt_order",
        "presence": "optional",
        "type": "string",
        "maxLength": 14,
        "format": "datetime14"
      },
      {
        "name": "oid_paybill",
        "presence": "optional",
        "type": "string",
        "maxLength": 18,
        "echo": true
      },
      {
        "name": "money_order",
        "presence": "optional",
        "type": "string",
        "maxLength": 12,
        "format": "money"
      },
      {
        "name": "result_pay",
        "presence": "optional",
        "type": "string",
        "enum": [
          "SUCCESS",
          "WAITING",
          "PROCESSING",
          "REFUND",
          "FAILURE"
        ]
      },
      {
        "name": "settle_date",
        "presence": "optional",
        "type": "string",
        "maxLength": 8,
        "format": "date8"
      },
      {
        "name": "info_order",
        "presence": "optional",
        "type": "string",
        "maxLength": 255
      },
      {
        "name": "pay_type",
        "presence": "optional",
        "type": "string",
        "maxLength": 1,
        "enum": [
          "M",
          "N",
          "F"
        ]
      },
      {
        "name": "bank_code",
        "presence": "optional",
        "type": "string",
        "maxLength": 8
      },
      {
        "name": "bank_name",
        "presence": "optional",
        "type": "string",
        "maxLength": 32,
        "unsigned": true
      },
      {
        "name": "memo",
        "presence": "optional",
        "type": "string",
        "maxLength": 255,
        "unsigned": true
      },
      {
        "name": "card_no",
        "presence": "optional",
        "type": "string",
        "maxLength": 19,
        "sensitive": true,
        "unsigned": true
      }
    ],
    "responseGroups": [],
    "doc": "docs/easypay_payment_result_query.md"
  },
  "easypay.verify": {
    "id": "easypay.verify",
    "kind": "api",
    "endpoint": "https://traderapi.lianlianpay.com/easypayverify.htm",
    "encoding": "json",
    "route": "/traderapi/easypayverify.htm",
    "effect": "write",
    "lookup": {
      "operation": "easypay.query",
      "fields": [
        "no_order",
        "dt_order"
      ]
    },
    "signTypes": [
      "RSA",
      "SHA256withRSA"
    ],
    "payload": "none",
    "successCodes": [
      "0000"
    ],
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
        "name": "no_order",
        "presence": "required",
        "type": "string",
        "maxLength": 32
      },
      {
        "name": "token",
        "presence": "required",
        "type": "string"
      },
      {
        "name": "dt_order",
        "presence": "required",
        "type": "string",
        "maxLength": 14,
        "format": "datetime14"
      },
      {
        "name": "money_order",
        "presence": "required",
        "type": "string",
        "maxLength": 12,
        "format": "money"
      },
      {
        "name": "verify_code",
        "presence": "required",
        "type": "string",
        "maxLength": 6,
        "sensitive": true
      }
    ],
    "response": [
      {
        "name": "ret_code",
        "presence": "required",
        "type": "string",
        "maxLength": 4
      },
      {
        "name": "ret_msg",
        "presence": "required",
        "type": "string",
        "maxLength": 100
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
            "name": "oid_partner",
            "presence": "required",
            "type": "string",
            "maxLength": 18,
            "echo": true
          },
          {
            "name": "sign_type",
            "presence": "required",
            "type": "string",
            "enum": [
              "RSA",
              "SHA256withRSA"
            ]
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
            "maxLength": 32,
            "echo": true
          },
          {
            "name": "dt_order",
            "presence": "optional",
            "type": "string",
            "maxLength": 14,
            "format": "datetime14"
          },
          {
            "name": "oid_paybill",
            "presence": "required",
            "type": "string",
            "maxLength": 18
          },
          {
            "name": "currency_order",
            "presence": "optional",
            "type": "string",
            "maxLength": 3,
            "format": "currency"
          },
          {
            "name": "money_order",
            "presence": "required",
            "type": "string",
            "maxLength": 12,
            "format": "money"
          },
          {
            "name": "result_pay",
            "presence": "optional",
            "type": "string",
            "enum": [
              "SUCCESS",
              "PROCESSING"
            ]
          },
          {
            "name": "token",
            "presence": "optional",
            "type": "string"
          },
          {
            "name": "name_goods",
            "presence": "optional",
            "type": "string",
            "maxLength": 40
          },
          {
            "name": "pay_type",
            "presence": "optional",
            "type": "string",
            "maxLength": 1
          },
          {
            "name": "info_order",
            "presence": "optional",
            "type": "string",
            "maxLength": 255
          },
          {
            "name": "bank_code",
            "presence": "optional",
            "type": "string",
            "maxLength": 18
          }
        ]
      },
      {
        "field": "result_pay",
        "values": [
          "SUCCESS"
        ],
        "fields": [
          {
            "name": "settle_date",
            "presence": "optional",
            "type": "string",
            "maxLength": 8,
            "format": "date8"
          },
          {
            "name": "no_agree",
            "presence": "optional",
            "type": "string",
            "maxLength": 16
          }
        ]
      }
    ],
    "doc": "docs/easypay-verify-direct-api.md"
  },
  "easypay.webPayment": {
    "id": "easypay.webPayment",
    "kind": "redirect",
    "endpoint": "https://payment.lianlianpay.com/payment/traveleasypay.htm",
    "encoding": "form",
    "route": "/payment/payment/traveleasypay.htm",
    "signTypes": [
      "RSA"
    ],
    "payload": "none",
    "successCodes": [
      "0000"
    ],
    "request": [
      {
        "name": "version",
        "presence": "required",
        "type": "string",
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
        "name": "platform",
        "presence": "optional",
        "type": "string",
        "maxLength": 32
      },
      {
        "name": "user_id",
        "presence": "required",
        "type": "string",
        "maxLength": 32
      },
      {
        "name": "timestamp",
        "presence": "required",
        "type": "string",
        "maxLength": 14,
        "format": "datetime14",
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
        "name": "url_return",
        "presence": "optional",
        "type": "string",
        "maxLength": 128,
        "format": "url"
      },
      {
        "name": "userreq_ip",
        "presence": "required",
        "type": "string",
        "maxLength": 32
      },
      {
        "name": "url_order",
        "presence": "optional",
        "type": "string",
        "maxLength": 255,
        "format": "url"
      },
      {
        "name": "valid_order",
        "presence": "optional",
        "type": "integer"
      },
      {
        "name": "pay_type",
        "presence": "required",
        "type": "string",
        "enum": [
          "M",
          "F"
        ]
      },
      {
        "name": "risk_item",
        "presence": "required",
        "type": "string",
        "format": "json-string"
      },
      {
        "name": "back_url",
        "presence": "optional",
        "type": "string",
        "maxLength": 128,
        "format": "url"
      },
      {
        "name": "no_agree",
        "presence": "optional",
        "type": "string",
        "maxLength": 32
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
      }
    ],
    "response": [],
    "responseGroups": [],
    "doc": "docs/easypay_web_redirect.md"
  },
  "easypay.webSyncNotification": {
    "id": "easypay.webSyncNotification",
    "kind": "notification",
    "endpoint": "",
    "encoding": "form",
    "route": "",
    "signTypes": [
      "RSA"
    ],
    "payload": "none",
    "successCodes": [
      "0000"
    ],
    "request": [
      {
        "name": "ret_code",
        "presence": "optional",
        "type": "string",
        "maxLength": 4
      },
      {
        "name": "ret_msg",
        "presence": "optional",
        "type": "string",
        "maxLength": 100
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
        "presence": "required",
        "type": "string",
        "maxLength": 18
      },
      {
        "name": "money_order",
        "presence": "required",
        "type": "string",
        "maxLength": 12,
        "format": "money"
      },
      {
        "name": "settle_date",
        "presence": "optional",
        "type": "string",
        "maxLength": 8,
        "format": "date8"
      },
      {
        "name": "info_order",
        "presence": "optional",
        "type": "string",
        "maxLength": 255
      },
      {
        "name": "pay_type",
        "presence": "optional",
        "type": "string",
        "enum": [
          "0",
          "1",
          "8",
          "9",
          "2",
          "3",
          "D",
          "I",
          "L",
          "M",
          "F"
        ]
      },
      {
        "name": "bank_code",
        "presence": "optional",
        "type": "string"
      }
    ],
    "response": [],
    "responseGroups": [],
    "doc": "docs/easypay_web_redirect.md#synchronous-notification"
  },
  "exchangePayment.apply": {
    "id": "exchangePayment.apply",
    "kind": "api",
    "endpoint": "https://fe-pay.lianlianpay.com/exchange/v1/bankcardpayapply",
    "encoding": "json",
    "route": "/fe-pay/exchange/v1/bankcardpayapply",
    "effect": "write",
    "lookup": {
      "operation": "exchangePayment.query",
      "fields": [
        "no_order"
      ]
    },
    "signTypes": [
      "RSA"
    ],
    "payload": "none",
    "apiVersion": "1.0",
    "successCodes": [
      "0000"
    ],
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
        "name": "platform",
        "presence": "optional",
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
          "M",
          "N",
          "D"
        ]
      },
      {
        "name": "currency_order",
        "presence": "required",
        "type": "string",
        "maxLength": 3,
        "format": "currency"
      },
      {
        "name": "money_order",
        "presence": "required",
        "type": "string",
        "maxLength": 12,
        "format": "money"
      },
      {
        "name": "currency_settle",
        "presence": "required",
        "type": "string",
        "maxLength": 3,
        "format": "currency"
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
        "type": "string",
        "maxLength": 4
      },
      {
        "name": "ret_msg",
        "presence": "required",
        "type": "string",
        "maxLength": 100
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
            "name": "oid_partner",
            "presence": "required",
            "type": "string",
            "maxLength": 18,
            "echo": true
          },
          {
            "name": "sign_type",
            "presence": "required",
            "type": "string",
            "maxLength": 3,
            "fixed": "RSA"
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
            "maxLength": 32,
            "echo": true
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
            "name": "currency_order",
            "presence": "required",
            "type": "string",
            "maxLength": 3,
            "format": "currency"
          },
          {
            "name": "money_order",
            "presence": "required",
            "type": "string",
            "maxLength": 12,
            "format": "money"
          },
          {
            "name": "result_pay",
            "presence": "optional",
            "type": "string",
            "enum": [
              "SUCCESS",
              "PROCESSING"
            ]
          },
          {
            "name": "token",
            "presence": "optional",
            "type": "string"
          }
        ]
      },
      {
        "field": "result_pay",
        "values": [
          "SUCCESS"
        ],
        "fields": [
          {
            "name": "settle_date",
            "presence": "required",
            "type": "string",
            "maxLength": 8,
            "format": "date8"
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
            "maxLength": 1
          },
          {
            "name": "currency_settle",
            "presence": "optional",
            "type": "string",
            "maxLength": 3,
            "format": "currency"
          },
          {
            "name": "money_settle",
            "presence": "optional",
            "type": "string",
            "maxLength": 12,
            "format": "money"
          },
          {
            "name": "currency_pay",
            "presence": "required",
            "type": "string",
            "maxLength": 3,
            "format": "currency"
          },
          {
            "name": "money_pay",
            "presence": "required",
            "type": "string",
            "maxLength": 12,
            "format": "money"
          },
          {
            "name": "exchange_rate",
            "presence": "required",
            "type": "string"
          },
          {
            "name": "no_agree",
            "presence": "optional",
            "type": "string",
            "maxLength": 16,
            "echo": true
          }
        ]
      }
    ],
    "doc": "docs/exchange-payment-apply-api.md"
  },
  "exchangePayment.notification": {
    "id": "exchangePayment.notification",
    "kind": "notification",
    "endpoint": "",
    "encoding": "json",
    "route": "",
    "signTypes": [
      "RSA"
    ],
    "payload": "none",
    "successCodes": [
      "0000"
    ],
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
        "fixed": "RSA",
        "managed": true
      },
      {
        "name": "sign",
        "presence": "required",
        "type": "string",
        "managed": true
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
        "presence": "required",
        "type": "string",
        "maxLength": 18
      },
      {
        "name": "result_pay",
        "presence": "required",
        "type": "string",
        "enum": [
          "SUCCESS",
          "PROCESSING"
        ]
      },
      {
        "name": "settle_date",
        "presence": "required",
        "type": "string",
        "maxLength": 8,
        "format": "date8"
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
        "maxLength": 1
      },
      {
        "name": "bank_code",
        "presence": "optional",
        "type": "string",
        "maxLength": 8
      },
      {
        "name": "currency_order",
        "presence": "required",
        "type": "string",
        "maxLength": 3,
        "format": "currency"
      },
      {
        "name": "money_order",
        "presence": "required",
        "type": "string",
        "maxLength": 12,
        "format": "money"
      },
      {
        "name": "currency_settle",
        "presence": "optional",
        "type": "string",
        "maxLength": 3,
        "format": "currency"
      },
      {
        "name": "money_settle",
        "presence": "optional",
        "type": "string",
        "maxLength": 12,
        "format": "money"
      },
      {
        "name": "currency_pay",
        "presence": "required",
        "type": "string",
        "maxLength": 3,
        "format": "currency"
      },
      {
        "name": "money_pay",
        "presence": "required",
        "type": "string",
        "maxLength": 12,
        "format": "money"
      },
      {
        "name": "exchange_rate",
        "presence": "required",
        "type": "string"
      },
      {
        "name": "no_agree",
        "presence": "optional",
        "type": "string",
        "maxLength": 16
      },
      {
        "name": "ret_code",
        "presence": "optional",
        "type": "string",
        "maxLength": 4
      },
      {
        "name": "ret_msg",
        "presence": "optional",
        "type": "string",
        "maxLength": 100
      }
    ],
    "response": [],
    "responseGroups": [],
    "doc": "docs/exchange-payment-async-notification.md"
  },
  "exchangePayment.query": {
    "id": "exchangePayment.query",
    "kind": "api",
    "endpoint": "https://queryapi.lianlianpay.com/exchangeorderquery.htm",
    "encoding": "json",
    "route": "/queryapi/exchangeorderquery.htm",
    "effect": "read",
    "notFoundCodes": [
      "8901"
    ],
    "signTypes": [
      "RSA"
    ],
    "payload": "none",
    "successCodes": [
      "0000"
    ],
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
        "name": "no_order",
        "presence": "required",
        "type": "string",
        "maxLength": 32
      },
      {
        "name": "oid_paybill",
        "presence": "optional",
        "type": "string",
        "maxLength": 18
      }
    ],
    "response": [
      {
        "name": "ret_code",
        "presence": "required",
        "type": "string",
        "maxLength": 4
      },
      {
        "name": "ret_msg",
        "presence": "required",
        "type": "string",
        "maxLength": 100
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
            "name": "oid_partner",
            "presence": "required",
            "type": "string",
            "maxLength": 18,
            "echo": true
          },
          {
            "name": "sign_type",
            "presence": "required",
            "type": "string",
            "maxLength": 3,
            "fixed": "RSA"
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
            "maxLength": 32,
            "echo": true
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
            "presence": "required",
            "type": "string",
            "maxLength": 18,
            "echo": true
          },
          {
            "name": "result_pay",
            "presence": "required",
            "type": "string",
            "enum": [
              "SUCCESS",
              "PROCESSING",
              "WAITING",
              "REFUND",
              "FAILURE"
            ]
          },
          {
            "name": "memo",
            "presence": "optional",
            "type": "string"
          },
          {
            "name": "currency_order",
            "presence": "required",
            "type": "string",
            "maxLength": 3,
            "format": "currency"
          },
          {
            "name": "money_order",
            "presence": "required",
            "type": "string",
            "maxLength": 12,
            "format": "money"
          }
        ]
      },
      {
        "field": "result_pay",
        "values": [
          "SUCCESS"
        ],
        "fields": [
          {
            "name": "settle_date",
            "presence": "optional",
            "type": "string",
            "maxLength": 8,
            "format": "date8"
          },
          {
            "name": "info_order",
            "presence": "optional",
            "type": "string",
            "maxLength": 255
          },
          {
            "name": "pay_type",
            "presence": "optional",
            "type": "string",
            "maxLength": 1
          },
          {
            "name": "currency_settle",
            "presence": "optional",
            "type": "string",
            "maxLength": 3,
            "format": "currency"
          },
          {
            "name": "money_settle",
            "presence": "optional",
            "type": "string",
            "maxLength": 12,
            "format": "money"
          },
          {
            "name": "currency_pay",
            "presence": "required",
            "type": "string",
            "maxLength": 3,
            "format": "currency"
          },
          {
            "name": "money_pay",
            "presence": "required",
            "type": "string",
            "maxLength": 12,
            "format": "money"
          },
          {
            "name": "exchange_rate",
            "presence": "required",
            "type": "string"
          },
          {
            "name": "no_agree",
            "presence": "optional",
            "type": "string",
            "maxLength": 16
          }
        ]
      }
    ],
    "doc": "docs/exchange-payment-result-query.md"
  },
  "exchangePayment.verify": {
    "id": "exchangePayment.verify",
    "kind": "api",
    "endpoint": "https://fe-pay.lianlianpay.com/exchange/v1/bankcardpayverify",
    "encoding": "json",
    "route": "/fe-pay/exchange/v1/bankcardpayverify",
    "effect": "write",
    "lookup": {
      "operation": "exchangePayment.query",
      "fields": [
        "no_order"
      ]
    },
    "signTypes": [
      "RSA"
    ],
    "payload": "none",
    "apiVersion": "1.0",
    "successCodes": [
      "0000"
    ],
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
        "name": "token",
        "presence": "required",
        "type": "string"
      },
      {
        "name": "verify_code",
        "presence": "required",
        "type": "string",
        "maxLength": 6,
        "sensitive": true
      },
      {
        "name": "no_order",
        "presence": "required",
        "type": "string",
        "maxLength": 32
      }
    ],
    "response": [
      {
        "name": "ret_code",
        "presence": "required",
        "type": "string",
        "maxLength": 4
      },
      {
        "name": "ret_msg",
        "presence": "required",
        "type": "string",
        "maxLength": 100
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
            "name": "oid_partner",
            "presence": "required",
            "type": "string",
            "maxLength": 18,
            "echo": true
          },
          {
            "name": "sign_type",
            "presence": "required",
            "type": "string",
            "maxLength": 3,
            "fixed": "RSA"
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
            "maxLength": 32,
            "echo": true
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
            "presence": "required",
            "type": "string",
            "maxLength": 18
          },
          {
            "name": "result_pay",
            "presence": "required",
            "type": "string",
            "enum": [
              "SUCCESS",
              "PROCESSING"
            ]
          },
          {
            "name": "settle_date",
            "presence": "required",
            "type": "string",
            "maxLength": 8,
            "format": "date8"
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
            "maxLength": 1
          },
          {
            "name": "currency_order",
            "presence": "required",
            "type": "string",
            "maxLength": 3,
            "format": "currency"
          },
          {
            "name": "money_order",
            "presence": "required",
            "type": "string",
            "maxLength": 12,
            "format": "money"
          },
          {
            "name": "currency_settle",
            "presence": "optional",
            "type": "string",
            "maxLength": 3,
            "format": "currency"
          },
          {
            "name": "money_settle",
            "presence": "optional",
            "type": "string",
            "maxLength": 12,
            "format": "money"
          },
          {
            "name": "currency_pay",
            "presence": "required",
            "type": "string",
            "maxLength": 3,
            "format": "currency"
          },
          {
            "name": "money_pay",
            "presence": "required",
            "type": "string",
            "maxLength": 12,
            "format": "money"
          },
          {
            "name": "exchange_rate",
            "presence": "required",
            "type": "string"
          },
          {
            "name": "no_agree",
            "presence": "optional",
            "type": "string",
            "maxLength": 16
          }
        ]
      }
    ],
    "doc": "docs/exchange-payment-verify-api.md"
  },
  "instantPayment.apply": {
    "id": "instantPayment.apply",
    "kind": "api",
    "endpoint": "https://instantpay.lianlianpay.com/paymentapi/payment.htm",
    "encoding": "json",
    "route": "/instantpay/paymentapi/payment.htm",
    "effect": "write",
    "lookup": {
      "operation": "instantPayment.query",
      "fields": [
        "no_order"
      ]
    },
    "signTypes": [
      "RSA"
    ],
    "payload": "lianpay1_0_1",
    "apiVersion": "1.1",
    "successCodes": [
      "0000",
      "4002",
      "4003",
      "4004"
    ],
    "request": [
      {
        "name": "api_version",
        "presence": "required",
        "type": "string",
        "maxLength": 6,
        "fixed": "1.1",
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
        "name": "flag_card",
        "presence": "required",
        "type": "string",
        "maxLength": 1,
        "enum": [
          "0",
          "1"
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
        "name": "card_no",
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
        "name": "info_order",
        "presence": "required",
        "type": "string",
        "maxLength": 255
      },
      {
        "name": "memo",
        "presence": "required",
        "type": "string",
        "maxLength": 24
      },
      {
        "name": "notify_url",
        "presence": "required",
        "type": "string",
        "maxLength": 128,
        "format": "url"
      },
      {
        "name": "bank_code",
        "presence": "conditional",
        "type": "string",
        "maxLength": 18
      }
    ],
    "response": [
      {
        "name": "ret_code",
        "presence": "required",
        "type": "string",
        "maxLength": 4
      },
      {
        "name": "ret_msg",
        "presence": "required",
        "type": "string",
        "maxLength": 100
      },
      {
        "name": "oid_partner",
        "presence": "required",
        "type": "string",
        "maxLength": 18,
        "echo": true
      },
      {
        "name": "sign_type",
        "presence": "required",
        "type": "string",
        "maxLength": 3,
        "enum": [
          "RSA"
        ]
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
        "maxLength": 32,
        "echo": true
      }
    ],
    "responseGroups": [
      {
        "field": "ret_code",
        "values": [
          "4002",
          "4003",
          "4004"
        ],
        "fields": [
          {
            "name": "confirm_code",
            "presence": "optional",
            "type": "string",
            "maxLength": 6
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
            "name": "oid_paybill",
            "presence": "optional",
            "type": "string",
            "maxLength": 18
          }
        ]
      }
    ],
    "doc": "docs/instant-payment-apply-API.md"
  },
  "instantPayment.balance": {
    "id": "instantPayment.balance",
    "kind": "api",
    "endpoint": "https://traderapi.lianlianpay.com/traderAcctQuery.htm",
    "encoding": "json",
    "route": "/traderapi/traderAcctQuery.htm",
    "effect": "read",
    "signTypes": [
      "RSA"
    ],
    "payload": "none",
    "apiVersion": "1.0",
    "successCodes": [
      "0000"
    ],
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
        "name": "api_version",
        "presence": "required",
        "type": "string",
        "maxLength": 6,
        "fixed": "1.0",
        "managed": true
      }
    ],
    "response": [
      {
        "name": "ret_code",
        "presence": "required",
        "type": "string",
        "maxLength": 4
      },
      {
        "name": "ret_msg",
        "presence": "required",
        "type": "string",
        "maxLength": 100
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
            "type": "string",
            "maxLength": 3,
            "enum": [
              "RSA"
            ]
          },
          {
            "name": "sign",
            "presence": "required",
            "type": "string"
          },
          {
            "name": "amt_unsettle",
            "presence": "required",
            "type": "string"
          },
          {
            "name": "amt_balance",
            "presence": "required",
            "type": "string"
          }
        ]
      }
    ],
    "doc": "docs/balance-query-api.md"
  },
  "instantPayment.confirm": {
    "id": "instantPayment.confirm",
    "kind": "api",
    "endpoint": "https://instantpay.lianlianpay.com/paymentapi/confirmPayment.htm",
    "encoding": "json",
    "route": "/instantpay/paymentapi/confirmPayment.htm",
    "effect": "write",
    "lookup": {
      "operation": "instantPayment.query",
      "fields": [
        "no_order"
      ]
    },
    "signTypes": [
      "RSA"
    ],
    "payload": "lianpay1_0_1",
    "apiVersion": "1.1",
    "successCodes": [
      "0000"
    ],
    "request": [
      {
        "name": "api_version",
        "presence": "required",
        "type": "string",
        "maxLength": 6,
        "fixed": "1.1",
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
        "name": "confirm_code",
        "presence": "required",
        "type": "string",
        "maxLength": 6
      },
      {
        "name": "no_order",
        "presence": "required",
        "type": "string",
        "maxLength": 32
      },
      {
        "name": "notify_url",
        "presence": "required",
        "type": "string",
        "maxLength": 128,
        "format": "url"
      }
    ],
    "response": [
      {
        "name": "ret_code",
        "presence": "required",
        "type": "string",
        "maxLength": 4
      },
      {
        "name": "ret_msg",
        "presence": "required",
        "type": "string",
        "maxLength": 100
      },
      {
        "name": "oid_partner",
        "presence": "required",
        "type": "string",
        "maxLength": 18,
        "echo": true
      },
      {
        "name": "sign_type",
        "presence": "required",
        "type": "string",
        "maxLength": 3,
        "enum": [
          "RSA"
        ]
      },
      {
        "name": "sign",
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
            "name": "oid_paybill",
            "presence": "optional",
            "type": "string",
            "maxLength": 18
          },
          {
            "name": "no_order",
            "presence": "optional",
            "type": "string",
            "maxLength": 32,
            "echo": true
          }
        ]
      }
    ],
    "doc": "docs/instant-payment-confirm-API.md"
  },
  "instantPayment.notification": {
    "id": "instantPayment.notification",
    "kind": "notification",
    "endpoint": "",
    "encoding": "json",
    "route": "",
    "signTypes": [
      "RSA"
    ],
    "payload": "none",
    "successCodes": [
      "0000"
    ],
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
        "name": "dt_order",
        "presence": "required",
        "type": "string",
        "maxLength": 14,
        "format": "datetime14"
      },
      {
        "name": "no_order",
        "presence": "required",
        "type": "string",
        "maxLength": 32
      },
      {
        "name": "oid_paybill",
        "presence": "required",
        "type": "string",
        "maxLength": 18
      },
      {
        "name": "money_order",
        "presence": "required",
        "type": "string",
        "maxLength": 12,
        "format": "money"
      },
      {
        "name": "info_order",
        "presence": "optional",
        "type": "string",
        "maxLength": 255
      },
      {
        "name": "result_pay",
        "presence": "required",
        "type": "string"
      },
      {
        "name": "settle_date",
        "presence": "optional",
        "type": "string",
        "maxLength": 8,
        "format": "date8"
      }
    ],
    "response": [],
    "responseGroups": [],
    "doc": "docs/instant-payment-notification.md"
  },
  "instantPayment.query": {
    "id": "instantPayment.query",
    "kind": "api",
    "endpoint": "https://instantpay.lianlianpay.com/paymentapi/queryPayment.htm",
    "encoding": "json",
    "route": "/instantpay/paymentapi/queryPayment.htm",
    "effect": "read",
    "notFoundCodes": [
      "8901"
    ],
    "signTypes": [
      "RSA"
    ],
    "payload": "none",
    "apiVersion": "1.0",
    "successCodes": [
      "0000"
    ],
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
        "name": "no_order",
        "presence": "conditional",
        "type": "string",
        "maxLength": 32
      },
      {
        "name": "oid_paybill",
        "presence": "conditional",
        "type": "string",
        "maxLength": 18
      },
      {
        "name": "api_version",
        "presence": "required",
        "type": "string",
        "maxLength": 6,
        "fixed": "1.0",
        "managed": true
      }
    ],
    "response": [
      {
        "name": "ret_code",
        "presence": "required",
        "type": "string",
        "maxLength": 4
      },
      {
        "name": "ret_msg",
        "presence": "required",
        "type": "string",
        "maxLength": 100
      },
      {
        "name": "oid_partner",
        "presence": "required",
        "type": "string",
        "maxLength": 18,
        "echo": true
      },
      {
        "name": "sign_type",
        "presence": "required",
        "type": "string",
        "maxLength": 3,
        "enum": [
          "RSA"
        ]
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
        "maxLength": 32,
        "echo": true
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
        "presence": "required",
        "type": "string",
        "maxLength": 18,
        "echo": true
      },
      {
        "name": "money_order",
        "presence": "required",
        "type": "string",
        "maxLength": 12,
        "format": "money"
      },
      {
        "name": "result_pay",
        "presence": "required",
        "type": "string",
        "enum": [
          "APPLY",
          "SUCCESS",
          "WAITING",
          "PROCESSING",
          "CANCEL",
          "FAILURE",
          "CHECK",
          "CLOSED"
        ]
      },
      {
        "name": "settle_date",
        "presence": "optional",
        "type": "string",
        "maxLength": 8,
        "format": "date8"
      },
      {
        "name": "info_order",
        "presence": "optional",
        "type": "string",
        "maxLength": 255
      },
      {
        "name": "memo",
        "presence": "optional",
        "type": "string"
      }
    ],
    "responseGroups": [],
    "doc": "docs/instant-payment-result-query.md"
  },
  "mpay.applyDirect": {
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
        "type": "string",
        "maxLength": 4
      },
      {
        "name": "ret_msg",
        "presence": "required",
        "type": "string",
        "maxLength": 100
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
            "maxLength": 18,
            "echo": true
          },
          {
            "name": "sign_type",
            "presence": "required",
            "type": "string",
            "enum": [
              "RSA",
              "SHA256withRSA"
            ]
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
            "maxLength": 32,
            "echo": true
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
            "name": "money_order",
            "presence": "required",
            "type": "string",
            "maxLength": 12,
            "format": "money"
          },
          {
            "name": "token",
            "presence": "optional",
            "type": "string"
          },
          {
            "name": "info_order",
            "presence": "optional",
            "type": "string",
            "maxLength": 255
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
            "name": "settle_date",
            "presence": "optional",
            "type": "string",
            "maxLength": 8,
            "format": "date8"
          },
          {
            "name": "no_agree",
            "presence": "optional",
            "type": "string",
            "maxLength": 16,
            "echo": true
          }
        ]
      }
    ],
    "doc": "docs/MPAY-apply-direct-API.md"
  },
  "mpay.cardBindApply": {
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
        "type": "string",
        "maxLength": 4
      },
      {
        "name": "ret_msg",
        "presence": "required",
        "type": "string",
        "maxLength": 100
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
            "type": "string",
            "enum": [
              "RSA",
              "SHA256withRSA"
            ]
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
            "maxLength": 18,
            "echo": true
          },
          {
            "name": "user_id",
            "presence": "required",
            "type": "string",
            "maxLength": 32,
            "echo": true
          },
          {
            "name": "token",
            "presence": "optional",
            "type": "string"
          },
          {
            "name": "dt_order",
            "presence": "optional",
            "type": "string",
            "format": "datetime14"
          },
          {
            "name": "no_order",
            "presence": "optional",
            "type": "string",
            "echo": true
          }
        ]
      }
    ],
    "doc": "docs/MPAY-card-bind-apply.md"
  },
  "mpay.cardBindVerify": {
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
        "type": "string",
        "maxLength": 4
      },
      {
        "name": "ret_msg",
        "presence": "required",
        "type": "string",
        "maxLength": 100
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
            "type": "string",
            "enum": [
              "RSA",
              "SHA256withRSA"
            ]
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
            "maxLength": 18,
            "echo": true
          },
          {
            "name": "user_id",
            "presence": "required",
            "type": "string",
            "maxLength": 32,
            "echo": true
          },
          {
            "name": "card_no",
            "presence": "required",
            "type": "string",
            "maxLength": 4,
            "sensitive": true
          },
          {
            "name": "no_agree",
            "presence": "optional",
            "type": "string",
            "maxLength": 16
          },
          {
            "name": "no_order",
            "presence": "optional",
            "type": "string",
            "echo": true
          }
        ]
      }
    ],
    "doc": "docs/MPAY-card-bind-verify.md"
  },
  "mpay.notification": {
    "id": "mpay.notification",
    "kind": "notification",
    "endpoint": "",
    "encoding": "json",
    "route": "",
    "signTypes": [
      "RSA"
    ],
    "payload": "none",
    "successCodes": [
      "0000"
    ],
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
        "presence": "required",
        "type": "string",
        "maxLength": 18
      },
      {
        "name": "money_order",
        "presence": "required",
        "type": "string",
        "maxLength": 12,
        "format": "money"
      },
      {
        "name": "result_pay",
        "presence": "required",
        "type": "string"
      },
      {
        "name": "settle_date",
        "presence": "optional",
        "type": "string",
        "maxLength": 8,
        "format": "date8"
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
          "2",
          "3",
          "P",
          "27"
        ]
      },
      {
        "name": "bank_code",
        "presence": "optional",
        "type": "string"
      },
      {
        "name": "no_agree",
        "presence": "optional",
        "type": "string"
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
      }
    ],
    "response": [],
    "responseGroups": [],
    "doc": "docs/MPAY-asyn-notification.md"
  },
  "mpay.query": {
    "id": "mpay.query",
    "kind": "api",
    "endpoint": "https://queryapi.lianlianpay.com/orderquery.htm",
    "encoding": "json",
    "route": "/queryapi/orderquery.htm",
    "effect": "read",
    "notFoundCodes": [
      "8901"
    ],
    "signTypes": [
      "RSA"
    ],
    "payload": "none",
    "successCodes": [
      "0000"
    ],
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
        "name": "no_order",
        "presence": "conditional",
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
        "presence": "conditional",
        "type": "string",
        "maxLength": 18
      },
      {
        "name": "query_version",
        "presence": "optional",
        "type": "string",
        "maxLength": 6,
        "enum": [
          "1.0",
          "1.1"
        ]
      }
    ],
    "response": [
      {
        "name": "ret_code",
        "presence": "required",
        "type": "string",
        "maxLength": 4
      },
      {
        "name": "ret_msg",
        "presence": "required",
        "type": "string",
        "maxLength": 100
      },
      {
        "name": "oid_partner",
        "presence": "required",
        "type": "string",
        "maxLength": 18,
        "echo": true
      },
      {
        "name": "sign_type",
        "presence": "required",
        "type": "string",
        "maxLength": 3,
        "enum": [
          "RSA"
        ]
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
        "maxLength": 32,
        "echo": true
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
        "presence": "required",
        "type": "string",
        "maxLength": 18,
        "echo": true
      },
      {
        "name": "money_order",
        "presence": "required",
        "type": "string",
        "maxLength": 12,
        "format": "money"
      },
      {
        "name": "result_pay",
        "presence": "required",
        "type": "string",
        "enum": [
          "SUCCESS",
          "WAITING",
          "PROCESSING",
          "REFUND",
          "FAILURE"
        ]
      },
      {
        "name": "settle_date",
        "presence": "optional",
        "type": "string",
        "maxLength": 8,
        "format": "date8"
      },
      {
        "name": "info_order",
        "presence": "optional",
        "type": "string",
        "maxLength": 255
      },
      {
        "name": "pay_type",
        "presence": "optional",
        "type": "string",
        "maxLength": 2,
        "enum": [
          "2",
          "3",
          "P",
          "27"
        ]
      },
      {
        "name": "bank_code",
        "presence": "optional",
        "type": "string",
        "maxLength": 8
      },
      {
        "name": "bank_name",
        "presence": "optional",
        "type": "string",
        "maxLength": 32,
        "unsigned": true
      },
      {
        "name": "memo",
        "presence": "optional",
        "type": "string",
        "maxLength": 255,
        "unsigned": true
      },
      {
        "name": "card_no",
        "presence": "optional",
        "type": "string",
        "maxLength": 19,
        "sensitive": true,
        "unsigned": true
      }
    ],
    "responseGroups": [],
    "doc": "docs/MPAY_payment_result_query.md"
  },
  "mpay.verifyDirect": {
    "id": "mpay.verifyDirect",
    "kind": "api",
    "endpoint": "https://mpayapi.lianlianpay.com/v1/bankcardpay",
    "encoding": "json",
    "route": "/mpayapi/v1/bankcardpay",
    "effect": "write",
    "signTypes": [
      "RSA",
      "SHA256withRSA"
    ],
    "payload": "none",
    "successCodes": [
      "0000"
    ],
    "request": [
      {
        "name": "oid_partner",
        "presence": "required",
        "type": "string",
        "maxLength": 18,
        "managed": true
      },
      {
        "name": "no_order",
        "presence": "required",
        "type": "string",
        "maxLength": 32
      },
      {
        "name": "token",
        "presence": "required",
        "type": "string"
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
        "name": "money_order",
        "presence": "required",
        "type": "string",
        "maxLength": 12,
        "format": "money"
      },
      {
        "name": "verify_code",
        "presence": "required",
        "type": "string",
        "maxLength": 6,
        "sensitive": true
      }
    ],
    "response": [
      {
        "name": "ret_code",
        "presence": "required",
        "type": "string",
        "maxLength": 4
      },
      {
        "name": "ret_msg",
        "presence": "required",
        "type": "string",
        "maxLength": 100
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
            "name": "oid_partner",
            "presence": "required",
            "type": "string",
            "maxLength": 18,
            "echo": true
          },
          {
            "name": "sign_type",
            "presence": "required",
            "type": "string",
            "enum": [
              "RSA",
              "SHA256withRSA"
            ]
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
            "maxLength": 32,
            "echo": true
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
            "presence": "required",
            "type": "string",
            "maxLength": 18
          },
          {
            "name": "money_order",
            "presence": "required",
            "type": "string",
            "maxLength": 12,
            "format": "money"
          },
          {
            "name": "token",
            "presence": "optional",
            "type": "string"
          },
          {
            "name": "info_order",
            "presence": "optional",
            "type": "string",
            "maxLength": 255
          },
          {
            "name": "settle_date",
            "presence": "optional",
            "type": "string",
            "maxLength": 8,
            "format": "date8"
          },
          {
            "name": "no_agree",
            "presence": "optional",
            "type": "string",
            "maxLength": 16
          }
        ]
      }
    ],
    "doc": "docs/MPAY-verify-direct-api.md"
  },
  "onlineBanking.notification": {
    "id": "onlineBanking.notification",
    "kind": "notification",
    "endpoint": "",
    "encoding": "json",
    "route": "",
    "signTypes": [
      "RSA"
    ],
    "payload": "none",
    "successCodes": [
      "0000"
    ],
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
        "presence": "required",
        "type": "string",
        "maxLength": 18
      },
      {
        "name": "money_order",
        "presence": "required",
        "type": "string",
        "maxLength": 12,
        "format": "money"
      },
      {
        "name": "result_pay",
        "presence": "required",
        "type": "string"
      },
      {
        "name": "settle_date",
        "presence": "optional",
        "type": "string",
        "maxLength": 8,
        "format": "date8"
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
          "1",
          "8",
          "9"
        ]
      },
      {
        "name": "bank_code",
        "presence": "optional",
        "type": "string"
      },
      {
        "name": "no_agree",
        "presence": "optional",
        "type": "string"
      }
    ],
    "response": [],
    "responseGroups": [],
    "doc": "docs/online-banking-notification.md"
  },
  "onlineBanking.payment": {
    "id": "onlineBanking.payment",
    "kind": "redirect",
    "endpoint": "https://payment.lianlianpay.com/payment/bankgateway.htm",
    "encoding": "form",
    "route": "/payment/payment/bankgateway.htm",
    "signTypes": [
      "RSA"
    ],
    "payload": "none",
    "successCodes": [
      "0000"
    ],
    "request": [
      {
        "name": "version",
        "presence": "required",
        "type": "string",
        "maxLength": 6,
        "fixed": "1.0",
        "managed": true
      },
      {
        "name": "charset_name",
        "presence": "required",
        "type": "string",
        "maxLength": 18,
        "enum": [
          "UTF-8",
          "GBK",
          "GB2312",
          "GB18030"
        ]
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
        "name": "timestamp",
        "presence": "required",
        "type": "string",
        "maxLength": 14,
        "format": "datetime14",
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
        "name": "url_order",
        "presence": "optional",
        "type": "string",
        "maxLength": 255,
        "format": "url"
      },
      {
        "name": "valid_order",
        "presence": "optional",
        "type": "integer"
      },
      {
        "name": "bank_code",
        "presence": "optional",
        "type": "string",
        "maxLength": 18
      },
      {
        "name": "risk_item",
        "presence": "required",
        "type": "string",
        "format": "json-string"
      },
      {
        "name": "pay_type",
        "presence": "optional",
        "type": "string",
        "enum": [
          "1",
          "8",
          "9"
        ]
      }
    ],
    "response": [],
    "responseGroups": [],
    "doc": "docs/online-banking-redirect-api.md"
  },
  "onlineBanking.query": {
    "id": "onlineBanking.query",
    "kind": "api",
    "endpoint": "https://wallet.lianlianpay.com/llwalletapi/orderquery.htm",
    "encoding": "json",
    "route": "/wallet/llwalletapi/orderquery.htm",
    "effect": "read",
    "notFoundCodes": [
      "8901"
    ],
    "signTypes": [
      "RSA"
    ],
    "payload": "none",
    "successCodes": [
      "0000"
    ],
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
        "name": "no_order",
        "presence": "optional",
        "type": "string",
        "maxLength": 32
      },
      {
        "name": "dt_order",
        "presence": "optional",
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
        "name": "query_version",
        "presence": "optional",
        "type": "string",
        "maxLength": 6
      },
      {
        "name": "user_id",
        "presence": "optional",
        "type": "string",
        "maxLength": 32
      }
    ],
    "response": [
      {
        "name": "ret_code",
        "presence": "required",
        "type": "string",
        "maxLength": 4
      },
      {
        "name": "ret_msg",
        "presence": "required",
        "type": "string",
        "maxLength": 100
      },
      {
        "name": "oid_partner",
        "presence": "required",
        "type": "string",
        "maxLength": 18,
        "echo": true
      },
      {
        "name": "sign_type",
        "presence": "required",
        "type": "string",
        "maxLength": 3,
        "enum": [
          "RSA"
        ]
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
        "maxLength": 32,
        "echo": true
      },
      {
        "name": "dt_order",
        "presence": "optional",
        "type": "string",
        "maxLength": 14,
        "format": "datetime14"
      },
      {
        "name": "oid_paybill",
        "presence": "optional",
        "type": "string",
        "maxLength": 18,
        "echo": true
      },
      {
        "name": "money_order",
        "presence": "optional",
        "type": "string",
        "maxLength": 12,
        "format": "money"
      },
      {
        "name": "result_pay",
        "presence": "optional",
        "type": "string"
      },
      {
        "name": "settle_date",
        "presence": "optional",
        "type": "string",
        "maxLength": 8,
        "format": "date8"
      },
      {
        "name": "info_order",
        "presence": "optional",
        "type": "string",
        "maxLength": 255
      },
      {
        "name": "pay_type",
        "presence": "optional",
        "type": "string",
        "enum": [
          "0",
          "1",
          "8",
          "9",
          "2",
          "3",
          "D",
          "I",
          "L"
        ]
      },
      {
        "name": "bank_code",
        "presence": "optional",
        "type": "string"
      },
      {
        "name": "bank_name",
        "presence": "optional",
        "type": "string"
      },
      {
        "name": "memo",
        "presence": "optional",
        "type": "string"
      }
    ],
    "responseGroups": [],
    "doc": "docs/aggregate-payment-result-query.md"
  },
  "onlineBanking.syncNotification": {
    "id": "onlineBanking.syncNotification",
    "kind": "notification",
    "endpoint": "",
    "encoding": "form",
    "route": "",
    "signTypes": [
      "RSA"
    ],
    "payload": "none",
    "successCodes": [
      "0000"
    ],
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
        "name": "dt_order",
        "presence": "required",
        "type": "string",
        "maxLength": 14,
        "format": "datetime14"
      },
      {
        "name": "no_order",
        "presence": "required",
        "type": "string",
        "maxLength": 32
      },
      {
        "name": "oid_paybill",
        "presence": "required",
        "type": "string",
        "maxLength": 18
      },
      {
        "name": "money_order",
        "presence": "required",
        "type": "string",
        "maxLength": 12,
        "format": "money"
      },
      {
        "name": "result_pay",
        "presence": "required",
        "type": "string"
      },
      {
        "name": "settle_date",
        "presence": "optional",
        "type": "string",
        "maxLength": 8,
        "format": "date8"
      },
      {
        "name": "info_order",
        "presence": "optional",
        "type": "string",
        "maxLength": 255
      },
      {
        "name": "pay_type",
        "presence": "optional",
        "type": "string",
        "enum": [
          "1",
          "8",
          "9"
        ]
      },
      {
        "name": "bank_code",
        "presence": "optional",
        "type": "string"
      }
    ],
    "response": [],
    "responseGroups": [],
    "doc": "docs/sync-notification.md"
  },
  "refund.apply": {
    "id": "refund.apply",
    "kind": "api",
    "endpoint": "https://traderapi.lianlianpay.com/exchangerefund.htm",
    "encoding": "json",
    "route": "/traderapi/exchangerefund.htm",
    "effect": "write",
    "lookup": {
      "operation": "refund.query",
      "fields": [
        "no_refund",
        "dt_refund"
      ]
    },
    "signTypes": [
      "RSA"
    ],
    "payload": "none",
    "successCodes": [
      "0000"
    ],
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
        "name": "no_refund",
        "presence": "required",
        "type": "string",
        "maxLength": 32
      },
      {
        "name": "dt_refund",
        "presence": "required",
        "type": "string",
        "maxLength": 14,
        "format": "datetime14"
      },
      {
        "name": "money_refund",
        "presence": "required",
        "type": "string",
        "maxLength": 12,
        "format": "money"
      },
      {
        "name": "no_order",
        "presence": "optional",
        "type": "string",
        "maxLength": 32
      },
      {
        "name": "dt_order",
        "presence": "optional",
        "type": "string",
        "maxLength": 14,
        "format": "datetime14"
      },
      {
        "name": "oid_paybill",
        "presence": "optional",
        "type": "string",
        "maxLength": 32
      },
      {
        "name": "notify_url",
        "presence": "required",
        "type": "string",
        "maxLength": 128,
        "format": "url"
      }
    ],
    "response": [
      {
        "name": "ret_code",
        "presence": "required",
        "type": "string",
        "maxLength": 4
      },
      {
        "name": "ret_msg",
        "presence": "required",
        "type": "string",
        "maxLength": 100
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
            "type": "string",
            "maxLength": 3,
            "enum": [
              "RSA"
            ]
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
            "maxLength": 18,
            "echo": true
          },
          {
            "name": "no_refund",
            "presence": "required",
            "type": "string",
            "maxLength": 32,
            "echo": true
          },
          {
            "name": "dt_refund",
            "presence": "optional",
            "type": "string",
            "maxLength": 14,
            "format": "datetime14"
          },
          {
            "name": "money_refund",
            "presence": "required",
            "type": "string",
            "maxLength": 12,
            "format": "money"
          },
          {
            "name": "money_foreign_refund",
            "presence": "optional",
            "type": "string",
            "maxLength": 12,
            "format": "money"
          },
          {
            "name": "rate_id",
            "presence": "optional",
            "type": "string"
          },
          {
            "name": "rate",
            "presence": "optional",
            "type": "string"
          },
          {
            "name": "exchange_bankcode",
            "presence": "optional",
            "type": "string"
          },
          {
            "name": "oid_refundno",
            "presence": "required",
            "type": "string",
            "maxLength": 16
          },
          {
            "name": "sta_refund",
            "presence": "required",
            "type": "string",
            "maxLength": 1,
            "enum": [
              "0",
              "1",
              "2",
              "3"
            ]
          },
          {
            "name": "settle_date",
            "presence": "optional",
            "type": "string",
            "maxLength": 8,
            "format": "date8"
          }
        ]
      }
    ],
    "doc": "docs/refund-apply-api.md"
  },
  "refund.notification": {
    "id": "refund.notification",
    "kind": "notification",
    "endpoint": "",
    "encoding": "json",
    "route": "",
    "signTypes": [
      "RSA"
    ],
    "payload": "none",
    "successCodes": [
      "0000"
    ],
    "request": [
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
        "name": "oid_partner",
        "presence": "required",
        "type": "string",
        "maxLength": 18,
        "managed": true
      },
      {
        "name": "no_refund",
        "presence": "required",
        "type": "string",
        "maxLength": 32
      },
      {
        "name": "dt_refund",
        "presence": "optional",
        "type": "string",
        "maxLength": 14,
        "format": "datetime14"
      },
      {
        "name": "money_refund",
        "presence": "required",
        "type": "string",
        "maxLength": 12,
        "format": "money"
      },
      {
        "name": "money_foreign_refund",
        "presence": "optional",
        "type": "string",
        "maxLength": 12,
        "format": "money"
      },
      {
        "name": "rate_id",
        "presence": "optional",
        "type": "string"
      },
      {
        "name": "rate",
        "presence": "optional",
        "type": "string"
      },
      {
        "name": "exchange_bankcode",
        "presence": "optional",
        "type": "string"
      },
      {
        "name": "oid_refundno",
        "presence": "required",
        "type": "string",
        "maxLength": 16
      },
      {
        "name": "sta_refund",
        "presence": "required",
        "type": "string",
        "maxLength": 1,
        "enum": [
          "0",
          "1",
          "2",
          "3"
        ]
      },
      {
        "name": "settle_date",
        "presence": "required",
        "type": "string",
        "maxLength": 8,
        "format": "date8"
      },
      {
        "name": "ret_code",
        "presence": "optional",
        "type": "string",
        "maxLength": 4
      },
      {
        "name": "ret_msg",
        "presence": "optional",
        "type": "string",
        "maxLength": 100
      }
    ],
    "response": [],
    "responseGroups": [],
    "doc": "docs/refund-async-notification.md"
  },
  "refund.query": {
    "id": "refund.query",
    "kind": "api",
    "endpoint": "https://queryapi.lianlianpay.com/refundquery.htm",
    "encoding": "json",
    "route": "/queryapi/refundquery.htm",
    "effect": "read",
    "notFoundCodes": [
      "8901"
    ],
    "signTypes": [
      "RSA"
    ],
    "payload": "none",
    "successCodes": [
      "0000"
    ],
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
        "name": "no_refund",
        "presence": "required",
        "type": "string",
        "maxLength": 32
      },
      {
        "name": "dt_refund",
        "presence": "required",
        "type": "string",
        "maxLength": 14,
        "format": "datetime14"
      }
    ],
    "response": [
      {
        "name": "ret_code",
        "presence": "required",
        "type": "string",
        "maxLength": 4
      },
      {
        "name": "ret_msg",
        "presence": "required",
        "type": "string",
        "maxLength": 100
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
            "type": "string",
            "maxLength": 3,
            "enum": [
              "RSA"
            ]
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
            "maxLength": 18,
            "echo": true
          },
          {
            "name": "no_refund",
            "presence": "required",
            "type": "string",
            "maxLength": 32,
            "echo": true
          },
          {
            "name": "dt_refund",
            "presence": "optional",
            "type": "string",
            "maxLength": 14,
            "format": "datetime14"
          },
          {
            "name": "money_refund",
            "presence": "required",
            "type": "string",
            "maxLength": 12,
            "format": "money"
          },
          {
            "name": "money_foreign_refund",
            "presence": "optional",
            "type": "string",
            "maxLength": 12,
            "format": "money"
          },
          {
            "name": "rate_id",
            "presence": "optional",
            "type": "string"
          },
          {
            "name": "rate",
            "presence": "optional",
            "type": "string"
          },
          {
            "name": "exchange_bankcode",
            "presence": "optional",
            "type": "string"
          },
          {
            "name": "oid_refundno",
            "presence": "required",
            "type": "string",
            "maxLength": 16
          },
          {
            "name": "sta_refund",
            "presence": "required",
            "type": "string",
            "maxLength": 1,
            "enum": [
              "0",
              "1",
              "2",
              "3"
            ]
          },
          {
            "name": "settle_date",
            "presence": "optional",
            "type": "string",
            "maxLength": 8,
            "format": "date8"
          }
        ]
      }
    ],
    "doc": "docs/refund-result-query-api.md"
  },
  "unified.createBill": {
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
        "type": "string",
        "maxLength": 4
      },
      {
        "name": "ret_msg",
        "presence": "required",
        "type": "string",
        "maxLength": 100
      },
      {
        "name": "oid_paybill",
        "presence": "optional",
        "type": "string",
        "maxLength": 18
      },
      {
        "name": "dt_order",
        "presence": "optional",
        "type": "string",
        "maxLength": 14,
        "format": "datetime14"
      },
      {
        "name": "no_order",
        "presence": "optional",
        "type": "string",
        "maxLength": 32,
        "echo": true
      },
      {
        "name": "money_order",
        "presence": "optional",
        "type": "string",
        "maxLength": 12,
        "format": "money"
      },
      {
        "name": "token",
        "presence": "optional",
        "type": "string"
      },
      {
        "name": "sign_type",
        "presence": "optional",
        "type": "string",
        "maxLength": 3,
        "enum": [
          "RSA"
        ]
      },
      {
        "name": "sign",
        "presence": "optional",
        "type": "string"
      },
      {
        "name": "gateway_url",
        "presence": "optional",
        "type": "string",
        "format": "url"
      },
      {
        "name": "user_id",
        "presence": "optional",
        "type": "string",
        "maxLength": 32
      },
      {
        "name": "oid_partner",
        "presence": "optional",
        "type": "string",
        "maxLength": 18
      }
    ],
    "responseGroups": [],
    "doc": "Unified-direct-api.md"
  }
} as const satisfies Record<string, OperationDef>;

/** Operation ids, e.g. `cardBind.query`. */
export type OperationId = keyof typeof operations;
