/**
 * `sendMessage` when the worker goes away mid-message: MV3 stops workers
 * that idle or hang, and a message they held gets no answer. One more try
 * starts the worker again; a second failure is reported, not retried forever.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ReelcardError, sendMessage } from '../../../utils/messages';

const { runtimeSend } = vi.hoisted(() => ({ runtimeSend: vi.fn() }));

vi.mock('../../../utils/browser', () => ({
  browser: { runtime: { sendMessage: runtimeSend } },
}));
vi.mock('../../../utils/native-browser', () => ({
  browser: { runtime: { sendMessage: runtimeSend } },
}));

const ok = { ok: true, value: { kind: 'v3' } };

// A block body: a function returned from beforeEach would be run as the test's teardown.
beforeEach(() => {
  runtimeSend.mockReset();
});

describe('sendMessage when the worker stops', () => {
  it('asks again once when the first message got no answer', async () => {
    runtimeSend.mockResolvedValueOnce(undefined).mockResolvedValueOnce(ok);

    await expect(sendMessage('keyStatus', {})).resolves.toEqual({ kind: 'v3' });
    expect(runtimeSend).toHaveBeenCalledTimes(2);
  });

  it('asks again once when the first message was rejected', async () => {
    runtimeSend
      .mockRejectedValueOnce(new Error('message channel closed'))
      .mockResolvedValueOnce(ok);

    await expect(sendMessage('keyStatus', {})).resolves.toEqual({ kind: 'v3' });
  });

  it('gives up with an internal error after the second failure', async () => {
    runtimeSend.mockRejectedValue(new Error('Extension context invalidated.'));

    const error = await sendMessage('keyStatus', {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReelcardError);
    expect((error as ReelcardError).kind).toBe('internal');
    expect(runtimeSend).toHaveBeenCalledTimes(2);
  });

  it('does not retry an error the background answered with', async () => {
    runtimeSend.mockResolvedValue({ ok: false, error: { kind: 'invalid-key', message: 'no' } });

    await expect(sendMessage('keyStatus', {})).rejects.toMatchObject({ kind: 'invalid-key' });
    expect(runtimeSend).toHaveBeenCalledTimes(1);
  });
});
