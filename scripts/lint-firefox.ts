/**
 * Lints the Firefox build with Mozilla's own linter (the one AMO runs on
 * upload) and prints one line per finding instead of web-ext's wide table.
 * Exits 1 when there is any error; warnings are printed but allowed.
 *
 * Usage: npm run lint:firefox   (builds first, then runs this)
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

/** WXT 0.20 builds Firefox as Manifest V2 unless told otherwise. */
const SOURCE_DIR = '.output/firefox-mv2';

interface Finding {
  code: string;
  message: string;
  file?: string;
  line?: number;
}

interface LintReport {
  summary: { errors: number; warnings: number; notices: number };
  errors: Finding[];
  warnings: Finding[];
  notices: Finding[];
}

function runLinter(): LintReport {
  // No config discovery: a stray ~/.web-ext-config must not change what CI checks.
  const result = spawnSync(
    'npx',
    ['web-ext', 'lint', '--source-dir', SOURCE_DIR, '--output', 'json', '--no-config-discovery'],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );

  // web-ext exits non-zero on errors but still prints the JSON report.
  const start = result.stdout.indexOf('{');
  if (start < 0) {
    throw new Error(`web-ext lint printed no report:\n${result.stdout}\n${result.stderr}`);
  }
  return JSON.parse(result.stdout.slice(start)) as LintReport;
}

function describe(level: string, finding: Finding): string {
  const where = finding.file ? ` ${finding.file}${finding.line ? `:${finding.line}` : ''}` : '';
  return `  ${level.padEnd(7)} ${finding.code}${where} — ${finding.message}`;
}

function main(): void {
  if (!existsSync(path.join(SOURCE_DIR, 'manifest.json'))) {
    console.error(`No Firefox build in ${SOURCE_DIR}; run npm run build:firefox first.`);
    process.exit(2);
  }

  const report = runLinter();
  const { errors, warnings, notices } = report.summary;
  console.log(
    `web-ext lint ${SOURCE_DIR}: ${errors} errors, ${warnings} warnings, ${notices} notices`,
  );

  for (const finding of report.errors) console.log(describe('error', finding));
  for (const finding of report.warnings) console.log(describe('warning', finding));
  for (const finding of report.notices) console.log(describe('notice', finding));

  process.exit(errors > 0 ? 1 : 0);
}

main();
