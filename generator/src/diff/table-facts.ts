/**
 * The facts two sets of shared tables are compared on. The spec's shared tables
 * (`SharedTables`, load/spec-types.ts) fit these shapes as they are, and so do the
 * tables the docs readers take from LianLian's pages (docs/read-shared-tables.ts),
 * as with operation-facts.ts.
 */
import type { FieldFacts } from './operation-facts.ts';

/** One ret_code: `msg` is LianLian's ret_msg (sent verbatim), `description` its meaning. */
export interface ReturnCodeFacts {
  readonly code: string;
  readonly msg: string;
  readonly description: string;
}

export interface CurrencyFacts {
  readonly code: string;
  readonly name: string;
}

/** A group of risk_item fields (payment-risk-item.md: one table under one heading). */
export interface RiskGroupFacts {
  readonly id: string;
  readonly title: string;
  readonly fields: readonly FieldFacts[];
}

/** A transaction report file: its columns in the order of the file's header line. */
export interface ReportFileFacts {
  readonly id: string;
  readonly title: string;
  readonly columns: readonly FieldFacts[];
}

/** The four shared tables; a table missing on one side counts as added or removed. */
export interface SharedTableFacts {
  readonly returnCodes?: { readonly doc: string; readonly codes: readonly ReturnCodeFacts[] };
  readonly currencies?: { readonly doc: string; readonly currencies: readonly CurrencyFacts[] };
  readonly riskItem?: { readonly doc: string; readonly groups: readonly RiskGroupFacts[] };
  readonly transactionReport?: { readonly doc: string; readonly files: readonly ReportFileFacts[] };
}
