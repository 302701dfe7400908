import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

/** The built CLI; the root `test` script builds every package first. */
const CLI = fileURLToPath(new URL('../dist/cli.js', import.meta.url));

let child: ChildProcess | undefined;
afterEach(async () => {
  if (child && child.exitCode === null && child.signalCode === null) {
    child.kill('SIGTERM');
    await once(child, 'exit');
  }
  child = undefined;
});

function firstLine(proc: ChildProcess): Promise<string> {
  const lines = createInterface({ input: proc.stdout! });
  return new Promise((resolve, reject) => {
    lines.once('line', (line) => {
      lines.close();
      resolve(line);
    });
    proc.once('exit', (code) => reject(new Error(`CLI exited (${code}) before printing a line`)));
  });
}

describe('lianlian-sandbox CLI', () => {
  it('prints the URL first, serves the public key, and stops on SIGTERM', async () => {
    child = spawn(process.execPath, [CLI, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    const line = await firstLine(child);
    const match = /^lianlian-sandbox listening on (http:\/\/127\.0\.0\.1:(\d+))$/.exec(line);
    expect(match, line).not.toBeNull();
    const url = match![1]!;
    expect(Number(match![2])).toBeGreaterThan(0);

    const res = await fetch(`${url}/_sandbox/public-key`);
    expect(res.status).toBe(200);
    expect(await res.text()).toMatch(/^-----BEGIN PUBLIC KEY-----\n[\s\S]+\n-----END PUBLIC KEY-----\n$/);

    const exited = once(child, 'exit');
    child.kill('SIGTERM');
    const [code] = await exited;
    expect(code).toBe(0);
  });

  it('exits 2 with the usage for bad flags', async () => {
    for (const args of [['--port', 'abc'], ['--port', '70000'], ['--nope'], ['extra']]) {
      const proc = spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
      let stderr = '';
      proc.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      const [code] = await once(proc, 'exit');
      expect(code, args.join(' ')).toBe(2);
      expect(stderr).toContain('usage: lianlian-sandbox --port N');
    }
  });
});
