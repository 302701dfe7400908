import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lianlianTime, parseLianLianTime } from '../../runtime/1-errors-encoding/time.ts';
import { REPO } from '../_repo.ts';

describe('lianlianTime', () => {
  it.each([
    ['2024-01-31T16:30:00Z', '20240201003000'], // crosses midnight and month end in UTC+8
    ['2023-12-31T16:00:00Z', '20240101000000'], // and the year
    ['2024-02-28T20:59:59Z', '20240229045959'], // leap day
    ['2024-07-01T00:00:00Z', '20240701080000'],
  ])('%s → %s', (iso, want) => {
    expect(lianlianTime(new Date(iso))).toBe(want);
    expect(parseLianLianTime(want)?.toISOString()).toBe(new Date(iso).toISOString());
  });

  it('is the same under any host time zone', () => {
    const script = `import { lianlianTime } from ${JSON.stringify(join(REPO, 'generator/runtime/1-errors-encoding/time.ts'))}; console.log(lianlianTime(new Date(1700000000000)))`;
    const outputs = ['UTC', 'America/Los_Angeles', 'Asia/Shanghai', 'Pacific/Kiritimati', 'Europe/London'].map((TZ) =>
      execFileSync(join(REPO, 'node_modules/.bin/tsx'), ['--eval', script], { env: { ...process.env, TZ } }).toString().trim(),
    );
    // 1700000000 s = 2023-11-14T22:13:20Z = 2023-11-15 06:13:20 in UTC+8
    expect(new Set(outputs)).toEqual(new Set(['20231115061320']));
  });

  it('rejects times that do not exist', () => {
    for (const bad of ['20230230120000', '20231315000000', '20231101246000', '2023110112000', 'abcdefghijklmn'])
      expect(parseLianLianTime(bad), bad).toBeUndefined();
    expect(parseLianLianTime('20240229')?.toISOString()).toBe('2024-02-28T16:00:00.000Z');
  });
});
