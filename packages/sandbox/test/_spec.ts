/**
 * An independent reading of the spec for answers, used to check the
 * sandbox's answers: which fields an operation's answer may carry (its
 * `response` fields plus each matching `responseGroups` entry), which it
 * must carry, and the shape of each value. Written apart from
 * src/conform.ts on purpose, so a bug there cannot hide itself.
 */
import { parseLianLianTime, type FieldRule, type OperationDef } from '@lianlian-sdk/node';

const MONEY = /^(0|[1-9]\d*)\.\d{2}$/;

/** Every way `answer` departs from what the spec says `op` answers; empty when it conforms. */
export function specViolations(op: OperationDef, answer: Record<string, unknown>): string[] {
  // The client hands unsigned fields back under `unverified`; on the wire they sat beside the rest.
  const { unverified, ...rest } = answer;
  const fields: Record<string, unknown> = { ...rest, ...(unverified as Record<string, unknown> | undefined) };
  const rules: FieldRule[] = [...op.response];
  let grew = true;
  while (grew) {
    grew = false;
    for (const group of op.responseGroups) {
      const on = typeof fields[group.field] === 'string' && group.values.includes(fields[group.field] as string);
      if (on && !group.fields.every((f) => rules.includes(f))) {
        rules.push(...group.fields.filter((f) => !rules.includes(f)));
        grew = true;
      }
    }
  }
  return [...ruleViolations(rules, fields, ''), ...unsignedViolations(rules, rest, unverified)];
}

function ruleViolations(rules: readonly FieldRule[], fields: Record<string, unknown>, path: string): string[] {
  const problems: string[] = [];
  const known = new Set(rules.map((r) => r.name));
  for (const name of Object.keys(fields)) if (!known.has(name)) problems.push(`${path}${name}: not listed by the spec`);
  for (const rule of rules) {
    const value = fields[rule.name];
    if (value === undefined || value === '') {
      if (rule.presence === 'required') problems.push(`${path}${rule.name}: required but missing`);
      continue;
    }
    if (rule.type === 'list') {
      if (!Array.isArray(value)) problems.push(`${path}${rule.name}: not a list`);
      else value.forEach((item, i) => problems.push(...ruleViolations(rule.items ?? [], item as Record<string, unknown>, `${path}${rule.name}[${i}].`)));
      continue;
    }
    if (rule.type === 'integer') {
      // The client hands integers on as numbers, whichever JSON type LianLian used (signed-fields.ts).
      if (!Number.isSafeInteger(value) && !(typeof value === 'string' && /^-?\d+$/.test(value))) problems.push(`${path}${rule.name}: not an integer`);
      continue;
    }
    if (typeof value !== 'string') {
      problems.push(`${path}${rule.name}: not a string`);
      continue;
    }
    const bad = (why: string) => problems.push(`${path}${rule.name}: ${why} (${JSON.stringify(value)})`);
    if (rule.maxLength !== undefined && [...value].length > rule.maxLength) bad(`longer than ${rule.maxLength}`);
    if (rule.enum && !rule.enum.includes(value)) bad(`not one of ${rule.enum.join('|')}`);
    if (rule.fixed !== undefined && value !== rule.fixed) bad(`not ${rule.fixed}`);
    if (rule.format === 'money' && !MONEY.test(value)) bad('not two-place money');
    if (rule.format === 'datetime14' && !(/^\d{14}$/.test(value) && parseLianLianTime(value))) bad('not a real yyyyMMddHHmmss');
    if (rule.format === 'date8' && !(/^\d{8}$/.test(value) && parseLianLianTime(value))) bad('not a real yyyyMMdd');
    if (rule.format === 'currency' && !/^[A-Z]{3}$/.test(value)) bad('not a currency code');
    if (rule.format === 'url' && !URL.canParse(value)) bad('not a URL');
  }
  return problems;
}

/** Unsigned fields must come back apart (unverified), signed ones must not. */
function unsignedViolations(rules: readonly FieldRule[], signedPart: Record<string, unknown>, unverified: unknown): string[] {
  const problems: string[] = [];
  for (const rule of rules) {
    if (rule.unsigned && rule.name in signedPart) problems.push(`${rule.name}: unsigned in the spec but verified as signed`);
    if (!rule.unsigned && unverified && rule.name in (unverified as object)) problems.push(`${rule.name}: signed in the spec but returned unverified`);
  }
  return problems;
}

/** The ret_code shown by a sandbox page (`<main data-ret-code>`). */
export function pageRetCode(html: string): string | undefined {
  return /<main data-ret-code="([^"]*)"/.exec(html)?.[1];
}

/** The hidden inputs of a page's form, unescaped. */
export function hiddenInputs(html: string): Record<string, string> {
  const unescape = (s: string) => s.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  const out: Record<string, string> = {};
  for (const m of html.matchAll(/<input type="hidden" name="([^"]*)" value="([^"]*)">/g)) out[unescape(m[1]!)] = unescape(m[2]!);
  return out;
}

/** The action of a page's form. */
export function formAction(html: string): string | undefined {
  return /<form[^>]* action="([^"]*)"/.exec(html)?.[1]?.replace(/&amp;/g, '&');
}
