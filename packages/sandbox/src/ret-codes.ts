/**
 * The ret_codes the sandbox answers with, and their `ret_msg` texts copied
 * verbatim from docs/return-codes.md (LianLian writes every ret_msg in Chinese).
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
  '3001': '非法商户',
  '3003': '签约信息不存在',
  '3007': '[user_id]查询不存在',
  '3009': '重复签约',
  '5601': '支付方式和卡类型不匹配',
  '8888': '短信已下发，需要再次验证',
  '9999': '系统错误',
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
