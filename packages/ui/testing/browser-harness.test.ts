import { describe, expect, it } from 'vitest';
import { parseServerBanner } from './browser-harness.ts';

describe('reading the server banner', () => {
  it('finds the address and one demo login per role', () => {
    const banner = [
      'nongsan is running on sqlite (/tmp/x/db.sqlite)',
      '  API          http://127.0.0.1:41234/trpc',
      '',
      'Demo logins (password for all: nongsan-demo)',
      '  household  0900000001  Nông Đức Toàn',
      '  official   0940000001  Cán bộ UBND xã Bắc Sơn',
    ].join('\n');
    expect(parseServerBanner(banner)).toEqual({
      baseUrl: 'http://127.0.0.1:41234',
      demoPassword: 'nongsan-demo',
      demoLogins: {
        household: { phone: '0900000001', name: 'Nông Đức Toàn' },
        official: { phone: '0940000001', name: 'Cán bộ UBND xã Bắc Sơn' },
      },
    });
  });

  it('says nothing before the server listens', () => {
    expect(parseServerBanner('Seeding the demo commune…')).toBeNull();
  });
});
