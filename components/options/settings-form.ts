/**
 * Turns one change in the preferences form into the patch `saveSettings`
 * stores. Each control reports what changed; this decides what that means,
 * so the rules (a site toggle keeps the other sites, a delay is clamped)
 * live in one tested place and the components stay thin.
 */
import { saveSettings, type BadgeStyle, type Settings, type Theme } from '../../utils/settings';
import type { SiteId } from '../../utils/sites/ids';

export type SettingsPatch = Partial<Omit<Settings, 'version'>>;

export type FormChange =
  | { field: 'language' | 'region' | 'badgeStyle' | 'theme' | 'cardDelayMs'; value: string }
  | { field: 'logging' | 'allSites'; on: boolean }
  | { field: 'site'; site: SiteId; on: boolean };

export const BADGE_STYLES: readonly BadgeStyle[] = ['rating', 'rating-votes', 'none'];
export const THEMES: readonly Theme[] = ['system', 'light', 'dark'];

/** The card delay the form accepts, in milliseconds (the settings allow the same range). */
export const CARD_DELAY_RANGE = { min: 0, max: 3000 } as const;

/** The patch for one change, or null when the value is not one the settings can hold. */
export function patchFor(settings: Settings, change: FormChange): SettingsPatch | null {
  switch (change.field) {
    case 'site':
      // Spread the current map: the stored object replaces the old one whole.
      return { sites: { ...settings.sites, [change.site]: change.on } };
    case 'logging':
    case 'allSites':
      return { [change.field]: change.on };
    case 'language':
      return /^[a-z]{2}-[A-Z]{2}$/.test(change.value) ? { language: change.value } : null;
    case 'region':
      return /^[A-Z]{2}$/.test(change.value) ? { region: change.value } : null;
    case 'badgeStyle':
      return oneOf(BADGE_STYLES, change.value) ? { badgeStyle: change.value } : null;
    case 'theme':
      return oneOf(THEMES, change.value) ? { theme: change.value } : null;
    case 'cardDelayMs':
      return delayPatch(change.value);
  }
}

function oneOf<T extends string>(values: readonly T[], value: string): value is T {
  return (values as readonly string[]).includes(value);
}

/** A typed delay is rounded and kept in range; text that is not a number changes nothing. */
function delayPatch(value: string): SettingsPatch | null {
  if (value.trim() === '') return null;
  const number = Number(value);
  if (!Number.isFinite(number)) return null;

  const { min, max } = CARD_DELAY_RANGE;
  return { cardDelayMs: Math.min(max, Math.max(min, Math.round(number))) };
}

/**
 * Stores one form change and returns the settings as now stored, or the
 * current ones unchanged when the value was refused.
 */
export async function applyChange(
  settings: Settings,
  change: FormChange,
  save: (patch: SettingsPatch) => Promise<Settings> = saveSettings,
): Promise<Settings> {
  const patch = patchFor(settings, change);
  return patch ? save(patch) : settings;
}
