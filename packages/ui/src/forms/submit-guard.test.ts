import { describe, expect, it } from 'vitest';
import { createSubmitGuard } from './submit-guard.ts';

function deferred() {
  let resolve!: () => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<void>((yes, no) => {
    resolve = yes;
    reject = no;
  });
  return { promise, resolve, reject };
}

describe('a form that cannot be sent twice', () => {
  it('ignores a second tap while the first submission is on its way', async () => {
    const guard = createSubmitGuard();
    const slow = deferred();
    let sent = 0;
    const send = () => {
      sent += 1;
      return slow.promise;
    };
    const first = guard.run(send);
    const second = guard.run(send);
    expect(await second).toBe(false);
    slow.resolve();
    expect(await first).toBe(true);
    expect(sent).toBe(1);
  });

  it('can be sent again once the answer came back, even when it was an error', async () => {
    const guard = createSubmitGuard();
    const failing = deferred();
    const attempt = guard.run(() => failing.promise);
    failing.reject(new Error('network'));
    await expect(attempt).rejects.toThrow('network');
    expect(guard.busy).toBe(false);
    let sent = 0;
    expect(
      await guard.run(async () => {
        sent += 1;
      }),
    ).toBe(true);
    expect(sent).toBe(1);
  });
});
