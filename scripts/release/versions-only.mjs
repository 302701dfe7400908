// After `changeset version` and `pnpm generate` in the release clone: the generator may
// change nothing but versions. Every file that differs from HEAD (the `changeset version`
// commit) must be a JSON file whose changed lines are all `"version": "…"` lines, and whose
// document is unchanged once `version` and `info.version` (openapi.json) are set aside.
// The generator writes package.json in changesets' own layout, so it never rewrites the
// manifests changesets just bumped; what it does write are the copies of their versions
// (packages/web/deno.json and openapi.json; packages/deno/deno.json follows @lianlian-sdk/web, and
// pins it in its imports: `"@lianlian-sdk/web": "jsr:@lianlian-sdk/web@<version>"`).
// Run in the clone: node versions-only.mjs
import { execFileSync } from 'node:child_process';
import { isDeepStrictEqual } from 'node:util';
import { readFileSync } from 'node:fs';

const git = (...args) => execFileSync('git', args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
const files = git('diff', '--name-only', '-z', 'HEAD').split('\0').filter(Boolean);
const untracked = git('ls-files', '--others', '--exclude-standard', '-z').split('\0').filter(Boolean);
/** The Deno layer's pin of the client, `jsr:@lianlian-sdk/web@1.2.3` or `jsr:/@lianlian-sdk/web@1.2.3/`. */
const PIN = /^(jsr:\/?@lianlian-sdk\/web@)[^/"]+(\/?)$/;
const unversioned = (text) => {
  const doc = JSON.parse(text);
  delete doc.version;
  if (doc.info) delete doc.info.version;
  for (const [k, v] of Object.entries(doc.imports ?? {})) if (PIN.test(v)) doc.imports[k] = v.replace(PIN, '$1*$2');
  return doc;
};
const VERSION_LINE = /^\s*("version": "[^"\\]*"|"@lianlian-sdk\/web\/?": "jsr:\/?@lianlian-sdk\/web@[^"\\]*"),?$/;
/** The lines that differ, or undefined when the files differ in line count. */
function changedLines(before, after) {
  const [a, b] = [before.split('\n'), after.split('\n')];
  if (a.length !== b.length) return undefined;
  return a.flatMap((line, i) => (line === b[i] ? [] : [[line, b[i]]]));
}
const bad = untracked.map((file) => `${file}: new file`);
for (const file of files) {
  if (!file.endsWith('.json')) {
    bad.push(`${file}: not a JSON file`);
    continue;
  }
  const before = git('show', `HEAD:${file}`);
  const after = readFileSync(file, 'utf8');
  const lines = changedLines(before, after);
  if (!lines) bad.push(`${file}: lines added or removed`);
  else if (!lines.every(([a, b]) => VERSION_LINE.test(a) && VERSION_LINE.test(b) && a.replace(/@?[^"@]*",?$/, '') === b.replace(/@?[^"@]*",?$/, '')))
    bad.push(`${file}: lines other than "version" changed: ${lines.find(([a, b]) => !VERSION_LINE.test(a) || !VERSION_LINE.test(b))?.[1]?.trim() ?? '(layout)'}`);
  else if (!isDeepStrictEqual(unversioned(before), unversioned(after))) bad.push(`${file}: a "version" other than the package's changed`);
}
if (bad.length) {
  console.error(`pnpm generate changed more than versions (generated code is stale, or a manifest's layout differs from changesets'):\n${bad.map((b) => `  ${b}`).join('\n')}`);
  process.exit(1);
}
console.log(`versions written: ${files.join(' ') || '(none)'}`);
