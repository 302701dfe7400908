// Generated from spec/ by @lianlian-sdk/generator. Do not edit; run `pnpm generate`.
/** Every ret_code LianLian documents: its ret_msg (Chinese, as LianLian sends it) and what it means. [Doc page](https://lianlianpay.gitbook.io/docs/docs/return-codes) */
export const RETURN_CODES = {
  /** 交易成功: Success. */
  '0000': { msg: '交易成功', description: 'Success.' },
  /** 签约银行卡信息查询失败: Looking up the bound card's details failed; query the binding again. */
  '0106': { msg: '签约银行卡信息查询失败', description: 'Looking up the bound card\'s details failed; query the binding again.' },
  /** 支付授权令牌失效或错误: The token is invalid or has expired (tokens last half an hour); request a new one. */
  '1000': { msg: '支付授权令牌失效或错误', description: 'The token is invalid or has expired (tokens last half an hour); request a new one.' },
  /** 商户请求签名错误: The request signature does not verify; check the merchant private key and the signed string. */
  '1001': { msg: '商户请求签名错误', description: 'The request signature does not verify; check the merchant private key and the signed string.' },
  /** 第三方单号重复: This no_order was already used; send a new order number. */
  '1002': { msg: '第三方单号重复', description: 'This no_order was already used; send a new order number.' },
  /** 正在支付中,请稍后: The payment is still being processed; query its result later. */
  '1003': { msg: '正在支付中,请稍后', description: 'The payment is still being processed; query its result later.' },
  /** 商户请求参数校验错误（具体参数名）: A request parameter failed LianLian's checks; the message names it in parentheses. */
  '1004': { msg: '商户请求参数校验错误（具体参数名）', description: 'A request parameter failed LianLian\'s checks; the message names it in parentheses.' },
  /** 支付处理失败: The payment failed (card binding, balance, bank restrictions and the like); the payer may try another card. */
  '1005': { msg: '支付处理失败', description: 'The payment failed (card binding, balance, bank restrictions and the like); the payer may try another card.' },
  /** 支付单创建失败: LianLian could not create the payment order; retry later. */
  '1006': { msg: '支付单创建失败', description: 'LianLian could not create the payment order; retry later.' },
  /** 网络链接繁忙: LianLian's network is busy; retry later. */
  '1007': { msg: '网络链接繁忙', description: 'LianLian\'s network is busy; retry later.' },
  /** 商户请求IP错误: The request came from an IP address not allowed for this merchant. */
  '1008': { msg: '商户请求IP错误', description: 'The request came from an IP address not allowed for this merchant.' },
  /** 暂停商户支付服务，请联系连连银通客服: Payments are suspended for this merchant; contact LianLian support. */
  '1009': { msg: '暂停商户支付服务，请联系连连银通客服', description: 'Payments are suspended for this merchant; contact LianLian support.' },
  /** 请求报文解析失败: LianLian could not parse the request body. */
  '1012': { msg: '请求报文解析失败', description: 'LianLian could not parse the request body.' },
  /** 日累计金额或笔数超限: The daily total amount or number of transactions is over the limit. */
  '1014': { msg: '日累计金额或笔数超限', description: 'The daily total amount or number of transactions is over the limit.' },
  /** 交易金额超限: The transaction amount is over the limit. */
  '1016': { msg: '交易金额超限', description: 'The transaction amount is over the limit.' },
  /** 单笔金额超限: The amount of a single transaction is over the limit. */
  '1019': { msg: '单笔金额超限', description: 'The amount of a single transaction is over the limit.' },
  /** 无效卡号: The card number is invalid. */
  '1100': { msg: '无效卡号', description: 'The card number is invalid.' },
  /** 卡已挂失: The card has been reported lost. */
  '1101': { msg: '卡已挂失', description: 'The card has been reported lost.' },
  /** 无此发卡方: No such card issuer. */
  '1102': { msg: '无此发卡方', description: 'No such card issuer.' },
  /** 银行卡有效期或CVV2错误: Wrong expiry date or CVV2. */
  '1103': { msg: '银行卡有效期或CVV2错误', description: 'Wrong expiry date or CVV2.' },
  /** 卡密码错误: Wrong card password. */
  '1104': { msg: '卡密码错误', description: 'Wrong card password.' },
  /** 卡号在黑名单中: The card is blacklisted or restricted. */
  '1105': { msg: '卡号在黑名单中', description: 'The card is blacklisted or restricted.' },
  /** 允许的输入PIN次数超限: Too many PIN attempts. */
  '1106': { msg: '允许的输入PIN次数超限', description: 'Too many PIN attempts.' },
  /** 您的银行卡暂不支持在线支付业务: The card is not enabled for online payment; the payer may use another card. */
  '1107': { msg: '您的银行卡暂不支持在线支付业务', description: 'The card is not enabled for online payment; the payer may use another card.' },
  /** 您输入的证件号、姓名或手机号有误: The ID number, name or phone number is wrong. */
  '1108': { msg: '您输入的证件号、姓名或手机号有误', description: 'The ID number, name or phone number is wrong.' },
  /** 卡号和证件号不符: The card number does not match the ID number. */
  '1109': { msg: '卡号和证件号不符', description: 'The card number does not match the ID number.' },
  /** 卡状态异常: The card's status is abnormal; the payer should ask the issuing bank. */
  '1110': { msg: '卡状态异常', description: 'The card\'s status is abnormal; the payer should ask the issuing bank.' },
  /** 交易异常，支付失败: The payment failed because the transaction looked abnormal. */
  '1111': { msg: '交易异常，支付失败', description: 'The payment failed because the transaction looked abnormal.' },
  /** 证件号有误: The ID number is wrong. */
  '1112': { msg: '证件号有误', description: 'The ID number is wrong.' },
  /** 持卡人姓名有误: The cardholder's name is wrong. */
  '1113': { msg: '持卡人姓名有误', description: 'The cardholder\'s name is wrong.' },
  /** 手机号有误: The phone number is wrong. */
  '1114': { msg: '手机号有误', description: 'The phone number is wrong.' },
  /** 该卡未预留手机号: The bank holds no phone number for this card. */
  '1115': { msg: '该卡未预留手机号', description: 'The bank holds no phone number for this card.' },
  /** 用户选择的银行暂不支持，请重新选择其他银行进行支付/签约: The chosen bank is not supported; choose another bank. */
  '1200': { msg: '用户选择的银行暂不支持，请重新选择其他银行进行支付/签约', description: 'The chosen bank is not supported; choose another bank.' },
  /** 银行卡变更失败: Changing the card failed. */
  '1201': { msg: '银行卡变更失败', description: 'Changing the card failed.' },
  /** 银行卡查询失败: Looking up the card failed. */
  '1202': { msg: '银行卡查询失败', description: 'Looking up the card failed.' },
  /** 暂不支持该银行: This bank is not supported. */
  '1805': { msg: '暂不支持该银行', description: 'This bank is not supported.' },
  /** 短信码校验错误: The SMS code is wrong. */
  '1900': { msg: '短信码校验错误', description: 'The SMS code is wrong.' },
  /** 短信码已失效: The SMS code has expired; request a new one. */
  '1901': { msg: '短信码已失效', description: 'The SMS code has expired; request a new one.' },
  /** 该卡交易金额超出免密限额: The amount is over the card's password-free limit. */
  '1902': { msg: '该卡交易金额超出免密限额', description: 'The amount is over the card\'s password-free limit.' },
  /** 支付单创建: The payment order was created and is not paid yet. */
  '2003': { msg: '支付单创建', description: 'The payment order was created and is not paid yet.' },
  /** 签约处理中: The card binding is being processed; query it later. */
  '2004': { msg: '签约处理中', description: 'The card binding is being processed; query it later.' },
  /** 原交易已在进行处理，请勿重复提交: The original transaction is already being processed; do not submit it again. */
  '2005': { msg: '原交易已在进行处理，请勿重复提交', description: 'The original transaction is already being processed; do not submit it again.' },
  /** 交易已过期: The transaction has expired and is closed. */
  '2006': { msg: '交易已过期', description: 'The transaction has expired and is closed.' },
  /** 交易已支付成功: The original transaction was already paid. */
  '2007': { msg: '交易已支付成功', description: 'The original transaction was already paid.' },
  /** 交易处理中: The transaction is being processed; query its result later. */
  '2008': { msg: '交易处理中', description: 'The transaction is being processed; query its result later.' },
  /** 非法商户: oid_partner is not a valid merchant. */
  '3001': { msg: '非法商户', description: 'oid_partner is not a valid merchant.' },
  /** 用户生成错误: Creating the user account failed. */
  '3002': { msg: '用户生成错误', description: 'Creating the user account failed.' },
  /** 签约信息不存在: The agreement number (no_agree) does not exist. */
  '3003': { msg: '签约信息不存在', description: 'The agreement number (no_agree) does not exist.' },
  /** 用户解约失败: Unbinding the card failed. */
  '3004': { msg: '用户解约失败', description: 'Unbinding the card failed.' },
  /** 查询跨度不得高于3个月: A query may span at most 3 months. */
  '3005': { msg: '查询跨度不得高于3个月', description: 'A query may span at most 3 months.' },
  /** 用户不存在: The user does not exist. */
  '3006': { msg: '用户不存在', description: 'The user does not exist.' },
  /** [user_id]查询不存在: Nothing found for this user_id. */
  '3007': { msg: '[user_id]查询不存在', description: 'Nothing found for this user_id.' },
  /** 查询截止日期错误: The query end date is wrong. */
  '3008': { msg: '查询截止日期错误', description: 'The query end date is wrong.' },
  /** 重复签约: The card is already bound. */
  '3009': { msg: '重复签约', description: 'The card is already bound.' },
  /** 商户支付权限不足: This merchant may not use this payment product. */
  '3010': { msg: '商户支付权限不足', description: 'This merchant may not use this payment product.' },
  /** 用户签约信息不存在: The user's agreement number (no_agree) does not exist. */
  '3011': { msg: '用户签约信息不存在', description: 'The user\'s agreement number (no_agree) does not exist.' },
  /** 解约失败，请联系发卡行: Unbinding failed; the payer should contact the issuing bank. */
  '4000': { msg: '解约失败，请联系发卡行', description: 'Unbinding failed; the payer should contact the issuing bank.' },
  /** 该订单不存在或非复核状态: The order does not exist or does not await confirmation. */
  '4001': { msg: '该订单不存在或非复核状态', description: 'The order does not exist or does not await confirmation.' },
  /** 疑似重复提交订单: The order looks like a duplicate. */
  '4002': { msg: '疑似重复提交订单', description: 'The order looks like a duplicate.' },
  /** 收款银行卡和姓名不一致: The payee's name does not match the card number. */
  '4003': { msg: '收款银行卡和姓名不一致', description: 'The payee\'s name does not match the card number.' },
  /** 疑似重复提交订单且收款银行卡和姓名不一致: The order looks like a duplicate and the payee's name does not match the card number. */
  '4004': { msg: '疑似重复提交订单且收款银行卡和姓名不一致', description: 'The order looks like a duplicate and the payee\'s name does not match the card number.' },
  /** 商户没有实时付款权限: This merchant may not make instant payments. */
  '4005': { msg: '商户没有实时付款权限', description: 'This merchant may not make instant payments.' },
  /** 敏感信息解密异常: Decrypting the sensitive fields failed. */
  '4007': { msg: '敏感信息解密异常', description: 'Decrypting the sensitive fields failed.' },
  /** 卡bin校验失败: The card BIN check failed. */
  '5001': { msg: '卡bin校验失败', description: 'The card BIN check failed.' },
  /** 原始交易不存在: The original transaction does not exist. */
  '5002': { msg: '原始交易不存在', description: 'The original transaction does not exist.' },
  /** 退款金额错误: The refund amount is wrong. */
  '5003': { msg: '退款金额错误', description: 'The refund amount is wrong.' },
  /** 商户状态异常，无法退款: The merchant's status does not allow refunds. */
  '5004': { msg: '商户状态异常，无法退款', description: 'The merchant\'s status does not allow refunds.' },
  /** 退款失败，请重试: The refund failed; retry. */
  '5005': { msg: '退款失败，请重试', description: 'The refund failed; retry.' },
  /** 商户账户余额不足: The merchant account balance is too low. */
  '5006': { msg: '商户账户余额不足', description: 'The merchant account balance is too low.' },
  /** 累计退款金额大于原交易金额: Refunds in total would exceed the original amount. */
  '5007': { msg: '累计退款金额大于原交易金额', description: 'Refunds in total would exceed the original amount.' },
  /** 原交易未成功: The original transaction did not succeed, so it cannot be refunded. */
  '5008': { msg: '原交易未成功', description: 'The original transaction did not succeed, so it cannot be refunded.' },
  /** 大额行号查询失败: Looking up the bank's large-amount branch code failed. */
  '5501': { msg: '大额行号查询失败', description: 'Looking up the bank\'s large-amount branch code failed.' },
  /** 信用卡不支持提现: Withdrawals to credit cards are not supported. */
  '5502': { msg: '信用卡不支持提现', description: 'Withdrawals to credit cards are not supported.' },
  /** 商户提现权限不足: This merchant may not withdraw. */
  '5503': { msg: '商户提现权限不足', description: 'This merchant may not withdraw.' },
  /** 商户操作权限不足: This merchant may not perform this operation. */
  '5504': { msg: '商户操作权限不足', description: 'This merchant may not perform this operation.' },
  /** 该银行未进行配置，请联系客服: This bank is not configured; contact LianLian support. */
  '5505': { msg: '该银行未进行配置，请联系客服', description: 'This bank is not configured; contact LianLian support.' },
  /** 商户备注解析失败: memo could not be parsed. */
  '5506': { msg: '商户备注解析失败', description: 'memo could not be parsed.' },
  /** 支付方式和卡类型不匹配: pay_type does not fit the card type. */
  '5601': { msg: '支付方式和卡类型不匹配', description: 'pay_type does not fit the card type.' },
  /** 卡余额不足: The card's balance is too low. */
  '6001': { msg: '卡余额不足', description: 'The card\'s balance is too low.' },
  /** 该卡号未成功进行首次验证: This card number has not passed its first verification. */
  '6002': { msg: '该卡号未成功进行首次验证', description: 'This card number has not passed its first verification.' },
  /** 获取银行请求地址失败，请稍后重试: Getting the bank's address failed; retry later. */
  '6601': { msg: '获取银行请求地址失败，请稍后重试', description: 'Getting the bank\'s address failed; retry later.' },
  /** 用户已存在: This user_id already exists. */
  '7001': { msg: '用户已存在', description: 'This user_id already exists.' },
  /** 金额不正确: money_order is wrong. */
  '7017': { msg: '金额不正确', description: 'money_order is wrong.' },
  /** 新增银行卡用户信息不一致: The new card's holder details do not match the user's details. */
  '7018': { msg: '新增银行卡用户信息不一致', description: 'The new card\'s holder details do not match the user\'s details.' },
  /** 分账信息有误（分期付定期扣款）: The sharing data is wrong (installment or scheduled debit). */
  '7119': { msg: '分账信息有误（分期付定期扣款）', description: 'The sharing data is wrong (installment or scheduled debit).' },
  /** 需要补全签约信息: The signing information is incomplete; complete it first. */
  '7777': { msg: '需要补全签约信息', description: 'The signing information is incomplete; complete it first.' },
  /** 用户信息不存在: No information for this user. */
  '8000': { msg: '用户信息不存在', description: 'No information for this user.' },
  /** 文件异常: The file is invalid. */
  '8001': { msg: '文件异常', description: 'The file is invalid.' },
  /** 生成文件异常: Generating the file failed. */
  '8002': { msg: '生成文件异常', description: 'Generating the file failed.' },
  /** 解析文件异常: Parsing the file failed. */
  '8003': { msg: '解析文件异常', description: 'Parsing the file failed.' },
  /** 汇兑异常: The currency exchange failed. */
  '8006': { msg: '汇兑异常', description: 'The currency exchange failed.' },
  /** 付款人信息不存在: No information on the payer. */
  '8010': { msg: '付款人信息不存在', description: 'No information on the payer.' },
  /** 实名认证失败: Real-name verification failed. */
  '8099': { msg: '实名认证失败', description: 'Real-name verification failed.' },
  /** 无此扣款计划信息: No such repayment plan. */
  '8101': { msg: '无此扣款计划信息', description: 'No such repayment plan.' },
  /** 当前扣款计划已执行，请勿重复执行: This repayment date was already executed; do not run it again. */
  '8102': { msg: '当前扣款计划已执行，请勿重复执行', description: 'This repayment date was already executed; do not run it again.' },
  /** 还款计划通知短信发送失败: Sending the repayment-plan SMS failed. */
  '8103': { msg: '还款计划通知短信发送失败', description: 'Sending the repayment-plan SMS failed.' },
  /** 扣款失败: The debit failed. */
  '8104': { msg: '扣款失败', description: 'The debit failed.' },
  /** 变更还款次数超过限制: The repayment plan was changed too many times. */
  '8105': { msg: '变更还款次数超过限制', description: 'The repayment plan was changed too many times.' },
  /** 该签约协议号未授权该扣款协议号进行扣款: This no_agree has not authorized the repayment plan. */
  '8106': { msg: '该签约协议号未授权该扣款协议号进行扣款', description: 'This no_agree has not authorized the repayment plan.' },
  /** 扣款计划校验失败: The repayment plan failed its checks. */
  '8107': { msg: '扣款计划校验失败', description: 'The repayment plan failed its checks.' },
  /** 变更计划失败: Changing the repayment plan failed. */
  '8108': { msg: '变更计划失败', description: 'Changing the repayment plan failed.' },
  /** 计划保存失败: Saving the repayment plan failed. */
  '8109': { msg: '计划保存失败', description: 'Saving the repayment plan failed.' },
  /** 验证码错误: The verification code is wrong. */
  '8110': { msg: '验证码错误', description: 'The verification code is wrong.' },
  /** 用户查询失败: Looking up the user failed. */
  '8111': { msg: '用户查询失败', description: 'Looking up the user failed.' },
  /** 变更计划状态失败: Changing the repayment plan's status failed. */
  '8112': { msg: '变更计划状态失败', description: 'Changing the repayment plan\'s status failed.' },
  /** 分期计划不存在: No such installment plan. */
  '8113': { msg: '分期计划不存在', description: 'No such installment plan.' },
  /** 扣款方式不符: pay_type does not match the debit method. */
  '8114': { msg: '扣款方式不符', description: 'pay_type does not match the debit method.' },
  /** 还款卡授权失败: The repayment card failed to authorize the repayment plan. */
  '8115': { msg: '还款卡授权失败', description: 'The repayment card failed to authorize the repayment plan.' },
  /** 定时任务执行失败: A scheduled task failed. */
  '8116': { msg: '定时任务执行失败', description: 'A scheduled task failed.' },
  /** 幂等检查异常: The idempotency check failed. */
  '8117': { msg: '幂等检查异常', description: 'The idempotency check failed.' },
  /** 短信已下发，需要再次验证: An SMS code was sent; finish with the verify call. */
  '8888': { msg: '短信已下发，需要再次验证', description: 'An SMS code was sent; finish with the verify call.' },
  /** 没有记录: No record found. */
  '8901': { msg: '没有记录', description: 'No record found.' },
  /** 没有风控记录: No risk-control record found. */
  '8911': { msg: '没有风控记录', description: 'No risk-control record found.' },
  /** 银行维护中，请稍后再试: The bank is under maintenance; retry later. */
  '9000': { msg: '银行维护中，请稍后再试', description: 'The bank is under maintenance; retry later.' },
  /** 报文解析异常: LianLian could not parse the request. */
  '9002': { msg: '报文解析异常', description: 'LianLian could not parse the request.' },
  /** 创建支付失败: Creating the payment (oid_paybill) failed. */
  '9091': { msg: '创建支付失败', description: 'Creating the payment (oid_paybill) failed.' },
  /** 支付单号与订单号不一致: oid_paybill does not belong to this no_order. */
  '9092': { msg: '支付单号与订单号不一致', description: 'oid_paybill does not belong to this no_order.' },
  /** 无对应的支付单信息: No matching payment found. */
  '9093': { msg: '无对应的支付单信息', description: 'No matching payment found.' },
  /** 请求银行扣款失败: The bank debit request failed. */
  '9094': { msg: '请求银行扣款失败', description: 'The bank debit request failed.' },
  /** 对公账户余额不足: The business account balance is too low. */
  '9104': { msg: '对公账户余额不足', description: 'The business account balance is too low.' },
  /** 短信验证码错误: The SMS code is wrong. */
  '9700': { msg: '短信验证码错误', description: 'The SMS code is wrong.' },
  /** 短信验证码和手机不匹配: The SMS code does not match the phone number. */
  '9701': { msg: '短信验证码和手机不匹配', description: 'The SMS code does not match the phone number.' },
  /** 验证码错误次数超过最大次数,请重新获取进行验证: Too many wrong SMS codes; request a new one. */
  '9702': { msg: '验证码错误次数超过最大次数,请重新获取进行验证', description: 'Too many wrong SMS codes; request a new one.' },
  /** 短信验证码失效,请重新获取: The SMS code has expired; request a new one. */
  '9703': { msg: '短信验证码失效,请重新获取', description: 'The SMS code has expired; request a new one.' },
  /** 短信发送异常,请稍后重试: Sending the SMS failed; retry later. */
  '9704': { msg: '短信发送异常,请稍后重试', description: 'Sending the SMS failed; retry later.' },
  /** 请求报文非法: The request body is invalid. */
  '9901': { msg: '请求报文非法', description: 'The request body is invalid.' },
  /** 接口调用异常: Calling the interface failed. */
  '9902': { msg: '接口调用异常', description: 'Calling the interface failed.' },
  /** 请求无效，请稍后重试: The request is invalid; retry later or contact LianLian support. */
  '9903': { msg: '请求无效，请稍后重试', description: 'The request is invalid; retry later or contact LianLian support.' },
  /** 银行编码与卡不一致: bank_code does not match the card number. */
  '9907': { msg: '银行编码与卡不一致', description: 'bank_code does not match the card number.' },
  /** 风险等级过高: The payment was stopped because its risk level is too high. */
  '9910': { msg: '风险等级过高', description: 'The payment was stopped because its risk level is too high.' },
  /** 金额超过指定额度: money_order is over the allowed amount. */
  '9911': { msg: '金额超过指定额度', description: 'money_order is over the allowed amount.' },
  /** 该卡暂不支持: This card is not supported. */
  '9912': { msg: '该卡暂不支持', description: 'This card is not supported.' },
  /** 该卡已签约成功: This card is already bound. */
  '9913': { msg: '该卡已签约成功', description: 'This card is already bound.' },
  /** 退款失败: The refund failed. */
  '9920': { msg: '退款失败', description: 'The refund failed.' },
  /** 退款查询失败: Looking up the refund failed. */
  '9921': { msg: '退款查询失败', description: 'Looking up the refund failed.' },
  /** 银行系统日切处理中: The bank is in its end-of-day cut-over; retry later. */
  '9970': { msg: '银行系统日切处理中', description: 'The bank is in its end-of-day cut-over; retry later.' },
  /** 商户订单号重复: This no_order is a duplicate. */
  '9983': { msg: '商户订单号重复', description: 'This no_order is a duplicate.' },
  /** 银行交易出错，{银行返回的错误信息}，请稍后重试: The bank rejected the transaction (the message carries the bank's reason); retry later. */
  '9990': { msg: '银行交易出错，{银行返回的错误信息}，请稍后重试', description: 'The bank rejected the transaction (the message carries the bank\'s reason); retry later.' },
  /** 银行交易出错，请联系客服，客服热线客服热线：4000188888: The bank rejected the transaction; contact LianLian support. */
  '9991': { msg: '银行交易出错，请联系客服，客服热线客服热线：4000188888', description: 'The bank rejected the transaction; contact LianLian support.' },
  /** 系统错误: LianLian system error; retry later. */
  '9999': { msg: '系统错误', description: 'LianLian system error; retry later.' },
} as const;

/** A documented ret_code, such as `0000`. */
export type ReturnCode = keyof typeof RETURN_CODES;

/**
 * What a ret_code means, or undefined for a code the docs do not list.
 * @example
 * describeReturnCode('1001')?.description // 'The request signature does not verify; …'
 */
export function describeReturnCode(code: string): {
  /** The ret_msg as LianLian sends it (Chinese). */
  msg: string;
  /** What the code means and what to do about it. */
  description: string;
} | undefined {
  if (!Object.hasOwn(RETURN_CODES, code)) return undefined;
  const { msg, description } = RETURN_CODES[code as ReturnCode];
  return { msg, description };
}
