/**
 * The HTML the sandbox serves in place of LianLian's payment pages: the
 * order with a "pay" button, the result, an error, and the self-posting
 * form that carries a synchronous notification back to `url_return`
 * (sync-notification.md: "a HTTP POST request in a form format"). Every
 * value is HTML-escaped; pages show no personal data (no holder name, ID,
 * phone or card number). The `<main>` element carries `data-ret-code` so
 * tests and scripts can read the outcome without scraping text.
 */
import type { PaymentOrder } from '../orders.ts';

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for an HTML attribute value or text node. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/** A complete UTF-8 page. `retCode` goes on `<main data-ret-code>`. */
function page(title: string, retCode: string, body: string, script = ''): string {
  return [
    '<!DOCTYPE html>',
    '<html lang="zh-CN">',
    '<head>',
    '<meta charset="utf-8">',
    `<title>${escapeHtml(title)} · LianLian sandbox</title>`,
    '</head>',
    '<body>',
    `<main data-ret-code="${escapeHtml(retCode)}">`,
    `<h1>${escapeHtml(title)}</h1>`,
    body,
    '<p><small>LianLian Pay sandbox: test data only; no money moves.</small></p>',
    '</main>',
    script,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function orderSummary(order: PaymentOrder): string {
  const rows: [label: string, field: string, value: string | undefined][] = [
    ['商户号', 'oid_partner', order.oidPartner],
    ['订单号', 'no_order', order.noOrder],
    ['连连支付单号', 'oid_paybill', order.oidPaybill],
    ['商品', 'name_goods', order.nameGoods],
    ['金额 (CNY)', 'money_order', order.moneyOrder],
    ['状态', 'result_pay', order.status],
  ];
  const items = rows
    .filter(([, , value]) => value !== undefined)
    .map(([label, field, value]) => `<dt>${escapeHtml(label)} (${field})</dt><dd data-field="${field}">${escapeHtml(value!)}</dd>`);
  return ['<dl>', ...items, '</dl>'].join('\n');
}

/** The payment page: the order and a form that POSTs `oid_partner` + `no_order` to `payAction`. */
export function orderPage(order: PaymentOrder, payAction: string): string {
  const form = [
    `<form method="post" action="${escapeHtml(payAction)}" accept-charset="utf-8">`,
    `<input type="hidden" name="oid_partner" value="${escapeHtml(order.oidPartner)}">`,
    `<input type="hidden" name="no_order" value="${escapeHtml(order.noOrder)}">`,
    '<button type="submit">支付 (Pay)</button>',
    '</form>',
  ].join('\n');
  return page('连连支付 (LianLian Pay)', '0000', `${orderSummary(order)}\n${form}`);
}

/** After paying: the result, and a link back to `url_return` when the order has one. */
export function resultPage(order: PaymentOrder): string {
  const back = order.urlReturn === undefined ? '' : `\n<p><a href="${escapeHtml(order.urlReturn)}">返回商户 (Back to the merchant)</a></p>`;
  return page('支付成功 (Paid)', '0000', orderSummary(order) + back);
}

/** A refused form or action: the ret_code and ret_msg, nothing of the request. */
export function errorPage(retCode: string, retMsg: string): string {
  return page('支付失败 (Error)', retCode, `<p>ret_code <code>${escapeHtml(retCode)}</code>: ${escapeHtml(retMsg)}</p>`);
}

/** A page that POSTs `fields` to `action` on load (a button when scripts are off): the synchronous notification. */
export function autoPostPage(action: string, fields: Readonly<Record<string, string>>): string {
  const inputs = Object.entries(fields).map(([name, value]) => `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`);
  const form = [
    `<form id="sync-notification" method="post" action="${escapeHtml(action)}" accept-charset="utf-8">`,
    ...inputs,
    '<noscript><button type="submit">返回商户 (Back to the merchant)</button></noscript>',
    '</form>',
  ].join('\n');
  return page('支付成功 (Paid)', '0000', form, '<script>HTMLFormElement.prototype.submit.call(document.getElementById("sync-notification"));</script>');
}
