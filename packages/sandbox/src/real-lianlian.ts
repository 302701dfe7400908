/**
 * Where LianLian's real answers differ from a reading of its docs, as its own
 * code shows (spec/shared/evidence-sources.yaml lists the repositories and
 * commits). The sandbox answers this way whatever the spec says, so a client
 * built from a wrong spec fails against the sandbox instead of agreeing with
 * it: the sandbox is the test's oracle, not a mirror of the client.
 */

/** How one operation's real answer is shaped and signed. */
export interface RealAnswer {
  /** Sent, but left out of the signature. */
  readonly unsigned?: readonly string[];
  /** Sent as JSON numbers, not strings. */
  readonly numbers?: readonly string[];
  /** Never sent, whatever the docs list. */
  readonly absent?: readonly string[];
  /** Repository, path and line that show it. */
  readonly evidence: string;
}

export const REAL_ANSWERS: Readonly<Record<string, RealAnswer>> = {
  'cardBind.query': {
    unsigned: ['agreement_list'],
    numbers: ['count'],
    absent: ['oid_paybill'],
    evidence:
      'LLP-YT-Java src/main/java/com/lianlianpay/ytapi/params/queryapi/BankCardBindQueryResult.java:13-23 (count is an Integer; agreement_list "does not take part in the signature"; no oid_paybill)',
  },
};
