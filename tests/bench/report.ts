/**
 * The bench's printed report: rows of figures, then the budgets with pass or
 * miss. Pure formatting, so it is unit-tested without a browser.
 */

export interface Row {
  section: string;
  label: string;
  value: string;
}

export interface Budget {
  name: string;
  /** The measured figure as printed, e.g. "42 ms". */
  measured: string;
  limit: string;
  /** null when the figure could not be measured. */
  pass: boolean | null;
}

/** Milliseconds with one decimal below 10, whole above; "n/a" for null. */
export function ms(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return 'n/a';
  return `${value < 10 ? value.toFixed(1) : Math.round(value)} ms`;
}

export function kilobytes(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} kB`;
}

export function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(2)} MB`;
}

export function ratio(numerator: number, denominator: number): string {
  return denominator > 0 ? `${(numerator / denominator).toFixed(2)}x` : 'n/a';
}

/** Pads columns to the widest cell; the section is printed once per group. */
export function formatRows(rows: Row[]): string {
  const labelWidth = Math.max(...rows.map((row) => row.label.length), 10);
  const lines: string[] = [];
  let section = '';
  for (const row of rows) {
    if (row.section !== section) {
      section = row.section;
      lines.push('', `## ${section}`);
    }
    lines.push(`  ${row.label.padEnd(labelWidth)}  ${row.value}`);
  }
  return lines.join('\n');
}

function verdict(pass: boolean | null): string {
  if (pass === null) return 'NOT MEASURED';
  return pass ? 'pass' : 'MISS';
}

export function formatBudgets(budgets: Budget[]): string {
  const nameWidth = Math.max(...budgets.map((budget) => budget.name.length));
  const measuredWidth = Math.max(...budgets.map((budget) => budget.measured.length));
  const lines = budgets.map(
    (budget) =>
      `  ${budget.name.padEnd(nameWidth)}  ${budget.measured.padEnd(measuredWidth)}` +
      `  (budget ${budget.limit})  ${verdict(budget.pass)}`,
  );
  return ['', '## Budgets', ...lines].join('\n');
}

/** Whether a figure is within its limit; null (not measured) when the figure is missing. */
export function within(value: number | null | undefined, limit: number): boolean | null {
  if (value === null || value === undefined || !Number.isFinite(value)) return null;
  return value <= limit;
}
