// Generated from spec/ by @lianlian-sdk/generator. Do not edit; run `pnpm generate`.
/**
 * Redirect pages (easypay_web_redirect.md, online-banking-redirect-api.md,
 * aggregate-web-redirect.md): LianLian's payment page is opened by an HTML form
 * POST from the customer's browser, not by a server call. The merchant's server
 * signs the fields and serves a page that posts them on load.
 */
import { checkExtraFields } from './_extra-fields.ts';
import type { RequestOptions } from './config.ts';
import { managedFields, signTypeFor, urlFor, type Core } from './core.ts';
import type { OperationDef } from '../1-errors-encoding/operation.ts';
import { sign } from '../3-sign-verify/sign.ts';
import { assertSignableRequest } from '../3-sign-verify/signed-fields.ts';
import { validateParams } from './validate.ts';

/** How {@link RedirectForm.html} renders the page. */
export interface RedirectHtmlOptions {
  /** CSP nonce for the inline auto-submit script, for pages served with `script-src 'nonce-…'`. */
  readonly nonce?: string;
  /** Label of the submit button shown when scripts are off. Default `立即支付 (Pay now)`, as the docs' sample form. */
  readonly submitLabel?: string;
}

/** A signed form ready to post from the customer's browser. */
export interface RedirectForm {
  /**
   * Where the form posts: the operation's LianLian URL; with `hosts` naming its host, the
   * mapped origin + the endpoint's path; else with `baseUrl`, `baseUrl` + its route.
   */
  readonly action: string;
  /** Every field exactly as signed (JSON-string fields such as risk_item as their exact text). */
  readonly fields: Readonly<Record<string, string>>;
  /**
   * A complete minimal UTF-8 page with a POST form of hidden inputs that submits
   * itself (an inline script, plus a submit button inside `<noscript>`). Every
   * name and value is HTML-escaped.
   */
  html(options?: RedirectHtmlOptions): string;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Escapes text for an HTML attribute value or text node.
 * @internal
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/**
 * Throws unless `op` describes a redirect page.
 * @internal
 */
export function assertRedirect(op: OperationDef): void {
  if (!op || op.kind !== 'redirect')
    throw new TypeError(`${op?.id ?? 'operation'}: is not a redirect page; redirectForm needs the operation of a redirect page`);
}

const FORM_ID = 'lianlian-redirect';

/**
 * Wraps signed fields as a {@link RedirectForm}.
 * @internal
 */
export function createRedirectForm(action: string, fields: Record<string, string>): RedirectForm {
  const frozen = Object.freeze({ ...fields });
  return Object.freeze({
    action,
    fields: frozen,
    html(options: RedirectHtmlOptions = {}): string {
      const inputs = Object.entries(frozen)
        .map(([name, value]) => `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`)
        .join('\n');
      const nonce = options.nonce === undefined ? '' : ` nonce="${escapeHtml(options.nonce)}"`;
      const label = escapeHtml(options.submitLabel ?? '立即支付 (Pay now)');
      // The docs require a UTF-8 page (easypay_web_redirect.md); accept-charset keeps the post UTF-8 too.
      // prototype.submit: a field named "submit" would shadow form.submit.
      return [
        '<!DOCTYPE html>',
        '<html>',
        '<head>',
        '<meta charset="utf-8">',
        '<title>Redirecting to LianLian Pay</title>',
        '</head>',
        '<body>',
        `<form id="${FORM_ID}" method="post" action="${escapeHtml(action)}" accept-charset="utf-8">`,
        inputs,
        `<noscript><button type="submit">${label}</button></noscript>`,
        '</form>',
        `<script${nonce}>HTMLFormElement.prototype.submit.call(document.getElementById("${FORM_ID}"));</script>`,
        '</body>',
        '</html>',
        '',
      ].join('\n');
    },
  });
}

/**
 * `LianLian#redirectForm` for a client's state: validate, fill and sign the
 * page's fields. Nothing is sent and nothing is logged.
 * @internal
 */
export async function redirectFormFor(core: Core, op: OperationDef, params: object, options: RequestOptions = {}): Promise<RedirectForm> {
  assertRedirect(op);
  const fields: Record<string, string> = { ...validateParams(op, params), ...checkExtraFields(op, options.extraFields) };
  assertSignableRequest(op, fields);
  const signType = signTypeFor(core, op, options.signType);
  Object.assign(fields, managedFields(op, core.config.oidPartner, signType));
  const keys = await core.keys();
  // JSON-string fields (risk_item) are already their final text: signed exactly as posted (payment-risk-item.md).
  fields.sign = await sign(fields, keys.privateKey, signType, core.crypto);
  // The H5 page takes every signed field as one JSON input, req_data (easypay_h5_redirect.md).
  return createRedirectForm(urlFor(core, op), op.encoding === 'json' ? { req_data: JSON.stringify(fields) } : fields);
}
