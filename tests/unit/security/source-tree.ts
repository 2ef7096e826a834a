/**
 * Helpers for the static checks: list the extension's own source files and
 * read them with comments removed, so a comment that names a banned API
 * ("never use innerHTML here") does not count as using it.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

export const ROOT = join(import.meta.dirname, '..', '..', '..');

/** The folders whose code ships inside the extension. */
export const SOURCE_DIRS = ['entrypoints', 'components', 'utils'];

const SOURCE_FILE = /\.(ts|tsx|js|mjs|html|css)$/;

function walk(dir: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    // A folder nobody has created yet holds no violations.
    return [];
  }
  return entries.flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** Repo-relative paths of every shipped source file, sorted for stable failure messages. */
export function sourceFiles(extensions: RegExp = SOURCE_FILE): string[] {
  return SOURCE_DIRS.flatMap((dir) => walk(join(ROOT, dir)))
    .filter((path) => extensions.test(path))
    .map((path) => relative(ROOT, path))
    .sort();
}

/** Every file under a folder of the repo (for example the built extension). */
export function filesUnder(dir: string): string[] {
  return walk(join(ROOT, dir)).map((path) => relative(ROOT, path));
}

export function readSource(path: string): string {
  return readFileSync(join(ROOT, path), 'utf8');
}

/**
 * Returns the code with every comment blanked out. The comment ranges come
 * from TypeScript's parser, so "//" inside strings, URLs and regular
 * expressions is left alone; newlines are kept so line numbers still match.
 */
export function withoutComments(code: string, path: string): string {
  const kind = path.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const file = ts.createSourceFile(path, code, ts.ScriptTarget.Latest, true, kind);
  const chars = code.split(''); // UTF-16 units, as the parser counts
  const blank = (range: ts.CommentRange) => {
    for (let i = range.pos; i < range.end; i += 1) if (chars[i] !== '\n') chars[i] = ' ';
  };

  const visit = (node: ts.Node) => {
    // JSX text is page text, not code: a "//" in it starts no comment.
    if (node.kind === ts.SyntaxKind.JsxText) return;
    // A comment after code on the same line is "trailing" to that code; all others lead the next token.
    ts.getLeadingCommentRanges(code, node.pos)?.forEach(blank);
    ts.getTrailingCommentRanges(code, node.end)?.forEach(blank);
    node.getChildren(file).forEach(visit);
  };
  visit(file);
  return chars.join('');
}

/** The code of a source file as the checks should see it. */
export function codeOf(path: string): string {
  const text = readSource(path);
  if (!/\.(ts|tsx|js|mjs)$/.test(path)) return text;
  return withoutComments(text, path);
}

export interface Hit {
  file: string;
  line: number;
  text: string;
}

/** Every line of `files` where `pattern` matches the comment-free code. */
export function findHits(files: string[], pattern: RegExp): Hit[] {
  return files.flatMap((file) =>
    codeOf(file)
      .split('\n')
      .map((text, index) => ({ file, line: index + 1, text: text.trim() }))
      .filter((hit) => pattern.test(hit.text)),
  );
}

/** Formats hits as "file:line  code" so a failing test points at the place. */
export function describeHits(hits: Hit[]): string[] {
  return hits.map((hit) => `${hit.file}:${hit.line}  ${hit.text.slice(0, 120)}`);
}
