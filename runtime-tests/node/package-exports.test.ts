/**
 * Which file each export condition resolves to, per package and subpath, by the
 * resolvers that matter: Node's (import.meta.resolve / require.resolve, with
 * extra --conditions as bundlers for Workers pass them), TypeScript's (nodenext
 * from ESM and from CJS, bundler), and Deno's for the JSR packages. Needs `pnpm build`.
 * Also: @lianlian-sdk/node is a layer over @lianlian-sdk/web, so its classes and types are web's.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { promisify } from 'node:util';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '@lianlian-sdk/sandbox';
import { LianLian, LianLianError, ValidationError } from '@lianlian-sdk/node';
import { cardBindFlow, testMerchantKeys } from './_flow.ts';

const run = promisify(execFile);
const REPO = resolve(import.meta.dirname, '../..');
const rel = (file: string) => (file.startsWith('ERR') ? file : relative(REPO, file));

/** subpath → the module it must load (JS; the types sit beside it as .d.ts). */
const NPM_SUBPATHS: Record<string, string> = {
  '.': 'dist/index.js',
  './node-crypto': 'dist/node-crypto.js',
  './node-http': 'dist/node-http.js',
  './functions': 'dist/functions.js',
  './openapi.json': 'openapi.json',
  './package.json': 'package.json',
};
const PACKAGES = {
  '@lianlian-sdk/web': { dir: 'packages/web', subpaths: NPM_SUBPATHS },
  // The layer holds no openapi.json of its own: its build copies the client's into dist/.
  '@lianlian-sdk/node': { dir: 'packages/node', subpaths: { ...NPM_SUBPATHS, './openapi.json': 'dist/openapi.json' } },
  '@lianlian-sdk/sandbox': { dir: 'packages/sandbox', subpaths: { '.': 'dist/index.js', './package.json': 'package.json' } as Record<string, string> },
};
/** Paths a package must not expose: its build internals and sources. */
const PRIVATE = ['./dist/client.js', './dist/runtime/5-client/client-core.js', './src/index.ts', './operations', './functions/cardBind.query'];

const spec = (pkg: string, subpath: string) => (subpath === '.' ? pkg : `${pkg}/${subpath.slice(2)}`);
const allSpecs = Object.entries(PACKAGES).flatMap(([pkg, p]) => [...Object.keys(p.subpaths), ...PRIVATE].map((s) => spec(pkg, s)));

/** Node's resolver in a child process (so `--conditions` applies), from the repo root. */
async function nodeResolve(conditions: readonly string[]): Promise<Record<string, { import: string; require: string }>> {
  const script = `
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
const require = createRequire(${JSON.stringify(join(REPO, 'package.json'))});
const out = {};
for (const s of ${JSON.stringify(allSpecs)}) {
  const r = {};
  try { r.import = fileURLToPath(import.meta.resolve(s)); } catch (e) { r.import = e.code ?? String(e); }
  try { r.require = require.resolve(s); } catch (e) { r.require = e.code ?? String(e); }
  out[s] = r;
}
console.log(JSON.stringify(out));`;
  const { stdout } = await run(process.execPath, [...conditions.map((c) => `--conditions=${c}`), '--input-type=module', '-e', script], { cwd: REPO });
  return JSON.parse(stdout) as Record<string, { import: string; require: string }>;
}

function tsResolve(specifier: string, from: 'esm' | 'cjs' | 'bundler'): string {
  const options: ts.CompilerOptions =
    from === 'bundler'
      ? { module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, resolveJsonModule: true }
      : { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, resolveJsonModule: true };
  const containing = join(REPO, from === 'cjs' ? 'probe.cts' : 'probe.mts');
  const r = ts.resolveModuleName(specifier, containing, options, ts.sys);
  return r.resolvedModule ? r.resolvedModule.resolvedFileName : 'ERR_UNRESOLVED';
}

describe.each([
  ['node (default conditions)', [] as string[]],
  ['a Workers bundler (workerd, worker, browser)', ['workerd', 'worker', 'browser']],
  ['a browser bundler (browser, module)', ['browser', 'module']],
])("Node's resolver with %s", (_label, conditions) => {
  let resolved: Awaited<ReturnType<typeof nodeResolve>>;
  beforeAll(async () => {
    resolved = await nodeResolve(conditions);
  });

  for (const [pkg, { dir, subpaths }] of Object.entries(PACKAGES))
    it(`${pkg}: import and require load the same ESM file for every subpath`, () => {
      const got = Object.fromEntries(Object.keys(subpaths).map((s) => [s, { import: rel(resolved[spec(pkg, s)]!.import), require: rel(resolved[spec(pkg, s)]!.require) }]));
      const want = Object.fromEntries(Object.entries(subpaths).map(([s, file]) => [s, { import: `${dir}/${file}`, require: `${dir}/${file}` }]));
      expect(got).toEqual(want);
    });

  it('keeps dist internals, sources and per-operation modules private (ERR_PACKAGE_PATH_NOT_EXPORTED)', () => {
    const got = Object.keys(PACKAGES).flatMap((pkg) => PRIVATE.map((p) => [spec(pkg, p), resolved[spec(pkg, p)]!.import, resolved[spec(pkg, p)]!.require]));
    expect(got).toEqual(got.map(([s]) => [s, 'ERR_PACKAGE_PATH_NOT_EXPORTED', 'ERR_PACKAGE_PATH_NOT_EXPORTED']));
  });
});

