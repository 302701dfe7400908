/** Which handler answers which operation id (the ids of `operations` in @lianlian-sdk/node). */
import { aggregateApply, walletOrderQuery } from './aggregate.ts';
import { cardBinQuery } from './card-bin.ts';
import { cardBindApply, cardBindQuery, cardBindUnbind, cardBindVerify } from './card-bind.ts';
import { cardOrderQuery, easypayApply, easypayVerify } from './easypay.ts';
import { exchangePaymentApply, exchangePaymentQuery, exchangePaymentVerify } from './exchange-payment.ts';
import { instantPaymentApply, instantPaymentBalance, instantPaymentConfirm, instantPaymentQuery } from './instant-payment.ts';
import { mpayApplyDirect, mpayCardBindApply, mpayCardBindVerify, mpayVerifyDirect } from './mpay.ts';
import { preauthCancel, preauthCapture, preauthQuery } from './preauth.ts';
import { refundApply, refundQuery } from './refund.ts';
import type { Handler } from './types.ts';
import { unifiedCreateBill } from './unified.ts';

/** Handlers by operation id. An `api` operation missing here answers 9999 (系统错误). */
export const HANDLERS: Readonly<Record<string, Handler>> = {
  'aggregate.apply': aggregateApply,
  'aggregate.query': walletOrderQuery,
  'cardBin.query': cardBinQuery,
  'cardBind.apply': cardBindApply,
  'cardBind.verify': cardBindVerify,
  'cardBind.unbind': cardBindUnbind,
  'cardBind.query': cardBindQuery,
  'easypay.apply': easypayApply,
  'easypay.verify': easypayVerify,
  'easypay.query': cardOrderQuery,
  'easypay.preauthCapture': preauthCapture,
  'easypay.preauthCancel': preauthCancel,
  'easypay.preauthQuery': preauthQuery,
  'exchangePayment.apply': exchangePaymentApply,
  'exchangePayment.verify': exchangePaymentVerify,
  'exchangePayment.query': exchangePaymentQuery,
  'instantPayment.apply': instantPaymentApply,
  'instantPayment.confirm': instantPaymentConfirm,
  'instantPayment.query': instantPaymentQuery,
  'instantPayment.balance': instantPaymentBalance,
  'mpay.cardBindApply': mpayCardBindApply,
  'mpay.cardBindVerify': mpayCardBindVerify,
  'mpay.applyDirect': mpayApplyDirect,
  'mpay.verifyDirect': mpayVerifyDirect,
  'mpay.query': cardOrderQuery,
  'onlineBanking.query': walletOrderQuery,
  'refund.apply': refundApply,
  'refund.query': refundQuery,
  'unified.createBill': unifiedCreateBill,
};
