import { JsonSyntaxError, readJson } from './json-reader';

function syntaxErrorOf(text: string): JsonSyntaxError {
  try {
    readJson(text);
  } catch (error) {
    if (error instanceof JsonSyntaxError) return error;
    throw error;
  }
  throw new Error('expected a JsonSyntaxError, nothing was thrown');
}

describe('readJson', () => {
  it('reads the same values as JSON.parse', () => {
    const text =
      '{"a": [1, -2.5e3, 0, true, false, null], "b": {"c": "x\\"y\\\\z\\u00e4\\n\\/"}, "d": "Grüße 😀", "e": []}';
    expect(readJson(text).value).toEqual(JSON.parse(text));
  });

  it('remembers the start line of each element of top-level arrays only', () => {
    const text =
      '{\n"comments": [\n  {"a": [1,\n 2]},\n\n  {"b": 1}\n],\n"articles": [], "other": {"x": [1]}\n}';
    const { elementLines } = readJson(text);
    expect(elementLines.get('comments')).toEqual([3, 6]);
    expect(elementLines.get('articles')).toEqual([]);
    expect(elementLines.has('x')).toBe(false);
  });

  it('counts CRLF and lone CR as one line break each', () => {
    expect(readJson('{"comments": [\r\n1,\r\n2,\r3]}').elementLines.get('comments')).toEqual([2, 3, 4]);
  });

  it('keeps a "__proto__" key as an own property', () => {
    const value = readJson('{"__proto__": {"polluted": true}}').value as Record<string, unknown>;
    expect(Object.keys(value)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it.each([
    ['{"a":}', 1, 6, "unexpected character '}'"],
    ['{"a": 1,}', 1, 9, 'expected a double-quoted property name'],
    ['[1,2,,3]', 1, 6, "unexpected character ','"],
    ['{"a": tru}', 1, 7, "unexpected character 't'"],
    ['{\n  "a" 1\n}', 2, 7, "expected ':' after the property name"],
    ['{\n  "a": "x\ny"\n}', 2, 10, 'unescaped control character U+000A in a string'],
    ['{"a": 1} x', 1, 10, 'unexpected content after the JSON value'],
    ['', 1, 1, 'unexpected end of input'],
    ['{"a": "\\x"}', 1, 8, 'invalid escape \\x'],
    ['{"a": 01}', 1, 8, "expected ',' or '}' after the property value"],
    ['{"a": [1 2]}', 1, 10, "expected ',' or ']' after the array element"],
    ['{"a": "open', 1, 12, 'unterminated string'],
    ['{\n  "body": "x",\n  "body": "y"\n}', 3, 3, 'duplicate property "body"'],
  ])('reports %j at line %i, column %i', (text, line, column, detail) => {
    expect(syntaxErrorOf(text)).toMatchObject({ line, column, detail });
  });

  it('refuses nesting deeper than 64 levels instead of overflowing the stack', () => {
    expect(syntaxErrorOf('['.repeat(100_000)).detail).toBe('nesting deeper than 64 levels');
  });
});