describe("TypeScript's resolver (the types condition)", () => {
  for (const [pkg, { dir, subpaths }] of Object.entries(PACKAGES))
    it(`${pkg}: nodenext from ESM and from CJS, and bundler, find the .d.ts beside each module`, () => {
      const got = Object.fromEntries(Object.keys(subpaths).map((s) => [s, (['esm', 'cjs', 'bundler'] as const).map((from) => rel(tsResolve(spec(pkg, s), from)))]));
      const dts = (file: string) => `${dir}/${file.endsWith('.js') ? file.replace(/\.js$/, '.d.ts') : file}`;
      expect(got).toEqual(Object.fromEntries(Object.entries(subpaths).map(([s, file]) => [s, [dts(file), dts(file), dts(file)]])));
    });
});

describe('the JSR packages (deno.json): @lianlian-sdk/web publishes its sources, @lianlian-sdk/deno re-exports them', () => {
  const JSR = {
    '@lianlian-sdk/web': { dir: 'packages/web', exports: { '.': './src/index.ts', './node-crypto': './src/node-crypto.ts', './node-http': './src/node-http.ts', './functions': './src/functions.ts', './openapi.json': './openapi.json' } },
    '@lianlian-sdk/deno': { dir: 'packages/deno', exports: { '.': './mod.ts', './node-crypto': './node-crypto.ts', './node-http': './node-http.ts', './functions': './functions.ts', './openapi.json': './openapi.json' } },
  };
  const read = (dir: string) => JSON.parse(readFileSync(join(REPO, dir, 'deno.json'), 'utf8')) as { exports: Record<string, string>; imports: Record<string, string>; version: string };

  it('deno.json maps each subpath to its module', () => {
    for (const [name, { dir, exports }] of Object.entries(JSR)) expect(read(dir).exports, name).toEqual(exports);
  });

  it('have the npm subpaths but ./package.json', () => {
    for (const { exports } of Object.values(JSR)) expect(Object.keys(exports)).toEqual(Object.keys(NPM_SUBPATHS).filter((s) => s !== './package.json'));
  });

  it('the Deno layer depends on the client at its exact version', () => {
    const web = read('packages/web');
    expect(read('packages/deno').imports).toEqual({ '@lianlian-sdk/web': `jsr:@lianlian-sdk/web@${web.version}`, '@lianlian-sdk/web/': `jsr:/@lianlian-sdk/web@${web.version}/` });
  });

  it("Deno's resolver agrees, in the repo's Deno workspace (the layer's import of the client resolves to packages/web)", async () => {
    const specs = Object.entries(JSR).flatMap(([name, { exports }]) => Object.keys(exports).filter((s) => s !== './openapi.json' || name !== '@lianlian-sdk/deno').map((s) => spec(name, s)));
    const code = `console.log(JSON.stringify(${JSON.stringify(specs)}.map((s) => import.meta.resolve(s))))`;
    const { stdout } = await run(join(REPO, 'node_modules/.bin/deno'), ['eval', '--quiet', '--config', 'deno.json', code], { cwd: REPO });
    const got = (JSON.parse(stdout) as string[]).map((url) => relative(REPO, new URL(url).pathname));
    const want = Object.values(JSR).flatMap(({ dir, exports }) => Object.entries(exports).filter(([s]) => s !== './openapi.json' || dir !== 'packages/deno').map(([, f]) => `${dir}/${f.slice(2)}`));
    expect(got).toEqual(want);
    const layer = readFileSync(join(REPO, 'packages/deno/mod.ts'), 'utf8');
    expect(layer).toMatch(/^export \* from '@lianlian-sdk\/web';$/m);
  });
});

