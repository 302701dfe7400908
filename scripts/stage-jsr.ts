/**
 * Readies the JSR packages for `deno publish` (and its dry run in `pnpm check:packages`):
 * copies @lianlian-sdk/web's openapi.json to packages/deno, whose `./openapi.json` export
 * serves it. JSR cannot re-export a JSON module from another package or publish a symlink,
 * so the file is copied here, at publish time, and never committed (.gitignore): the repo
 * holds the one generated copy.
 *
 *   tsx scripts/stage-jsr.ts   # then: deno publish (from the repo root: web, then deno)
 */
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = join(fileURLToPath(import.meta.url), '../..');

export function stageJsr(root = REPO): void {
  copyFileSync(join(root, 'packages/web/openapi.json'), join(root, 'packages/deno/openapi.json'));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) stageJsr();
