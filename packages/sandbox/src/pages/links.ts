/** URLs of the sandbox's own pages, handed out in answers. */

/** Path of the checkout page for orders paid outside a redirect page (aggregate QR codes, unified gateway_url). */
export const CHECKOUT_PATH = '/_sandbox/checkout';

/** Path of the admin "pay" action; its HTML form twin is `{redirect route}/pay`. */
export const ADMIN_PAY_PATH = '/_sandbox/pay';

/** The checkout page of the order with page token `token`: what a payer would open. */
export function checkoutUrl(origin: string, token: string): string {
  return `${origin}${CHECKOUT_PATH}?token=${encodeURIComponent(token)}`;
}
