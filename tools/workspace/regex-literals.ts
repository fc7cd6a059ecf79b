import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

/** A regular expression written in the source: its pattern and flags, and where it is. */
export interface SourceRegex {
  /** `path:line`, relative to the repository root. */
  location: string;
  source: string;
  flags: string;
  /** `literal` for `/…/`, `constructor` for `new RegExp(…)` / `RegExp(…)` with a pattern known before run time. */
  form: 'literal' | 'constructor';
}

/** What the scan found: the regexes, and the `new RegExp(…)` calls whose pattern is only known at run time. */
export interface RegexScan {
  regexes: SourceRegex[];
  /** `path:line` of each constructor call whose pattern depends on run-time values (a word list, a user's pattern). */
  dynamic: string[];
}

// Specs, generated lexicon modules (data, not code; their phrase patterns come from de-risk-phrases.tsv) and
// declaration files hold no regex that runs in production.
const SKIPPED_FILE = /(?:\.spec\.ts|\.e2e-spec\.ts|\.d\.ts)$/;
const SKIPPED_FOLDERS = new Set(['node_modules', 'dist', 'generated', 'coverage', '.angular', '.nx']);

/** The TypeScript files (not specs) under the folders, sorted. */
export function sourceFilesUnder(root: string, folders: readonly string[]): string[] {
  const files: string[] = [];
  const visit = (directory: string): void => {
    for (const entry of readdirSync(directory, { withFileTypes: true })) {
      const path = join(directory, entry.name);
      if (entry.isDirectory()) {
        if (!SKIPPED_FOLDERS.has(entry.name)) visit(path);
      } else if (entry.name.endsWith('.ts') && !SKIPPED_FILE.test(entry.name)) {
        files.push(path);
      }
    }
  };
  for (const folder of folders) visit(join(root, folder));
  return files.sort();
}

/**
 * Every regex literal and every `new RegExp(pattern, flags?)` whose arguments are known without running the code:
 * string literals, templates and `+` over them, numbers, and `const`s of the same file holding such values (so
 * `new RegExp(\`^(${NAME_PATTERN})\\s+…\`)` is checked with its name pattern filled in).
 */
export function findSourceRegexes(root: string, files: readonly string[]): RegexScan {
  const scan: RegexScan = { regexes: [], dynamic: [] };
  for (const file of files) {
    const sourceFile = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const constants = constantInitializers(sourceFile);
    const locationOf = (node: ts.Node) =>
      `${relative(root, file)}:${sourceFile.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
    const visit = (node: ts.Node): void => {
      if (ts.isRegularExpressionLiteral(node)) {
        const text = node.text;
        const lastSlash = text.lastIndexOf('/');
        scan.regexes.push({
          location: locationOf(node),
          source: text.slice(1, lastSlash),
          flags: text.slice(lastSlash + 1),
          form: 'literal',
        });
      } else if (isRegExpConstruction(node) && node.arguments !== undefined && node.arguments.length > 0) {
        const [patternArgument, flagsArgument] = node.arguments;
        const source = constantValue(patternArgument, constants, new Set());
        const flags = flagsArgument === undefined ? '' : constantValue(flagsArgument, constants, new Set());
        if (typeof source === 'string' && typeof flags === 'string') {
          scan.regexes.push({ location: locationOf(node), source, flags, form: 'constructor' });
        } else {
          scan.dynamic.push(locationOf(node));
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(sourceFile);
  }
  return scan;
}

/**
 * The string values of every property `name: '…'` in a file, as regexes with the given flags: the risk phrases of the
 * generated lexicon carry their pattern as `regexSource`, compiled at run time.
 */
export function findPatternProperties(
  root: string,
  file: string,
  name: string,
  flags: string,
): SourceRegex[] {
  const sourceFile = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const regexes: SourceRegex[] = [];
  const visit = (node: ts.Node): void => {
    if (
      ts.isPropertyAssignment(node) &&
      ts.isIdentifier(node.name) &&
      node.name.text === name &&
      (ts.isStringLiteral(node.initializer) || ts.isNoSubstitutionTemplateLiteral(node.initializer))
    ) {
      const line = sourceFile.getLineAndCharacterOfPosition(node.getStart()).line + 1;
      regexes.push({
        location: `${relative(root, file)}:${line}`,
        source: node.initializer.text,
        flags,
        form: 'constructor',
      });
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return regexes;
}

function isRegExpConstruction(node: ts.Node): node is ts.NewExpression | ts.CallExpression {
  return (
    (ts.isNewExpression(node) || ts.isCallExpression(node)) &&
    ts.isIdentifier(node.expression) &&
    node.expression.text === 'RegExp'
  );
}

/** The initializers of the file's `const` declarations by name (any depth; a shadowing name is simply not resolved). */
function constantInitializers(sourceFile: ts.SourceFile): Map<string, ts.Expression | null> {
  const constants = new Map<string, ts.Expression | null>();
  const visit = (node: ts.Node): void => {
    if (ts.isVariableDeclarationList(node) && (node.flags & ts.NodeFlags.Const) !== 0) {
      for (const declaration of node.declarations) {
        if (!ts.isIdentifier(declaration.name) || declaration.initializer === undefined) continue;
        const name = declaration.name.text;
        // Two constants of one name in different scopes: ambiguous, so neither is used.
        constants.set(name, constants.has(name) ? null : declaration.initializer);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return constants;
}

/** The string or number an expression always evaluates to, or undefined when that needs the program to run. */
function constantValue(
  node: ts.Expression,
  constants: ReadonlyMap<string, ts.Expression | null>,
  resolving: Set<string>,
): string | number | undefined {
  const valueOf = (child: ts.Expression) => constantValue(child, constants, resolving);
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isNumericLiteral(node)) return Number(node.text);
  if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node) || ts.isSatisfiesExpression(node)) {
    return valueOf(node.expression);
  }
  if (ts.isTemplateExpression(node)) {
    let text = node.head.text;
    for (const span of node.templateSpans) {
      const value = valueOf(span.expression);
      if (value === undefined) return undefined;
      text += `${value}${span.literal.text}`;
    }
    return text;
  }
  if (ts.isBinaryExpression(node)) {
    const left = valueOf(node.left);
    const right = valueOf(node.right);
    if (left === undefined || right === undefined) return undefined;
    switch (node.operatorToken.kind) {
      case ts.SyntaxKind.PlusToken:
        return typeof left === 'number' && typeof right === 'number' ? left + right : `${left}${right}`;
      case ts.SyntaxKind.MinusToken:
        return typeof left === 'number' && typeof right === 'number' ? left - right : undefined;
      case ts.SyntaxKind.AsteriskToken:
        return typeof left === 'number' && typeof right === 'number' ? left * right : undefined;
      default:
        return undefined;
    }
  }
  if (ts.isIdentifier(node)) {
    const initializer = constants.get(node.text);
    if (initializer === undefined || initializer === null || resolving.has(node.text)) return undefined;
    resolving.add(node.text);
    const value = valueOf(initializer);
    resolving.delete(node.text);
    return value;
  }
  return undefined;
}
