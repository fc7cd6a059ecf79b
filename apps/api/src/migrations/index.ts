import { InitialSchema1763719200000 } from './1763719200000-initial-schema';
import { AccountsSectionsSearch1763722800000 } from './1763722800000-accounts-sections-search';
import { ApiKeys1763726400000 } from './1763726400000-api-keys';
import { TrendsAlerts1763730000000 } from './1763730000000-trends-alerts';
import { TrendRankingIndex1763733600000 } from './1763733600000-trend-ranking-index';
import { PolicySettings1763737200000 } from './1763737200000-policy-settings';
import { PrivacyErasures1763740800000 } from './1763740800000-privacy-erasures';

/** Every migration in order; listed by hand so the bundled server needs no file globbing. */
export const MIGRATIONS = [InitialSchema1763719200000, AccountsSectionsSearch1763722800000, ApiKeys1763726400000, TrendsAlerts1763730000000, TrendRankingIndex1763733600000, PolicySettings1763737200000, PrivacyErasures1763740800000];
