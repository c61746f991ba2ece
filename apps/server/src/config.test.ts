import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { clockFromEnv } from '@nongsan/api';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from './config.ts';

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'nongsan-config-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('loadConfig', () => {
  it('uses the documented defaults', () => {
    const cwd = tempDir();
    const config = loadConfig({}, cwd);
    expect(config).toMatchObject({
      port: 3000,
      host: '127.0.0.1',
      databaseUrl: undefined,
      dataDir: join(cwd, 'data'),
      rateLimitPerMinute: 1200,
    });
    expect(config.photosDir).toBe(join(cwd, 'data', 'photos'));
  });

  it('reads the rate limit from RATE_LIMIT_PER_MINUTE and refuses one that is not a positive whole number', () => {
    const cwd = tempDir();
    expect(loadConfig({ RATE_LIMIT_PER_MINUTE: '60' }, cwd).rateLimitPerMinute).toBe(60);
    expect(() => loadConfig({ RATE_LIMIT_PER_MINUTE: '0' }, cwd)).toThrow(/RATE_LIMIT_PER_MINUTE/);
    expect(() => loadConfig({ RATE_LIMIT_PER_MINUTE: 'many' }, cwd)).toThrow(/RATE_LIMIT_PER_MINUTE/);
  });

  it('generates a session secret on first start, keeps it private, and reads the same one back', () => {
    const cwd = tempDir();
    const first = loadConfig({}, cwd).sessionSecret;
    const file = join(cwd, 'data', 'session-secret');
    expect(readFileSync(file, 'utf8').trim()).toBe(first);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(loadConfig({}, cwd).sessionSecret).toBe(first);
    expect(loadConfig({}, tempDir()).sessionSecret).not.toBe(first);
  });

  it('names every bad variable', () => {
    expect(() =>
      loadConfig({ PORT: 'eighty', NONGSAN_NOW: 'yesterday', SESSION_SECRET: 'short' }, tempDir()),
    ).toThrow(/PORT[\s\S]*NONGSAN_NOW/);
    expect(() => loadConfig({ SESSION_SECRET: 'short' }, tempDir())).toThrow(/SESSION_SECRET/);
  });

  it('fixes the clock with NONGSAN_NOW, and uses the real one without it', () => {
    expect(clockFromEnv({ NONGSAN_NOW: '2025-06-15T08:00:00+07:00' }).now().toISOString()).toBe(
      '2025-06-15T01:00:00.000Z',
    );
    expect(Math.abs(clockFromEnv({}).now().getTime() - Date.now())).toBeLessThan(1000);
  });
});
