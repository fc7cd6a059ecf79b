import type { HostileAlertView } from '@tenor/contracts';
import { DEFAULT_QUEUE_VIEW, queueViewParameters } from '../queue/queue-view';

/** The /queue query parameters listing an alert's comments: every status, its article, its window. */
export function alertCommentsParameters(
  alert: Pick<HostileAlertView, 'articleId' | 'windowStart' | 'windowEnd'>,
): Record<string, string> {
  return queueViewParameters({
    ...DEFAULT_QUEUE_VIEW,
    tab: 'all',
    articleId: alert.articleId,
    from: alert.windowStart,
    to: alert.windowEnd,
  });
}
