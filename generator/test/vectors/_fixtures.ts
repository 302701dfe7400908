/**
 * Loads the vectors copied from LianLian's public demo repositories into
 * fixtures/ (README.md lists each one and where it comes from). The keys are
 * LianLian's PUBLISHED DEMO keys for its shared test merchants: public
 * knowledge, TEST-ONLY, used here only to check our code against LianLian's.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Where a copied value stands in LianLian's repository (the commit is the one in the evidence folder's README). */
export interface Source {
  readonly repo: string;
  readonly commit: string;
  readonly path: string;
  readonly line: number;
  readonly endLine?: number;
  readonly note?: string;
}

export interface DemoKey {
  readonly id: string;
  readonly role: 'public' | 'private';
  readonly form: string;
  readonly text: string;
  readonly source: Source;
}

/** The demo merchant's MD5 key (sign_type MD5): md5(source + "&key=" + key) is the sign. */
export interface Md5Check {
  readonly key: string;
  readonly sign: string;
  readonly prestr?: string;
}

export interface SignVector {
  readonly kind: 'sign';
  readonly key: string;
  readonly alsoKey: string;
  readonly signType: 'RSA';
  readonly fields: Record<string, string>;
  readonly signature: string;
  readonly sources: Record<string, Source>;
}

export interface VerifyVector {
  readonly kind: 'verify';
  readonly key: string;
  readonly operation: string;
  readonly sent: Record<string, string>;
  readonly answer: Record<string, string>;
  readonly sources: Record<string, Source>;
}

export interface VerifyBytesVector {
  readonly kind: 'verifyBytes';
  readonly key: string;
  readonly body: string;
  readonly signature: string;
  readonly sources: Record<string, Source>;
}

export interface SourceVector {
  readonly kind: 'source';
  readonly operation?: string;
  readonly fields?: Record<string, string>;
  readonly resData?: string;
  readonly expectedSource?: string;
  readonly md5: Md5Check;
  readonly sources: Record<string, Source>;
}

const DIR = join(import.meta.dirname, 'fixtures');

/** One fixture file, parsed. */
export function fixture<T>(name: string): T {
  return JSON.parse(readFileSync(join(DIR, `${name}.json`), 'utf8')) as T;
}

const keys = fixture<{ notice: string; keys: DemoKey[] }>('keys');

/** A demo key by id; throws for an unknown id so a renamed key cannot pass silently. */
export function demoKey(id: string): DemoKey {
  const key = keys.keys.find((k) => k.id === id);
  if (!key) throw new Error(`no demo key "${id}" in fixtures/keys.json`);
  return key;
}

/** The keys' notice: every vector file relies on it saying TEST-ONLY. */
export const keyNotice = keys.notice;
