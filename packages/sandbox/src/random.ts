/**
 * Random values for SMS codes, tokens and ids, all from the runtime's
 * `randomString`, which draws on `crypto.getRandomValues` with rejection
 * sampling (uniform). SMS codes and tokens stand in for secrets, so
 * Math.random (predictable) is never used.
 */
import { lianlianTime, randomString } from '@lianlian-sdk/node';

const DIGITS = '0123456789';

/** `count` uniform decimal digits, e.g. a 6-digit SMS code. */
export function randomDigits(count: number): string {
  return randomString(count, DIGITS);
}

/** A decimal id of `count` digits that does not start with 0, so it survives being read as a number. */
export function randomId(count: number): string {
  return randomString(1, '123456789') + randomString(count - 1, DIGITS);
}

/** 32 upper-case hex characters (128 random bits), the shape of LianLian's tokens (card-bind-apply-api.md sample `D096DBA0E3E0CC8F1D504C06E71D292D`). */
export function randomToken(): string {
  return randomString(32, '0123456789ABCDEF');
}

/**
 * A 16-digit LianLian transaction number (`oid_paybill`): the UTC+8 date then
 * 8 random digits, the shape of the doc samples (e.g. `2013051613121201`).
 */
export function randomPaybill(now: number): string {
  return lianlianTime(new Date(now)).slice(0, 8) + randomDigits(8);
}
