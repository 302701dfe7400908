// After `changeset version` and `pnpm generate` in the release clone: the generator may
// change nothing but versions. Compares every file that differs from HEAD: JSON files
// must be equal once `version` and `info.version` (openapi.json) are set aside, since
// changesets re-indents package.json while the generator writes its template's layout;
// any other changed file fails. Run in the clone: node versions-only.mjs
import { execFileSync } from 'node:child_process';
import { isDeepStrictEqual } from 'node:util';
import { readFileSync } from 'node:fs';

const git = (...args) => execFileSync('git', args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
const files = git('diff', '--name-only', '-z', 'HEAD').split('\0').filter(Boolean);
const unversioned = (text) => {
  const doc = JSON.parse(text);
  delete doc.version;
  if (doc.info) delete doc.info.version;
  return doc;
};
const bad = [];
const relaid = [];
for (const file of files) {
  if (!file.endsWith('.json')) {
    bad.push(`${file}: not a JSON file`);
    continue;
  }
  const before = git('show', `HEAD:${file}`);
  const after = readFileSync(file, 'utf8');
  if (!isDeepStrictEqual(unversioned(before), unversioned(after))) bad.push(`${file}: differs beyond its version`);
  else if (JSON.stringify(JSON.parse(before)) === JSON.stringify(JSON.parse(after))) relaid.push(file);
}
if (bad.length) {
  console.error(`pnpm generate changed more than versions (generated code is stale):\n${bad.map((b) => `  ${b}`).join('\n')}`);
  process.exit(1);
}
const versioned = files.filter((f) => !relaid.includes(f));
console.log(`versions written: ${versioned.join(' ') || '(none)'}${relaid.length ? `; layout only (changesets re-indents package.json): ${relaid.join(' ')}` : ''}`);
