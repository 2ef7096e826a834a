import { describe, expect, it } from 'vitest';
import {
  actionForKey,
  EMPTY_LISTBOX,
  listboxReducer,
  type ListboxAction,
  type ListboxState,
} from '../../../components/popup/listbox';

const run = (state: ListboxState, ...actions: ListboxAction[]) =>
  actions.reduce(listboxReducer, state);

describe('listboxReducer', () => {
  it('starts with nothing active after new results', () => {
    expect(run(EMPTY_LISTBOX, { type: 'reset', count: 3 })).toEqual({ count: 3, active: -1 });
  });

  it('moves down from the field to the first option, then on, wrapping at the end', () => {
    const three = run(EMPTY_LISTBOX, { type: 'reset', count: 3 });
    expect(run(three, { type: 'next' }).active).toBe(0);
    expect(run(three, { type: 'next' }, { type: 'next' }, { type: 'next' }).active).toBe(2);
    expect(
      run(three, { type: 'next' }, { type: 'next' }, { type: 'next' }, { type: 'next' }).active,
    ).toBe(0);
  });

  it('moves up from nothing to the last option and wraps at the top', () => {
    const three = run(EMPTY_LISTBOX, { type: 'reset', count: 3 });
    expect(run(three, { type: 'previous' }).active).toBe(2);
    expect(run(three, { type: 'next' }, { type: 'previous' }).active).toBe(2);
  });

  it('does nothing on an empty list', () => {
    expect(run(EMPTY_LISTBOX, { type: 'next' }, { type: 'previous' })).toEqual(EMPTY_LISTBOX);
  });

  it('selects an option by index and ignores indexes out of range', () => {
    const three = run(EMPTY_LISTBOX, { type: 'reset', count: 3 });
    expect(run(three, { type: 'select', index: 1 }).active).toBe(1);
    expect(run(three, { type: 'select', index: 3 })).toBe(three);
    expect(run(three, { type: 'select', index: -1 })).toBe(three);
  });

  it('clears the active option when the results change', () => {
    const moved = run(EMPTY_LISTBOX, { type: 'reset', count: 3 }, { type: 'next' });
    expect(run(moved, { type: 'reset', count: 1 })).toEqual({ count: 1, active: -1 });
  });
});

describe('actionForKey', () => {
  it('maps the arrow keys and leaves the others to the text field', () => {
    expect(actionForKey('ArrowDown')).toEqual({ type: 'next' });
    expect(actionForKey('ArrowUp')).toEqual({ type: 'previous' });
    expect(actionForKey('Home')).toBeNull();
    expect(actionForKey('a')).toBeNull();
  });
});

describe('listboxReducer stability', () => {
  it('returns the same state for a reset that changes nothing', () => {
    const state = run(EMPTY_LISTBOX, { type: 'reset', count: 2 });
    expect(listboxReducer(state, { type: 'reset', count: 2 })).toBe(state);
  });
});
