import type { CommentTrendPoint } from '@tenor/contracts';
import { bucketRanges } from './bucket-ranges';
import { commentPointOf, decisionPointOf } from './fold-series';
import { emptyCommentCounts, emptyDecisionCounts } from './rollup-counts';
import { commentSeriesCsv, decisionSeriesCsv } from './series-csv';

const [monday, tuesday] = bucketRanges('2022-01-24', '2022-01-26', 'day');
const [previousSaturday] = bucketRanges('2022-01-22', '2022-01-24', 'day');

function commentPoint(
  range: typeof monday,
  counts: Partial<ReturnType<typeof emptyCommentCounts>>,
): CommentTrendPoint {
  return commentPointOf(range, { ...emptyCommentCounts(), ...counts });
}

describe('series as CSV', () => {
  it('writes a comment series with readable columns, rounded shares and an empty mean for an empty bucket', () => {
    const csv = commentSeriesCsv([
      commentPoint(monday, {
        count: 3,
        compoundSumE4: -12345,
        negative: 2,
        neutral: 1,
        flagged: 1,
        insult: 1,
        personalData: 1,
      }),
      commentPoint(tuesday, {}),
    ]);
    expect(csv.split('\r\n')).toEqual([
      'label,start,end,count,mean_compound,positive_share,neutral_share,negative_share,flagged,flagged_share,insult,profanity,threat,hate,spam,personal_data',
      '2022-01-24,2022-01-23T23:00:00.000Z,2022-01-24T23:00:00.000Z,3,-0.4115,0,0.3333,0.6667,1,0.3333,1,0,0,0,0,1',
      '2022-01-25,2022-01-24T23:00:00.000Z,2022-01-25T23:00:00.000Z,0,,0,0,0,0,0,0,0,0,0,0,0',
      '',
    ]);
  });

  it('puts the previous period beside the current one, bucket by bucket', () => {
    const csv = commentSeriesCsv(
      [commentPoint(monday, { count: 2, positive: 2, compoundSumE4: 10_000 }), commentPoint(tuesday, {})],
      [commentPoint(previousSaturday, { count: 1, neutral: 1 })],
    );
    const [header, first, second] = csv.split('\r\n');
    const columns = header.split(',');
    expect(columns).toHaveLength(32);
    expect(columns.slice(16, 20)).toEqual([
      'previous_label',
      'previous_start',
      'previous_end',
      'previous_count',
    ]);
    expect(first.split(',').slice(0, 5)).toEqual(['2022-01-24', monday.start, monday.end, '2', '0.5']);
    expect(first.split(',').slice(16, 20)).toEqual([
      '2022-01-22',
      previousSaturday.start,
      previousSaturday.end,
      '1',
    ]);
    expect(second.split(',').slice(16)).toEqual(Array(16).fill(''));
  });

  it('writes a decision series with total and one column per action', () => {
    const csv = decisionSeriesCsv([
      decisionPointOf(monday, { ...emptyDecisionCounts(), approve: 5, reject: 2, undo: 1 }),
    ]);
    expect(csv).toBe(
      'label,start,end,total,approve,reject,escalate,undo\r\n' +
        '2022-01-24,2022-01-23T23:00:00.000Z,2022-01-24T23:00:00.000Z,8,5,2,0,1\r\n',
    );
  });
});
