// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { TitleSummary } from '../../../utils/types';

vi.mock('../../../utils/browser', () => ({ browser: fakeBrowser }));
vi.mock('../../../utils/native-browser', () => ({ browser: fakeBrowser }));

const { SearchPanel } = await import('../../../components/popup/SearchPanel');

function summary(id: number, title: string): TitleSummary {
  return {
    type: 'movie',
    id,
    title,
    originalTitle: title,
    year: 1999,
    posterPath: null,
    voteAverage: 8.2,
    voteCount: 20000,
    popularity: 50,
    overview: null,
  };
}

const RESULTS = [
  summary(603, 'The Matrix'),
  summary(604, 'The Matrix Reloaded'),
  summary(605, 'The Matrix Revolutions'),
];

function setup(text = 'matrix') {
  const container = document.createElement('div');
  document.body.append(container);
  const onOpen = vi.fn();
  const onText = vi.fn();
  act(() => {
    render(
      <SearchPanel
        text={text}
        state={{ status: 'done', text, results: RESULTS }}
        onText={onText}
        onOpen={onOpen}
      />,
      container,
    );
  });
  const field = container.querySelector<HTMLInputElement>('[role="combobox"]')!;
  const press = (key: string) =>
    act(() => {
      field.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
    });
  return { container, field, press, onOpen, onText };
}

describe('SearchPanel keyboard use', () => {
  afterEach(() => {
    document.body.replaceChildren();
  });

  it('starts with focus in the field and the list labelled as its popup', () => {
    const { field, container } = setup();
    expect(document.activeElement).toBe(field);
    expect(field.getAttribute('aria-expanded')).toBe('true');
    expect(container.querySelectorAll('[role="option"]')).toHaveLength(3);
    expect(field.getAttribute('aria-activedescendant')).toBeNull();
  });

  it('moves the active option with the arrow keys, wrapping at the ends', () => {
    const { field, press, container } = setup();
    press('ArrowDown');
    press('ArrowDown');
    expect(field.getAttribute('aria-activedescendant')).toBe('reelcard-result-1');
    expect(container.querySelector('#reelcard-result-1')?.getAttribute('aria-selected')).toBe(
      'true',
    );

    press('ArrowUp');
    press('ArrowUp');
    expect(field.getAttribute('aria-activedescendant')).toBe('reelcard-result-2');
  });

  it('opens the active result with Enter, or the first when none is active', () => {
    const first = setup();
    first.press('Enter');
    expect(first.onOpen).toHaveBeenCalledWith(RESULTS[0]);

    document.body.replaceChildren();
    const second = setup();
    second.press('ArrowDown');
    second.press('ArrowDown');
    second.press('Enter');
    expect(second.onOpen).toHaveBeenCalledWith(RESULTS[1]);
  });

  it('clears the field with Escape', () => {
    const { press, onText } = setup();
    press('Escape');
    expect(onText).toHaveBeenCalledWith('');
  });
});
