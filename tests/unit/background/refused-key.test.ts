vi.mock('../../../utils/browser', () => import('./fake-browser'));
vi.mock('../../../utils/native-browser', () => import('./fake-browser'));
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { lookupTitle } from '../../../utils/background/lookup';
import { storeKey } from '../../../utils/background/key-store';
import { makeService, resetWorld, simpleMatcher } from './service-helpers';

const refuse = () => ({
  status: 401,
  body: { status_code: 7, status_message: 'Invalid API key: You must be granted a valid key.' },
});
const context = { priority: 'visible' as const };

describe('a key TMDB refused', () => {
  beforeEach(() => resetWorld());

  it('is not sent again for other titles', async () => {
    const { service, calls } = makeService(refuse);
    for (const title of ['Alien', 'Heat', 'Ran']) {
      await expect(lookupTitle(service, simpleMatcher, { title }, context)).rejects.toMatchObject({
        kind: 'invalid-key',
      });
    }
    expect(calls).toHaveLength(1);
  });

  it('does not hold back a new key', async () => {
    const { service, calls } = makeService(refuse);
    await expect(
      lookupTitle(service, simpleMatcher, { title: 'Alien' }, context),
    ).rejects.toThrow();
    await storeKey('fedcba9876543210fedcba9876543210');
    await expect(lookupTitle(service, simpleMatcher, { title: 'Heat' }, context)).rejects.toThrow();
    expect(calls).toHaveLength(2);
  });
});

describe('re-saving a refused key', () => {
  beforeEach(() => resetWorld());

  it('lets lookups ask TMDB again once TMDB accepts it', async () => {
    let accept = false;
    const { service, calls } = makeService(() =>
      accept ? { body: { success: true, status_code: 1 } } : refuse(),
    );
    await expect(
      lookupTitle(service, simpleMatcher, { title: 'Alien' }, context),
    ).rejects.toThrow();
    accept = true;
    service.keyAccepted('0123456789abcdef0123456789abcdef');
    await lookupTitle(service, simpleMatcher, { title: 'Heat' }, context).catch(() => null);
    expect(calls).toHaveLength(2);
  });
});