describe('@lianlian-sdk/node is a layer over @lianlian-sdk/web', () => {
  it("re-exports the client's classes and values: one LianLianError, one operations table", async () => {
    const [node, web] = await Promise.all([import('@lianlian-sdk/node'), import('@lianlian-sdk/web')]);
    const own = ['LianLian', 'sign', 'signBytes', 'verify', 'verifyBytes', 'encryptPayload', 'decryptPayload', 'nodeCryptoProvider', 'toNodeListener'];
    const shared = Object.keys(web).filter((k) => !own.includes(k));
    expect(shared.length).toBeGreaterThan(20);
    for (const k of shared) expect(node[k as keyof typeof node], k).toBe(web[k as keyof typeof web]);
    expect(Object.keys(node).sort()).toEqual([...new Set([...Object.keys(web), 'nodeCryptoProvider', 'toNodeListener'])].sort());
    expect(Object.getPrototypeOf(node.LianLian)).toBe(web.LianLian);
    const fns = [await import('@lianlian-sdk/node/functions'), await import('@lianlian-sdk/web/functions')] as const;
    expect(fns[0].cardBindQuery).toBe(fns[1].cardBindQuery);
    expect(fns[0].createClient).not.toBe(fns[1].createClient);
  });

  it("its types are the client's: TypeScript finds them identical", () => {
    const probe = join(REPO, 'runtime-tests/node/probe-types.mts');
    const text = [
      "import type { CardBindQueryResponse as N, LianLianConfig as NC, LianLianError as NE } from '@lianlian-sdk/node';",
      "import type { CardBindQueryResponse as W, LianLianConfig as WC, LianLianError as WE } from '@lianlian-sdk/web';",
      "import type { LianLianClient as NF } from '@lianlian-sdk/node/functions';",
      "import type { LianLianClient as WF } from '@lianlian-sdk/web/functions';",
      "import { LianLian } from '@lianlian-sdk/node';",
      "import type { LianLian as WebLianLian } from '@lianlian-sdk/web';",
      'type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends (<T>() => T extends B ? 1 : 2) ? true : false;',
      'export const checks: [Same<N, W>, Same<NC, WC>, Same<NE, WE>, Same<NF, WF>] = [true, true, true, true];',
      'export const asClient = (ll: LianLian): WebLianLian => ll;',
      "export const notSame: Same<N, { no_order: string }> = false;",
    ].join('\n');
    const host = ts.createCompilerHost({});
    const read = host.readFile.bind(host);
    host.readFile = (f) => (resolve(f) === probe ? text : read(f));
    const exists = host.fileExists.bind(host);
    host.fileExists = (f) => resolve(f) === probe || exists(f);
    const program = ts.createProgram([probe], { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, strict: true, noEmit: true, skipLibCheck: true, types: [] }, host);
    const diagnostics = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    expect(diagnostics).toEqual([]);
  });
});

describe('./functions loads and works like the class', () => {
  const OID = '201304121000001004';
  const keys = testMerchantKeys();
  let sandbox: Sandbox;
  beforeAll(async () => {
    sandbox = await startSandbox();
    sandbox.registerMerchant(OID, keys.publicKey);
  });
  afterAll(() => sandbox.close());

  it('walks the card-bind flow with createClient() and the standalone functions', async () => {
    const fns = await import('@lianlian-sdk/node/functions');
    const client = fns.createClient({ oidPartner: OID, privateKey: keys.privateKey, lianlianPublicKey: sandbox.publicKeyPem, baseUrl: sandbox.url });
    const asClass = {
      cardBind: {
        apply: (p: Record<string, unknown>) => fns.cardBindApply(client, p as never) as Promise<Record<string, unknown>>,
        verify: (p: Record<string, unknown>) => fns.cardBindVerify(client, p as never) as Promise<Record<string, unknown>>,
        query: (p: Record<string, unknown>) => fns.cardBindQuery(client, p as never) as Promise<Record<string, unknown>>,
        unbind: (p: Record<string, unknown>) => fns.cardBindUnbind(client, p as never) as Promise<Record<string, unknown>>,
      },
    };
    await cardBindFlow(asClass, sandbox, 'functions-flow', (e, code) => e instanceof LianLianError && e.code === code);
  });

  it('redirect and notification functions use their own operation, as the class methods do', async () => {
    const fns = await import('@lianlian-sdk/node/functions');
    const config = { oidPartner: OID, privateKey: keys.privateKey, lianlianPublicKey: sandbox.publicKeyPem, baseUrl: sandbox.url };
    const client = fns.createClient(config);
    const ll = new LianLian(config);

    const fnError = await fns.easypayWebPayment(client, {} as never).catch((e: unknown) => e);
    const classError = await ll.easypay.webPayment({} as never).catch((e: unknown) => e);
    expect(fnError).toBeInstanceOf(ValidationError);
    expect((fnError as Error).message).toBe((classError as Error).message);

    const unsigned = () => new Request('http://127.0.0.1/notify', { method: 'POST', body: JSON.stringify({ oid_partner: OID, no_order: 'x' }) });
    const [fnAnswer, classAnswer] = await Promise.all([fns.easypayNotificationHandler(client, () => undefined)(unsigned()), ll.easypay.notificationHandler(() => undefined)(unsigned())]);
    expect([fnAnswer.status, await fnAnswer.json()]).toEqual([classAnswer.status, await classAnswer.json()]);
    expect(fnAnswer.status).toBe(401);
  });

  it('refuses a client it did not make', async () => {
    const fns = await import('@lianlian-sdk/node/functions');
    expect(() => fns.cardBindQuery({ oidPartner: OID }, { user_id: 'u1', offset: '0' })).toThrow(TypeError);
  });
});
