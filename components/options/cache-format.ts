/** Numbers of the cache section, in the form people read them. */
import type { CacheStats } from '../../utils/messages';

/** "0 B", "12.3 KB", "4.5 MB" (powers of 1024, as storage sizes usually are). */
export function formatBytes(bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = Math.max(0, bytes);
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  return `${value.toFixed(digits)} ${units[unit]}`;
}

/** Share of lookups the cache answered, in percent; null before any lookup. */
export function hitRate(stats: Pick<CacheStats, 'hits' | 'misses'>): number | null {
  const total = stats.hits + stats.misses;
  return total > 0 ? Math.round((stats.hits / total) * 100) : null;
}
