import { isRetrainDue } from './model-retrain-schedule';

const HOUR_MS = 3_600_000;

describe('when a scheduled training is due', () => {
  const trainedAt = Date.parse('2024-03-01T00:00:00.000Z');

  it('is due the given hours after the newest version was trained', () => {
    expect(isRetrainDue(trainedAt + 24 * HOUR_MS - 1, trainedAt, 0, 24)).toBe(false);
    expect(isRetrainDue(trainedAt + 24 * HOUR_MS, trainedAt, 0, 24)).toBe(true);
  });

  it('waits as long again after an attempt that trained nothing', () => {
    const attempt = trainedAt + 30 * HOUR_MS;
    expect(isRetrainDue(attempt + 23 * HOUR_MS, trainedAt, attempt, 24)).toBe(false);
    expect(isRetrainDue(attempt + 24 * HOUR_MS, trainedAt, attempt, 24)).toBe(true);
  });

  it('is never due when the schedule is off', () => {
    expect(isRetrainDue(trainedAt + 1000 * HOUR_MS, trainedAt, 0, 0)).toBe(false);
  });
});
