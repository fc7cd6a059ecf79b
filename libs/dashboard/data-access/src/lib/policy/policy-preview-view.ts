import type { PolicyPreview, PolicyQueue, ReapplyJobView } from '@tenor/contracts';

/** How much a queue would grow (positive) or shrink (negative) under a preview: moves into it minus moves out of it. */
export function queueCountChange(preview: Pick<PolicyPreview, 'moves'>, queue: PolicyQueue): number {
  return preview.moves.reduce(
    (change, move) => change + (move.to === queue ? move.count : 0) - (move.from === queue ? move.count : 0),
    0,
  );
}

/** Whether a preview read only the newest comments, so its counts are a lower bound for the whole site. */
export function isPartialPreview(preview: Pick<PolicyPreview, 'scanned' | 'total'>): boolean {
  return preview.scanned < preview.total;
}

/** Whether a re-apply run is still going (the page polls it then). */
export function isJobRunning(job: Pick<ReapplyJobView, 'state'> | null): boolean {
  return job !== null && job.state === 'running';
}

/** A run's progress, 0..1; a run over no comments counts as complete. */
export function reapplyProgress(job: Pick<ReapplyJobView, 'processed' | 'total'>): number {
  return job.total <= 0 ? 1 : Math.min(Math.max(job.processed / job.total, 0), 1);
}
