import type { RiskCategory, TrendBucketRange } from '@tenor/contracts';
import { DEFAULT_QUEUE_VIEW, QueueView, queueViewParameters } from '../queue/queue-view';
import type { TrendView } from './trend-view';

/** The queue page, where the comments behind a chart point are listed. */
export const QUEUE_PATH = '/queue';

/** What a click on a chart hit: the bucket and, for a risk-category series, its category. */
export interface TrendPointChoice {
  bucket: TrendBucketRange;
  category: RiskCategory | null;
}

/**
 * The queue view listing the comments behind a chart point: every status ("all" tab), posted within the bucket
 * (its start and end instants), under the page's section, article and language filters, and in the clicked
 * risk category when there is one. Decisions are bucketed by decision time, so their click lists the comments
 * posted in that bucket: the closest list the queue can show.
 */
export function drillDownView(
  choice: TrendPointChoice,
  view: Pick<TrendView, 'section' | 'articleId' | 'language'>,
): QueueView {
  return {
    ...DEFAULT_QUEUE_VIEW,
    tab: 'all',
    section: view.section,
    articleId: view.articleId,
    language: view.language,
    category: choice.category,
    from: choice.bucket.start,
    to: choice.bucket.end,
  };
}

/** The /queue query parameters of a chart point's comments. */
export function drillDownParameters(
  choice: TrendPointChoice,
  view: Pick<TrendView, 'section' | 'articleId' | 'language'>,
): Record<string, string> {
  return queueViewParameters(drillDownView(choice, view));
}
