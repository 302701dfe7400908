// Type-checks a CommonJS TypeScript consumer of the published types (tsc, module nodenext:
// TypeScript ≥ 5.8 lets CommonJS require() an ES module, as Node ≥ 20.19 does).
import sdk = require('@lianlian-sdk/node');
import admin = require('@lianlian-sdk/sandbox/admin');

export async function bind(ll: sdk.LianLian): Promise<string | undefined> {
  const card = { id_type: '0', id_no: '330401198001014616', acct_name: '张三', card_no: '6222021234567890128', bind_mob: '13958069593' } as const;
  // @ts-expect-error pay_type is one of the spec's values, so the types are real (not any)
  await ll.cardBind.apply({ user_id: 'u1', pay_type: 'X', risk_item: { frms_ware_category: '1009' }, ...card });
  const applied = await ll.cardBind.apply({ user_id: 'u1', pay_type: 'D', risk_item: { frms_ware_category: '1009' }, ...card });
  return applied.token;
}

export async function smsCode(sandboxUrl: string, userId: string): Promise<string | number> {
  const sandbox = admin.createSandboxAdmin(sandboxUrl, { timeout: 5_000 });
  // @ts-expect-error smsCode takes { userId } or { token }, so the admin client's types are real too
  await sandbox.smsCode({ user_id: userId });
  try {
    return await sandbox.smsCode({ userId });
  } catch (error) {
    if (error instanceof admin.SandboxAdminError) return error.status;
    throw error;
  }
}
