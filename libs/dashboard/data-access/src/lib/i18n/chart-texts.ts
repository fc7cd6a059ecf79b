import { MODERATION_ACTIONS, RISK_CATEGORIES } from '@tenor/contracts';
import type { ModerationAction, RiskCategory } from '@tenor/contracts';
import type { I18n } from './i18n';

/** The translated series and axis names of the trend charts, in the shape the chart option builders take. */
export function trendChartTexts(i18n: I18n) {
  return {
    locale: i18n.locale(),
    meanCompound: i18n.t('trends.meanCompound'),
    volume: i18n.t('trends.volume'),
    flaggedShare: i18n.t('trends.flaggedShare'),
    decisions: i18n.t('trends.decisions'),
    previous: i18n.t('trends.previous', { series: '{series}' }),
    shareAxis: i18n.t('trends.shareAxis'),
    toneAxis: i18n.t('trends.toneAxis'),
    countAxis: i18n.t('trends.countAxis'),
    publication: i18n.t('article.publication'),
    alert: i18n.t('article.alertEpisode'),
    tones: {
      positive: i18n.t('tone.positive'),
      neutral: i18n.t('tone.neutral'),
      negative: i18n.t('tone.negative'),
    },
    categories: Object.fromEntries(
      RISK_CATEGORIES.map((category) => [category, i18n.t(`category.${category}` as const)]),
    ) as Record<RiskCategory, string>,
    actions: Object.fromEntries(
      MODERATION_ACTIONS.map((action) => [action, i18n.t(`action.${action}` as const)]),
    ) as Record<ModerationAction, string>,
  };
}
