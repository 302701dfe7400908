/**
 * The on-disk store of `--data-dir`: LMDB through the `lmdb` package.
 *
 * Why LMDB: it is a real embedded database (B+tree, copy-on-write, ACID
 * transactions) whose commits survive a killed process, and `lmdb` reads
 * synchronously, which the sandbox's synchronous handlers need (handlers/types.ts).
 * Its native binary ships inside npm packages (`@lmdb/lmdb-linux-x64` and
 * friends, optional dependencies picked by platform), so installing needs no
 * compiler and no download from anywhere but the npm registry, and its install
 * script is not needed (pnpm skips it). LevelDB (`classic-level`) installs as
 * easily but reads only asynchronously; `node:sqlite` is not in Node 20.
 *
 * Every batch is one synchronous write transaction, committed (and synced)
 * before the answer that caused it is sent.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { KvStore } from './store.ts';

/** Layout of the records; a data dir written by another layout is refused, not misread. */
const FORMAT = '1';
const FORMAT_KEY = 'meta\u001fformat';

/**
 * Opens (creating when missing) the store in `dataDir`.
 * @throws Error naming the directory when it cannot be opened or holds another format
 */
export async function openLmdbStore(dataDir: string): Promise<KvStore> {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const { open } = await import('lmdb');
  let db: ReturnType<typeof open<string, string>>;
  try {
    db = open<string, string>({ path: join(dataDir, 'sandbox.mdb'), encoding: 'string', compression: false });
  } catch (err) {
    throw new Error(`dataDir: cannot open the sandbox store in ${dataDir}: ${err instanceof Error ? err.message : String(err)}`);
  }
  const format = db.get(FORMAT_KEY);
  if (format === undefined) db.transactionSync(() => db.putSync(FORMAT_KEY, FORMAT));
  else if (format !== FORMAT) {
    await db.close();
    throw new Error(`dataDir: ${dataDir} holds sandbox data of format ${format}; this sandbox reads format ${FORMAT}. Use another directory.`);
  }
  return {
    get: (key) => db.get(key),
    *entries(prefix) {
      // Prefixes end with U+001F; U+0020 is the next code point, so [prefix, end) is exactly the prefix's keys.
      const end = `${prefix.slice(0, -1)}\u0020`;
      // Read whole before yielding: callers may write while they walk the entries.
      for (const { key, value } of [...db.getRange({ start: prefix, end })]) yield [key, value] as const;
    },
    write(batch) {
      db.transactionSync(() => {
        for (const [key, value] of batch) value === undefined ? db.removeSync(key) : db.putSync(key, value);
      });
    },
    close: () => db.close(),
  };
}
