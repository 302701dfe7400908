// Generated from spec/ by @lianlian-sdk/generator. Do not edit; run `pnpm generate`.
import type { OperationDef } from './runtime/operation.ts';

/** Every operation in the spec, keyed by id. The client, validator and sandbox all read this one table. */
export const operations = {
  "cardBin.query": {
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
            "maxLength": 18
          },
          {
            "name": "user_id",
            "presence": "required",
            "type": "string",
            "maxLength": 32
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
          "F"
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
            "presence": "required",
            "type": "string",
            "maxLength": 18
          },
          {
            "name": "user_id",
            "presence": "required",
            "type": "string",
            "maxLength": 32
          },
          {
            "name": "count",
            "presence": "required",
            "type": "string",
            "maxLength": 8
          },
          {
            "name": "agreement_list",
            "presence": "optional",
            "type": "list",
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
                "maxLength": 11
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
          "F"
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
            "maxLength": 18
          },
          {
            "name": "user_id",
            "presence": "required",
            "type": "string",
            "maxLength": 32
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
  "exchangePayment.apply": {
    "id": "exchangePayment.apply",
    "kind": "api",
    "endpoint": "https://fe-pay.lianlianpay.com/exchange/v1/bankcardpayapply",
    "encoding": "json",
    "route": "/fe-pay/exchange/v1/bankcardpayapply",
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
            "maxLength": 18
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
            "presence": "required",
            "type": "string",
            "maxLength": 3,
            "format": "currency"
          },
          {
            "name": "money_settle",
            "presence": "required",
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
    "doc": "docs/exchange-payment-apply-api.md"
  },
  "exchangePayment.verify": {
    "id": "exchangePayment.verify",
    "kind": "api",
    "endpoint": "https://fe-pay.lianlianpay.com/exchange/v1/bankcardpayverify",
    "encoding": "json",
    "route": "/fe-pay/exchange/v1/bankcardpayverify",
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
            "maxLength": 18
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
            "name": "money_settle",
            "presence": "required",
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
  "mpay.cardBindApply": {
    "id": "mpay.cardBindApply",
    "kind": "api",
    "endpoint": "https://mpayapi.lianlianpay.com/v1/bankcardbind",
    "encoding": "json",
    "route": "/mpayapi/v1/bankcardbind",
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
          "P"
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
            "maxLength": 18
          },
          {
            "name": "user_id",
            "presence": "required",
            "type": "string",
            "maxLength": 32
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
            "type": "string"
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
            "maxLength": 18
          },
          {
            "name": "user_id",
            "presence": "required",
            "type": "string",
            "maxLength": 32
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
            "type": "string"
          }
        ]
      }
    ],
    "doc": "docs/MPAY-card-bind-verify.md"
  }
} as const satisfies Record<string, OperationDef>;

/** Operation ids, e.g. `cardBind.query`. */
export type OperationId = keyof typeof operations;
