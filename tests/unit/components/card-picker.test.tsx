// @vitest-environment happy-dom
/**
 * The card's controls: "Wrong title?" (the picker lists the lookup's candidates, or searches by
 * the title when there are none, and a choice or "Not a title" calls back), "Undo my choice" on
 * a corrected match, and the overview's More / Less button.
 */
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Card, type CorrectionActions } from '../../../components/card/Card';
import type { TitleSummary } from '../../../utils/types';
import { FIGHT_CLUB, FIGHT_CLUB_SUMMARY, GAME_OF_THRONES } from './fixtures';

vi.mock('../../../utils/browser', () => import('./helpers/fake-browser'));
vi.mock('../../../utils/native-browser', () => import('./helpers/fake-browser'));
// happy-dom marks scripted clicks untrusted; the card ignores those, as it must on real pages.
vi.mock('../../../components/shared/trusted', () => ({ isTrusted: () => true }));

function actions(candidates: TitleSummary[], found: TitleSummary[] = []) {
  return {
    candidates,
    search: vi.fn(async () => found),
    choose: vi.fn(async () => {}),
  } satisfies CorrectionActions;
}

function show(correction: CorrectionActions, state: 'ready' | 'unmatched'): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  const summary = state === 'ready' ? FIGHT_CLUB_SUMMARY : null;
  const pageTitle = { title: 'Fight Clb', year: 1999 };
  render(
    <Card
      details={null}
      summary={summary}
      pageTitle={pageTitle}
      state={state}
      correction={correction}
    />,
    root,
  );
  return root;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

afterEach(() => document.body.replaceChildren());

describe('the title picker', () => {
  it('opens by itself for an unmatched title, listing the candidates', () => {
    const correction = actions([FIGHT_CLUB_SUMMARY, GAME_OF_THRONES]);
    const root = show(correction, 'unmatched');

    const names = [...root.querySelectorAll('.candidate-title')].map((n) => n.textContent);
    expect(names).toEqual(['Fight Club (1999)', 'Game of Thrones (2011)']);
    expect(correction.search).not.toHaveBeenCalled();
  });

  it('saves the chosen candidate', () => {
    const correction = actions([GAME_OF_THRONES]);
    const root = show(correction, 'unmatched');
    root.querySelector<HTMLButtonElement>('.candidate')!.click();

    expect(correction.choose).toHaveBeenCalledWith({ type: 'tv', id: 1399 });
  });

  it('saves "Not a title" as null', () => {
    const correction = actions([GAME_OF_THRONES]);
    const root = show(correction, 'unmatched');
    const notTitle = [...root.querySelectorAll('button')].find(
      (b) => b.textContent === 'Not a title',
    );
    notTitle!.click();

    expect(correction.choose).toHaveBeenCalledWith(null);
  });

  it('starts closed on a matched title and searches by the title when opened', async () => {
    const correction = actions([], [FIGHT_CLUB_SUMMARY, GAME_OF_THRONES]);
    const root = show(correction, 'ready');
    expect(root.querySelector('.picker')).toBeNull();

    root.querySelector<HTMLButtonElement>('.correction button')!.click();
    await settle();
    await settle();

    expect(correction.search).toHaveBeenCalledWith('Fight Clb');
    // The current match is left out of the list.
    const names = [...root.querySelectorAll('.candidate-title')].map((n) => n.textContent);
    expect(names).toEqual(['Game of Thrones (2011)']);
  });

  it('offers "Undo my choice" only on a match the user chose, and forgets it', () => {
    const automatic = show(actions([]), 'ready');
    expect(automatic.querySelectorAll('.correction button')).toHaveLength(1);

    const forget = vi.fn(async () => {});
    const root = show({ ...actions([]), forget }, 'ready');
    const buttons = [...root.querySelectorAll<HTMLButtonElement>('.correction button')];
    expect(buttons.map((button) => button.textContent)).toEqual(['Wrong title?', 'Undo my choice']);

    buttons[1]!.click();
    expect(forget).toHaveBeenCalledTimes(1);
    expect(root.querySelector('.picker')).toBeNull();
  });
});

describe('the overview', () => {
  it('expands and clamps again on request', async () => {
    const root = document.createElement('div');
    document.body.append(root);
    render(<Card details={FIGHT_CLUB} summary={FIGHT_CLUB_SUMMARY} />, root);
    const button = root.querySelector<HTMLButtonElement>('.overview button')!;

    button.click();
    await settle();
    expect(root.querySelector('.overview-text')?.classList.contains('clamped')).toBe(false);
    expect(button.textContent).toBe('Less');

    button.click();
    await settle();
    expect(root.querySelector('.overview-text')?.classList.contains('clamped')).toBe(true);
  });
});
