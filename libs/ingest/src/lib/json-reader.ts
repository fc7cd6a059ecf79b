// Records are flat objects; anything nested deeper than this is not an import file, and the limit keeps
// a hostile file from exhausting the call stack of this recursive reader.
const MAX_NESTING_DEPTH = 64;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPES: Record<string, string> = {
  '"': '"',
  '\\': '\\',
  '/': '/',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
};

/** A JSON syntax error with the 1-based line and column where it was found. */
export class JsonSyntaxError extends Error {
  constructor(
    readonly line: number,
    readonly column: number,
    readonly detail: string,
  ) {
    super(`line ${line}, column ${column}: ${detail}`);
    this.name = 'JsonSyntaxError';
  }
}

/** A parsed JSON text and where its records start. */
export interface JsonReadResult {
  value: unknown;
  /** For each property of the top-level object whose value is an array: the 1-based start line of every element. */
  elementLines: Map<string, number[]>;
}

/**
 * Parses strict JSON (RFC 8259) like `JSON.parse`, but reports the line and column of any syntax error
 * (V8's messages often omit the position), refuses duplicate property names, and remembers the line
 * each top-level array element starts on.
 */
export function readJson(text: string): JsonReadResult {
  return new JsonReader(text).read();
}

class JsonReader {
  private position = 0;
  private line = 1;
  private lineStart = 0;
  private readonly elementLines = new Map<string, number[]>();

  constructor(private readonly text: string) {}

  read(): JsonReadResult {
    this.skipWhitespace();
    const value = this.readValue(0, true);
    this.skipWhitespace();
    if (this.position < this.text.length) this.fail('unexpected content after the JSON value');
    return { value, elementLines: this.elementLines };
  }

  private readValue(depth: number, isRoot: boolean, arrayKey?: string): unknown {
    if (depth > MAX_NESTING_DEPTH) this.fail(`nesting deeper than ${MAX_NESTING_DEPTH} levels`);
    const char = this.text[this.position];
    switch (char) {
      case '{':
        return this.readObject(depth, isRoot);
      case '[':
        return this.readArray(depth, arrayKey);
      case '"':
        return this.readString();
      case 't':
        return this.readLiteral('true', true);
      case 'f':
        return this.readLiteral('false', false);
      case 'n':
        return this.readLiteral('null', null);
      default:
        if (char === '-' || (char >= '0' && char <= '9')) return this.readNumber();
        return this.fail(
          char === undefined ? 'unexpected end of input' : `unexpected character ${describe(char)}`,
        );
    }
  }

  private readObject(depth: number, isRoot: boolean): Record<string, unknown> {
    const result: Record<string, unknown> = {};
    this.position++;
    this.skipWhitespace();
    if (this.text[this.position] === '}') {
      this.position++;
      return result;
    }
    for (;;) {
      if (this.text[this.position] !== '"') this.fail('expected a double-quoted property name');
      const keyColumn = this.position - this.lineStart + 1;
      const key = this.readString();
      if (Object.prototype.hasOwnProperty.call(result, key)) {
        // JSON.parse silently keeps the last value; in an import file a repeated field is an exporter bug.
        throw new JsonSyntaxError(this.line, keyColumn, `duplicate property "${key}"`);
      }
      this.skipWhitespace();
      this.expect(':', "expected ':' after the property name");
      this.skipWhitespace();
      const value = this.readValue(depth + 1, false, isRoot ? key : undefined);
      // defineProperty, not assignment, so a "__proto__" key stays an own data property.
      Object.defineProperty(result, key, { value, enumerable: true, writable: true, configurable: true });
      this.skipWhitespace();
      if (this.text[this.position] === '}') {
        this.position++;
        return result;
      }
      this.expect(',', "expected ',' or '}' after the property value");
      this.skipWhitespace();
    }
  }

  private readArray(depth: number, arrayKey: string | undefined): unknown[] {
    const result: unknown[] = [];
    const lines: number[] = [];
    if (arrayKey !== undefined) this.elementLines.set(arrayKey, lines);
    this.position++;
    this.skipWhitespace();
    if (this.text[this.position] === ']') {
      this.position++;
      return result;
    }
    for (;;) {
      lines.push(this.line);
      result.push(this.readValue(depth + 1, false));
      this.skipWhitespace();
      if (this.text[this.position] === ']') {
        this.position++;
        return result;
      }
      this.expect(',', "expected ',' or ']' after the array element");
      this.skipWhitespace();
    }
  }

  private readString(): string {
    let result = '';
    let chunkStart = ++this.position;
    for (;;) {
      const char = this.text[this.position];
      if (char === undefined) this.fail('unterminated string');
      if (char === '"') {
        result += this.text.slice(chunkStart, this.position++);
        return result;
      }
      if (char < ' ') this.fail(`unescaped control character ${describe(char)} in a string`);
      if (char === '\\') {
        result += this.text.slice(chunkStart, this.position);
        result += this.readEscape();
        chunkStart = this.position;
      } else {
        this.position++;
      }
    }
  }

  private readEscape(): string {
    const char = this.text[this.position + 1];
    if (char === 'u') {
      const hex = this.text.slice(this.position + 2, this.position + 6);
      if (!/^[0-9a-fA-F]{4}$/.test(hex)) this.fail('invalid \\u escape');
      this.position += 6;
      return String.fromCharCode(parseInt(hex, 16));
    }
    const escaped = char === undefined ? undefined : ESCAPES[char];
    if (escaped === undefined) this.fail(`invalid escape \\${char ?? ''}`);
    this.position += 2;
    return escaped;
  }

  private readNumber(): number {
    NUMBER.lastIndex = this.position;
    const match = NUMBER.exec(this.text);
    if (!match) this.fail('invalid number');
    this.position += match[0].length;
    return Number(match[0]);
  }

  private readLiteral<T>(word: string, value: T): T {
    if (!this.text.startsWith(word, this.position))
      this.fail(`unexpected character ${describe(this.text[this.position])}`);
    this.position += word.length;
    return value;
  }

  private expect(char: string, message: string): void {
    if (this.text[this.position] !== char)
      this.fail(this.position >= this.text.length ? 'unexpected end of input' : message);
    this.position++;
  }

  private skipWhitespace(): void {
    for (;;) {
      const char = this.text[this.position];
      if (char === '\n' || (char === '\r' && this.text[this.position + 1] !== '\n')) {
        this.position++;
        this.line++;
        this.lineStart = this.position;
      } else if (char === ' ' || char === '\t' || char === '\r') {
        this.position++;
      } else {
        return;
      }
    }
  }

  private fail(detail: string): never {
    throw new JsonSyntaxError(this.line, this.position - this.lineStart + 1, detail);
  }
}

function describe(char: string): string {
  return char < ' ' ? `U+${char.charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()}` : `'${char}'`;
}
