/**
 * Runs the built CLI (`dist/cli.js`, built by `pnpm build`) as a real child
 * process and reads back what it prints: its URL and public key.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

/** The built CLI. */
export const CLI = fileURLToPath(new URL('../dist/cli.js', import.meta.url));

/** A running CLI sandbox. */
export interface CliSandbox {
  readonly child: ChildProcess;
  readonly url: string;
  readonly port: number;
  readonly publicKeyPem: string;
  /** Sends `signal` and resolves with the exit code and signal. */
  stop(signal: NodeJS.Signals): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Starts `lianlian-sandbox ...args` and waits for its URL and public key on stdout. */
export async function startCli(args: readonly string[]): Promise<CliSandbox> {
  const child = spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const lines = createInterface({ input: child.stdout! });
  const printed: string[] = [];
  await new Promise<void>((resolve, reject) => {
    const onExit = (code: number | null) => reject(new Error(`CLI exited (${code}) before printing its key: ${stderr}`));
    child.once('exit', onExit);
    lines.on('line', (line) => {
      printed.push(line);
      if (line === '-----END PUBLIC KEY-----') {
        child.off('exit', onExit);
        lines.close();
        resolve();
      }
    });
  });
  const match = /^lianlian-sandbox listening on (http:\/\/127\.0\.0\.1:(\d+))$/.exec(printed[0] ?? '');
  if (!match) throw new Error(`unexpected first line: ${printed[0]}`);
  child.stdout!.resume(); // nothing more is read; keep the pipe drained
  return {
    child,
    url: match[1]!,
    port: Number(match[2]),
    publicKeyPem: `${printed.slice(1).join('\n')}\n`,
    async stop(signal) {
      if (child.exitCode !== null || child.signalCode !== null) return { code: child.exitCode, signal: child.signalCode };
      const exited = once(child, 'exit') as Promise<[number | null, NodeJS.Signals | null]>;
      child.kill(signal);
      const [code, sig] = await exited;
      return { code, signal: sig };
    },
  };
}
