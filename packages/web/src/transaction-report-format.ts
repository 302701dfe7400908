// Generated from spec/ by @lianlian-sdk/generator. Do not edit; run `pnpm generate`.
import type { ReportFileFormat, TransactionReportRow } from './runtime/1-errors-encoding/transaction-report.ts';

/**
 * The transaction report files LianLian publishes, as `parseTransactionReport` reads them:
 * columns in header order with their formats (money as signed two-place strings, dt_order as
 * yyyyMMdd HH:mm:ss). [Doc page](https://lianlianpay.gitbook.io/docs/docs/transaction-report)
 */
export const TRANSACTION_REPORT_FORMATS = {
  /** Daily report file: `JYMX_{oid_partner}_{settle_date}.txt`, 19 columns. */
  daily: {
    "id": "daily",
    "fileName": "JYMX_{oid_partner}_{settle_date}.txt",
    "separator": "|",
    "header": true,
    "columns": [
      {
        "name": "no_order",
        "presence": "required",
        "type": "string"
      },
      {
        "name": "oid_partner",
        "presence": "required",
        "type": "string",
        "format": "digits"
      },
      {
        "name": "dt_order",
        "presence": "required",
        "type": "string",
        "format": "report-time"
      },
      {
        "name": "busi_partner",
        "presence": "optional",
        "type": "string"
      },
      {
        "name": "oid_paybill",
        "presence": "required",
        "type": "string"
      },
      {
        "name": "settle_date",
        "presence": "required",
        "type": "string",
        "format": "date8"
      },
      {
        "name": "currency_order",
        "presence": "optional",
        "type": "string",
        "format": "currency"
      },
      {
        "name": "money_order",
        "presence": "required",
        "type": "string",
        "format": "signed-money"
      },
      {
        "name": "currency_pay",
        "presence": "optional",
        "type": "string",
        "format": "currency"
      },
      {
        "name": "money_pay",
        "presence": "optional",
        "type": "string",
        "format": "signed-money"
      },
      {
        "name": "currency_settle",
        "presence": "optional",
        "type": "string",
        "format": "currency"
      },
      {
        "name": "money_settle",
        "presence": "optional",
        "type": "string",
        "format": "signed-money"
      },
      {
        "name": "exchange_rate",
        "presence": "optional",
        "type": "string"
      },
      {
        "name": "transaction_status",
        "presence": "required",
        "type": "string",
        "enum": [
          "0",
          "5"
        ]
      },
      {
        "name": "dt_update",
        "presence": "optional",
        "type": "string"
      },
      {
        "name": "transaction_fee",
        "presence": "optional",
        "type": "string",
        "format": "signed-money"
      },
      {
        "name": "pay_product",
        "presence": "optional",
        "type": "string"
      },
      {
        "name": "pay_type",
        "presence": "optional",
        "type": "string"
      },
      {
        "name": "info_order",
        "presence": "optional",
        "type": "string"
      }
    ]
  },
  /** Monthly report file: `JYMX_{oid_partner}_{month}.txt`, 19 columns. */
  monthly: {
    "id": "monthly",
    "fileName": "JYMX_{oid_partner}_{month}.txt",
    "separator": "|",
    "header": true,
    "columns": [
      {
        "name": "no_order",
        "presence": "required",
        "type": "string"
      },
      {
        "name": "oid_partner",
        "presence": "required",
        "type": "string",
        "format": "digits"
      },
      {
        "name": "dt_order",
        "presence": "required",
        "type": "string",
        "format": "report-time"
      },
      {
        "name": "busi_partner",
        "presence": "optional",
        "type": "string"
      },
      {
        "name": "oid_paybill",
        "presence": "required",
        "type": "string"
      },
      {
        "name": "settle_date",
        "presence": "required",
        "type": "string",
        "format": "date8"
      },
      {
        "name": "currency_order",
        "presence": "optional",
        "type": "string",
        "format": "currency"
      },
      {
        "name": "money_order",
        "presence": "required",
        "type": "string",
        "format": "signed-money"
      },
      {
        "name": "currency_pay",
        "presence": "optional",
        "type": "string",
        "format": "currency"
      },
      {
        "name": "money_pay",
        "presence": "optional",
        "type": "string",
        "format": "signed-money"
      },
      {
        "name": "currency_settle",
        "presence": "optional",
        "type": "string",
        "format": "currency"
      },
      {
        "name": "money_settle",
        "presence": "optional",
        "type": "string",
        "format": "signed-money"
      },
      {
        "name": "exchange_rate",
        "presence": "optional",
        "type": "string"
      },
      {
        "name": "transaction_status",
        "presence": "required",
        "type": "string",
        "enum": [
          "0",
          "5"
        ]
      },
      {
        "name": "dt_update",
        "presence": "optional",
        "type": "string"
      },
      {
        "name": "transaction_fee",
        "presence": "optional",
        "type": "string",
        "format": "signed-money"
      },
      {
        "name": "pay_product",
        "presence": "optional",
        "type": "string"
      },
      {
        "name": "pay_type",
        "presence": "optional",
        "type": "string"
      },
      {
        "name": "info_order",
        "presence": "optional",
        "type": "string"
      }
    ]
  },
  /** Daily summary report file: `JYMXSUM_{oid_partner}_{settle_date}.txt`, 7 columns. */
  dailySummary: {
    "id": "dailySummary",
    "fileName": "JYMXSUM_{oid_partner}_{settle_date}.txt",
    "separator": "|",
    "header": false,
    "columns": [
      {
        "name": "total_transaction_count",
        "presence": "required",
        "type": "integer"
      },
      {
        "name": "successful_transaction_count",
        "presence": "required",
        "type": "integer"
      },
      {
        "name": "successful_transaction_amount_summary",
        "presence": "optional",
        "type": "string",
        "format": "money"
      },
      {
        "name": "refunded_transaction_count",
        "presence": "required",
        "type": "integer"
      },
      {
        "name": "refunded_transaction_amount_summary",
        "presence": "optional",
        "type": "string",
        "format": "signed-money"
      },
      {
        "name": "canceled_transaction_count",
        "presence": "required",
        "type": "integer"
      },
      {
        "name": "canceled_transaction_amount_summary",
        "presence": "optional",
        "type": "string",
        "format": "signed-money"
      }
    ]
  },
} as const satisfies Record<string, ReportFileFormat>;

/** A kind of report file, such as `daily`. */
export type TransactionReportKind = keyof typeof TRANSACTION_REPORT_FORMATS;

/** One row of the daily report file (`JYMX_{oid_partner}_{settle_date}.txt`). */
export type DailyReportRow = TransactionReportRow<(typeof TRANSACTION_REPORT_FORMATS)['daily']>;

/** One row of the monthly report file (`JYMX_{oid_partner}_{month}.txt`). */
export type MonthlyReportRow = TransactionReportRow<(typeof TRANSACTION_REPORT_FORMATS)['monthly']>;

/** One row of the daily summary report file (`JYMXSUM_{oid_partner}_{settle_date}.txt`). */
export type DailySummaryReportRow = TransactionReportRow<(typeof TRANSACTION_REPORT_FORMATS)['dailySummary']>;
