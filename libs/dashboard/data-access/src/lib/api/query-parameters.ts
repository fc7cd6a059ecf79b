/** Filters of GET /api/trends/tone (all optional). */
export interface ToneTrendQuery {
  /** ISO date, inclusive. */
  from?: string;
  /** ISO date, exclusive. */
  to?: string;
  articleId?: number;
}

/** Turns a query object (CommentQuery, AuditQuery, ToneTrendQuery…) into URL parameters, leaving out absent values and writing booleans as true/false. */
export function toQueryParameters(query: object): Record<string, string> {
  const parameters: Record<string, string> = {};
  for (const [name, value] of Object.entries(query) as [string, unknown][]) {
    if (value === undefined || value === null || value === '') {
      continue;
    }
    parameters[name] = String(value);
  }
  return parameters;
}
