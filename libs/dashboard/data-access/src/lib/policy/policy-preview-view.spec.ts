import { isJobRunning, isPartialPreview, queueCountChange, reapplyProgress } from './policy-preview-view';

describe('queueCountChange', () => {
  const moves = [
    { from: 'none', to: 'flagged', count: 7 },
    { from: 'flagged', to: 'held', count: 2 },
    { from: 'held', to: 'rejected', count: 1 },
  ] as const;

  it('counts moves into a queue minus moves out of it', () => {
    expect(queueCountChange({ moves: [...moves] }, 'flagged')).toBe(5);
    expect(queueCountChange({ moves: [...moves] }, 'held')).toBe(1);
    expect(queueCountChange({ moves: [...moves] }, 'none')).toBe(-7);
  });

  it('is zero without moves', () => {
    expect(queueCountChange({ moves: [] }, 'flagged')).toBe(0);
  });
});

describe('isPartialPreview', () => {
  it('holds when the preview read fewer comments than there are', () => {
    expect(isPartialPreview({ scanned: 5000, total: 12000 })).toBe(true);
    expect(isPartialPreview({ scanned: 40, total: 40 })).toBe(false);
  });
});

describe('re-apply runs', () => {
  it('run until they are done, failed or superseded', () => {
    expect(isJobRunning({ state: 'running' })).toBe(true);
    expect(isJobRunning({ state: 'superseded' })).toBe(false);
    expect(isJobRunning(null)).toBe(false);
  });

  it('report their progress as a share, a run over nothing as complete', () => {
    expect(reapplyProgress({ processed: 250, total: 1000 })).toBe(0.25);
    expect(reapplyProgress({ processed: 0, total: 0 })).toBe(1);
    expect(reapplyProgress({ processed: 12, total: 10 })).toBe(1);
  });
});
