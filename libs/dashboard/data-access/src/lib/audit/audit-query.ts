import { MODERATION_ACTIONS, REJECT_REASONS } from '@tenor/contracts';
import type { AuditQuery, ModerationAction, RejectReason } from '@tenor/contracts';
import { toQueryParameters } from '../api/query-parameters';
import { nextDay } from '../time/iso-time';

/** The filters of the audit page as the inputs hold them; days are inclusive ISO dates. */
export interface AuditFilter {
  /** Username of who acted. */
  actor: string | null;
  action: ModerationAction | null;
  reason: RejectReason | null;
  fromDay: string | null;
  toDay: string | null;
}

/** No filter: the whole log. */
export const EMPTY_AUDIT_FILTER: AuditFilter = {
  actor: null,
  action: null,
  reason: null,
  fromDay: null,
  toDay: null,
};

/** Where the CSV export lives. */
export const AUDIT_CSV_PATH = '/api/audit.csv';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The GET /api/audit query of a filter; the inclusive end day becomes the exclusive next day. */
export function auditQueryForFilter(filter: AuditFilter): AuditQuery {
  const query: AuditQuery = {};
  const actor = filter.actor?.trim();
  if (actor) query.actor = actor;
  if (filter.action !== null && (MODERATION_ACTIONS as readonly string[]).includes(filter.action))
    query.action = filter.action;
  if (filter.reason !== null && (REJECT_REASONS as readonly string[]).includes(filter.reason))
    query.reason = filter.reason;
  if (filter.fromDay !== null && ISO_DAY.test(filter.fromDay)) query.from = filter.fromDay;
  if (filter.toDay !== null && ISO_DAY.test(filter.toDay)) query.to = nextDay(filter.toDay);
  return query;
}

/** The link that downloads the log as CSV with the same filters (all pages). */
export function auditCsvHref(filter: AuditFilter): string {
  const search = new URLSearchParams(toQueryParameters(auditQueryForFilter(filter))).toString();
  return search === '' ? AUDIT_CSV_PATH : `${AUDIT_CSV_PATH}?${search}`;
}

/** Whether any audit filter is set. */
export function hasAuditFilter(filter: AuditFilter): boolean {
  return Object.keys(auditQueryForFilter(filter)).length > 0;
}
