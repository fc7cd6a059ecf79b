import { toCsv } from './csv';

describe('RFC 4180 CSV', () => {
  it('ends every record with CRLF and quotes fields holding quotes, commas and line breaks', () => {
    expect(
      toCsv(
        ['a', 'b'],
        [
          ['plain', 'Ja, aber "nein"'],
          ['zwei\nZeilen', 'cr\rlf'],
        ],
      ),
    ).toBe('a,b\r\nplain,"Ja, aber ""nein"""\r\n"zwei\nZeilen","cr\rlf"\r\n');
  });

  it('writes numbers, booleans and null as plain cells', () => {
    expect(toCsv(['n', 'neg', 'flag', 'empty'], [[0.25, -3, true, null]])).toBe(
      'n,neg,flag,empty\r\n0.25,-3,true,\r\n',
    );
  });

  it('neutralises text a spreadsheet would run as a formula, but not negative numbers given as numbers', () => {
    const csv = toCsv(
      ['cell'],
      [['=HYPERLINK("http://x")'], ['+1'], ['-1'], ['@SUM(A1)'], ['\tx'], ['\rx'], [-1], ['a=b']],
    );
    expect(csv.split('\r\n').slice(1, -1)).toEqual([
      `"'=HYPERLINK(""http://x"")"`,
      "'+1",
      "'-1",
      "'@SUM(A1)",
      "'\tx",
      `"'\rx"`,
      '-1',
      'a=b',
    ]);
  });

  it('neutralises the header too and rejects rows of the wrong width or non-finite numbers', () => {
    expect(toCsv(['=cmd'], [])).toBe("'=cmd\r\n");
    expect(() => toCsv(['a', 'b'], [['only one']])).toThrow(/row 1 has 1 cells, the header 2/);
    expect(() => toCsv(['a'], [[Number.NaN]])).toThrow(RangeError);
  });
});
