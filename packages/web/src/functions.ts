// Generated from spec/ by @lianlian-sdk/generator. Do not edit; run `pnpm generate`.
/**
 * The tree-shakable API: `createClient()` and one function per operation. A bundle carries only the
 * operations it calls, not the whole `operations` table that `new LianLian()` reads. Same validation,
 * signing and verification as the class; errors are the same classes as the main entry exports.
 *
 * @example
 * ```ts
 * import { createClient, cardBindQuery } from '@lianlian-sdk/web/functions';
 *
 * const client = createClient({ oidPartner: '201304121000001004', privateKey, lianlianPublicKey });
 * const cards = await cardBindQuery(client, { user_id: 'u1', offset: '0' });
 * ```
 * @module
 */
export { clientReady, createClient } from './functions/_client.ts';
export type { ClientConfig, LianLianClient } from './functions/_client.ts';
export { aggregateApply, aggregateApplyOutcome } from './functions/aggregate.apply.ts';
export { aggregateNotificationHandler, parseAggregateNotification } from './functions/aggregate.notification.ts';
export { aggregatePayment } from './functions/aggregate.payment.ts';
export { aggregateQuery } from './functions/aggregate.query.ts';
export { aggregateSyncNotificationHandler, parseAggregateSyncNotification } from './functions/aggregate.syncNotification.ts';
export { cardBinQuery } from './functions/cardBin.query.ts';
export { cardBindApply } from './functions/cardBind.apply.ts';
export { cardBindQuery } from './functions/cardBind.query.ts';
export { cardBindUnbind, cardBindUnbindOutcome } from './functions/cardBind.unbind.ts';
export { cardBindVerify, cardBindVerifyOutcome } from './functions/cardBind.verify.ts';
export { easypayApply, easypayApplyOutcome } from './functions/easypay.apply.ts';
export { easypayH5Payment } from './functions/easypay.h5Payment.ts';
export { easypayH5SyncNotificationHandler, parseEasypayH5SyncNotification } from './functions/easypay.h5SyncNotification.ts';
export { easypayNotificationHandler, parseEasypayNotification } from './functions/easypay.notification.ts';
export { easypayPreauthCancel, easypayPreauthCancelOutcome } from './functions/easypay.preauthCancel.ts';
export { easypayPreauthCapture, easypayPreauthCaptureOutcome } from './functions/easypay.preauthCapture.ts';
export { easypayPreauthQuery } from './functions/easypay.preauthQuery.ts';
export { easypayQuery } from './functions/easypay.query.ts';
export { easypayVerify, easypayVerifyOutcome } from './functions/easypay.verify.ts';
export { easypayWebPayment } from './functions/easypay.webPayment.ts';
export { easypayWebSyncNotificationHandler, parseEasypayWebSyncNotification } from './functions/easypay.webSyncNotification.ts';
export { exchangePaymentApply, exchangePaymentApplyOutcome } from './functions/exchangePayment.apply.ts';
export { exchangePaymentNotificationHandler, parseExchangePaymentNotification } from './functions/exchangePayment.notification.ts';
export { exchangePaymentQuery } from './functions/exchangePayment.query.ts';
export { exchangePaymentVerify, exchangePaymentVerifyOutcome } from './functions/exchangePayment.verify.ts';
export { instantPaymentApply, instantPaymentApplyOutcome } from './functions/instantPayment.apply.ts';
export { instantPaymentBalance } from './functions/instantPayment.balance.ts';
export { instantPaymentConfirm, instantPaymentConfirmOutcome } from './functions/instantPayment.confirm.ts';
export { instantPaymentNotificationHandler, parseInstantPaymentNotification } from './functions/instantPayment.notification.ts';
export { instantPaymentQuery } from './functions/instantPayment.query.ts';
export { mpayApplyDirect, mpayApplyDirectOutcome } from './functions/mpay.applyDirect.ts';
export { mpayCardBindApply } from './functions/mpay.cardBindApply.ts';
export { mpayCardBindVerify } from './functions/mpay.cardBindVerify.ts';
export { mpayNotificationHandler, parseMpayNotification } from './functions/mpay.notification.ts';
export { mpayQuery } from './functions/mpay.query.ts';
export { mpayVerifyDirect } from './functions/mpay.verifyDirect.ts';
export { onlineBankingNotificationHandler, parseOnlineBankingNotification } from './functions/onlineBanking.notification.ts';
export { onlineBankingPayment } from './functions/onlineBanking.payment.ts';
export { onlineBankingQuery } from './functions/onlineBanking.query.ts';
export { onlineBankingSyncNotificationHandler, parseOnlineBankingSyncNotification } from './functions/onlineBanking.syncNotification.ts';
export { refundApply, refundApplyOutcome } from './functions/refund.apply.ts';
export { refundNotificationHandler, parseRefundNotification } from './functions/refund.notification.ts';
export { refundQuery } from './functions/refund.query.ts';
export { unifiedCreateBill } from './functions/unified.createBill.ts';
