/**
 * Keyboard logic of the popup's result list (the ARIA combobox + listbox
 * pattern): focus stays in the search field while the arrow keys move an
 * "active" option, shown to screen readers through aria-activedescendant.
 * Kept pure so it is tested without a DOM.
 */

export interface ListboxState {
  /** How many options the list has. */
  count: number;
  /** Index of the active option, or -1 while none is. */
  active: number;
}

export type ListboxAction =
  | { type: 'reset'; count: number }
  | { type: 'next' }
  | { type: 'previous' }
  | { type: 'select'; index: number };

export const EMPTY_LISTBOX: ListboxState = { count: 0, active: -1 };

/** Moves the active option; moving past either end wraps around, as most comboboxes do. */
export function listboxReducer(state: ListboxState, action: ListboxAction): ListboxState {
  const { count, active } = state;

  // New results: nothing is active until the user presses an arrow key.
  if (action.type === 'reset') {
    const fresh = { count: Math.max(0, action.count), active: -1 };
    // The same state object when nothing changes, so a re-render does not loop.
    return fresh.count === count && active === -1 ? state : fresh;
  }

  if (count === 0) return state;

  switch (action.type) {
    case 'next':
      return { count, active: active >= count - 1 ? 0 : active + 1 };
    case 'previous':
      return { count, active: active <= 0 ? count - 1 : active - 1 };
    case 'select':
      return action.index >= 0 && action.index < count ? { count, active: action.index } : state;
  }
}

/**
 * The list action a key press stands for, or null when the key is not the
 * list's. Home and End stay with the text field, where they move the caret.
 */
export function actionForKey(key: string): ListboxAction | null {
  switch (key) {
    case 'ArrowDown':
      return { type: 'next' };
    case 'ArrowUp':
      return { type: 'previous' };
    default:
      return null;
  }
}

/** The id an option gets in the DOM, shared by the option and aria-activedescendant. */
export function optionId(index: number): string {
  return `reelcard-result-${index}`;
}
