/**
 * The ret_codes the sandbox answers with, and their `ret_msg` texts copied
 * verbatim from docs/return-codes.md (LianLian writes every ret_msg in Chinese).
 * The pre-authorisation status codes (PR…) are not in return-codes.md; their
 * texts are the descriptions of easypay-Pre-authorized-status-query-API.md,
 * the only words the docs give for them.
 */
export const RET_MSG = {
  '0000': '交易成功',
  '1000': '支付授权令牌失效或错误',
  '1001': '商户请求签名错误',
  '1002': '第三方单号重复',
  '1004': '商户请求参数校验错误',
  '1012': '请求报文解析失败',
  '1100': '无效卡号',
  '1108': '您输入的证件号、姓名或手机号有误',
  '1900': '短信码校验错误',
  '2006': '交易已过期',
  '2007': '交易已支付成功',
  '3001': '非法商户',
  '3003': '签约信息不存在',
  '3007': '[user_id]查询不存在',
  '3009': '重复签约',
  '4001': '该订单不存在或非复核状态',
  '4002': '疑似重复提交订单',
  '4003': '收款银行卡和姓名不一致',
  '4004': '疑似重复提交订单且收款银行卡和姓名不一致',
  '5002': '原始交易不存在',
  '5006': '商户账户余额不足',
  '5007': '累计退款金额大于原交易金额',
  '5008': '原交易未成功',
  '5502': '信用卡不支持提现',
  '5601': '支付方式和卡类型不匹配',
  '7017': '金额不正确',
  '8114': '扣款方式不符',
  '8888': '短信已下发，需要再次验证',
  '8901': '没有记录',
  '9092': '支付单号与订单号不一致',
  '9999': '系统错误',
  PR08: 'Pre-authorized application to be verified.',
  PR11: 'Capture successfully',
  PR14: 'Pre authorization revoked successfully',
} as const;

/** A ret_code the sandbox can answer with. */
export type RetCode = keyof typeof RET_MSG;

/**
 * The ret_msg for `code`. For 1004 LianLian names the offending parameter in
 * full-width parentheses: "商户请求参数校验错误（具体参数名）" (return-codes.md).
 */
export function retMsg(code: RetCode, field?: string): string {
  return code === '1004' && field !== undefined ? `${RET_MSG[code]}（${field}）` : RET_MSG[code];
}
