import { describe, expect, it } from 'vitest';
import { formatBudgets, formatRows, ms, ratio, within } from '../../bench/report';
import { percentile } from '../../bench/hover';

describe('the bench report', () => {
  it('formats figures and says what was not measured', () => {
    expect(ms(4.26)).toBe('4.3 ms');
    expect(ms(312.7)).toBe('313 ms');
    expect(ms(null)).toBe('n/a');
    expect(ratio(30, 10)).toBe('3.00x');
    expect(ratio(1, 0)).toBe('n/a');
    expect(within(null, 5)).toBeNull();
    expect(within(5, 5)).toBe(true);
  });

  it('groups rows by section and marks each budget', () => {
    const rows = formatRows([
      { section: 'Size', label: 'injected', value: '29 kB' },
      { section: 'Size', label: 'popup', value: '20 kB' },
    ]);
    expect(rows.match(/## Size/g)).toHaveLength(1);
    const budgets = formatBudgets([
      { name: 'a', measured: '1', limit: '≤ 2', pass: true },
      { name: 'b', measured: '3', limit: '≤ 2', pass: false },
      { name: 'c', measured: 'n/a', limit: '0', pass: null },
    ]);
    expect(budgets).toContain('pass');
    expect(budgets).toContain('MISS');
    expect(budgets).toContain('NOT MEASURED');
  });

  it('takes nearest-rank percentiles, skipping hovers that never showed a card', () => {
    expect(percentile([5, null, 1, 3, 2, 4], 50)).toBe(3);
    expect(percentile([5, 1, 3, 2, 4], 95)).toBe(5);
    expect(percentile([null], 50)).toBeNull();
  });
});
