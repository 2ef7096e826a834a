import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSearchRunner, type SearchState } from '../../../components/popup/search-runner';

/** A search whose answers the test releases by hand, in any order. */
function manualSearch() {
  const pending = new Map<string, (results: string[]) => void>();
  const search = vi.fn(
    (text: string) => new Promise<string[]>((resolve) => pending.set(text, resolve)),
  );
  const answer = async (text: string) => {
    pending.get(text)?.([`${text}!`]);
    await Promise.resolve();
    await Promise.resolve();
  };
  return { search, answer };
}

function setup() {
  const { search, answer } = manualSearch();
  const states: SearchState<string>[] = [];
  const controller = new AbortController();
  const runner = createSearchRunner({
    search,
    onState: (state) => states.push(state),
    delayMs: 250,
    signal: controller.signal,
  });
  return { runner, search, answer, states, controller };
}

describe('createSearchRunner', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('waits for a pause in typing and searches only the last text', () => {
    const { runner, search } = setup();
    runner.update('m');
    vi.advanceTimersByTime(100);
    runner.update('ma');
    vi.advanceTimersByTime(100);
    runner.update('matrix');
    expect(search).not.toHaveBeenCalled();

    vi.advanceTimersByTime(250);
    expect(search).toHaveBeenCalledTimes(1);
    expect(search.mock.calls[0]?.[0]).toBe('matrix');
  });

  it('reports loading, then the results', async () => {
    const { runner, answer, states } = setup();
    runner.now(' matrix ');
    await answer('matrix');
    expect(states).toEqual([
      { status: 'loading', text: 'matrix' },
      { status: 'done', text: 'matrix', results: ['matrix!'] },
    ]);
  });

  it('drops an answer that arrives after newer text was searched', async () => {
    const { runner, answer, states } = setup();
    runner.now('alien');
    runner.now('aliens');
    await answer('aliens');
    await answer('alien');
    expect(states.at(-1)).toEqual({ status: 'done', text: 'aliens', results: ['aliens!'] });
    expect(states.filter((s) => s.status === 'done')).toHaveLength(1);
  });

  it('goes idle at once for an empty field and cancels the pending search', () => {
    const { runner, search, states } = setup();
    runner.update('matrix');
    runner.update('  ');
    vi.advanceTimersByTime(1000);
    expect(search).not.toHaveBeenCalled();
    expect(states).toEqual([{ status: 'idle' }]);
  });

  it('reports a failure of the newest search', async () => {
    const states: SearchState<string>[] = [];
    const runner = createSearchRunner<string>({
      search: () => Promise.reject(new Error('offline')),
      onState: (state) => states.push(state),
      signal: new AbortController().signal,
    });
    runner.now('matrix');
    await Promise.resolve();
    await Promise.resolve();
    expect(states.at(-1)).toMatchObject({ status: 'error', text: 'matrix' });
  });

  it('stops everything once its signal aborts', async () => {
    const { runner, search, answer, states, controller } = setup();
    runner.now('matrix');
    controller.abort();
    await answer('matrix');
    runner.update('other');
    vi.advanceTimersByTime(1000);
    expect(search).toHaveBeenCalledTimes(1);
    expect(states).toEqual([{ status: 'loading', text: 'matrix' }]);
  });
});
