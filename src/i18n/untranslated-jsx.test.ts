// No text reaches the screen from a JSX literal: JSX text, string literals in JSX expressions and the
// user-visible attributes (aria-label, title, placeholder, alt, label) must come from a message catalogue.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '..');
const VISIBLE_ATTRIBUTES = new Set([
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-valuetext',
  'title',
  'placeholder',
  'alt',
  'label',
]);
// Elements whose text is a specification name or code, shown as it is in every language.
const VERBATIM_ELEMENTS = new Set(['code', 'kbd', 'samp', 'var']);
// Words that stay the same in every language: algorithm and format names (RS256, ES256K, JWKS, PEM,
// Ed25519: all capitals or with a digit), claim paths and parameter names (given_name, address.street,
// vct#integrity) and library names.
// Runs on single words of this repository's own source files, never on user text.
const SPEC_WORD =
  // eslint-disable-next-line regexp/no-super-linear-backtracking
  /^(?:[A-Za-z0-9+_.-]*\d[A-Za-z0-9+_.-]*|[A-Z][A-Z0-9+_.-]+|[\w.#[\]-]*[_#.[][\w.#[\]-]*|jose|jsonwebtoken|PyJWT)$/;
const SEPARATORS = /[\s·,:;()/|→=…]+/;
// Files still being translated: remove a file from this list once its JSX text comes from a catalogue.
const PENDING = new Set<string>([]);

const LETTER = /\p{L}/u;

function tsxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return tsxFiles(path);
    return entry.name.endsWith('.tsx') && !entry.name.endsWith('.test.tsx') ? [path] : [];
  });
}

function isVisibleText(text: string): boolean {
  const trimmed = text.trim();
  if (!LETTER.test(trimmed)) return false;
  return !trimmed
    .split(SEPARATORS)
    .filter((word) => LETTER.test(word))
    .every((word) => SPEC_WORD.test(word));
}

function insideVerbatim(node: ts.Node): boolean {
  for (let p = node.parent; p; p = p.parent) {
    if (ts.isJsxElement(p)) {
      const tag = p.openingElement.tagName.getText();
      if (VERBATIM_ELEMENTS.has(tag)) return true;
    }
    if (ts.isJsxAttribute(p)) return false;
  }
  return false;
}

/** String literals an expression can evaluate to directly: `'a'`, `c ? 'a' : 'b'`, `c && 'a'`, `` `a ${b}` ``. */
function literalsOf(expr: ts.Expression | undefined): ts.Node[] {
  if (!expr) return [];
  if (ts.isParenthesizedExpression(expr)) return literalsOf(expr.expression);
  if (ts.isStringLiteral(expr) || ts.isNoSubstitutionTemplateLiteral(expr)) return [expr];
  if (ts.isTemplateExpression(expr)) return [expr.head, ...expr.templateSpans.map((s) => s.literal)];
  if (ts.isConditionalExpression(expr)) return [...literalsOf(expr.whenTrue), ...literalsOf(expr.whenFalse)];
  if (ts.isBinaryExpression(expr)) {
    const op = expr.operatorToken.kind;
    if (op === ts.SyntaxKind.PlusToken) return [...literalsOf(expr.left), ...literalsOf(expr.right)];
    if (
      op === ts.SyntaxKind.AmpersandAmpersandToken ||
      op === ts.SyntaxKind.BarBarToken ||
      op === ts.SyntaxKind.QuestionQuestionToken
    )
      return [...literalsOf(expr.left), ...literalsOf(expr.right)];
  }
  return [];
}

function literalText(node: ts.Node): string {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) return node.text;
  return node.getText();
}

/** Each piece of untranslated visible text in one file, as `line: text`. */
export function findUntranslated(path: string, source = readFileSync(path, 'utf8')): string[] {
  const file = ts.createSourceFile(path, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const report = (node: ts.Node, text: string) => {
    const { line } = file.getLineAndCharacterOfPosition(node.getStart());
    found.push(`${line + 1}: ${text.trim().replace(/\s+/g, ' ')}`);
  };
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && isVisibleText(node.text) && !insideVerbatim(node)) report(node, node.text);
    if (ts.isJsxExpression(node) && !ts.isJsxAttribute(node.parent) && !insideVerbatim(node)) {
      for (const lit of literalsOf(node.expression))
        if (isVisibleText(literalText(lit))) report(lit, literalText(lit));
    }
    if (ts.isJsxAttribute(node) && VISIBLE_ATTRIBUTES.has(node.name.getText())) {
      const init = node.initializer;
      const lits = !init
        ? []
        : ts.isStringLiteral(init)
          ? [init]
          : ts.isJsxExpression(init)
            ? literalsOf(init.expression)
            : [];
      for (const lit of lits)
        if (isVisibleText(literalText(lit))) report(lit, `${node.name.getText()}=${literalText(lit)}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

const files = tsxFiles(SRC).map((path) => [relative(SRC, path).split('\\').join('/'), path] as const);

describe('JSX text comes from the message catalogues', () => {
  it.each(files.filter(([name]) => !PENDING.has(name)))('%s has no untranslated text', (_name, path) => {
    expect(findUntranslated(path)).toEqual([]);
  });

  it('lists only files that exist as pending', () => {
    const names = new Set(files.map(([name]) => name));
    for (const name of PENDING) expect(names.has(name), name).toBe(true);
  });

  it('catches text, literals in expressions and visible attributes, and lets spec names and code through', () => {
    const sample = `
      export const A = () => (
        <div title="Copy the token" aria-label={busy ? 'Checking' : t.done} data-testid="x-y">
          Hello reader {ok ? 'Valid' : t.invalid} {n && \`\${n} items\`}
          <code>exp</code> RS256 · {' '} {t.fine}
          <input placeholder={t.placeholder} alt="" />
        </div>
      );`;
    expect(findUntranslated('sample.tsx', sample)).toEqual([
      '3: title=Copy the token',
      '3: aria-label=Checking',
      '4: Hello reader',
      '4: Valid',
      '4: items',
    ]);
  });
});
