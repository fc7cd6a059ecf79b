/** Turns a query object (CommentQuery, AuditQuery, TrendQuery…) into URL parameters, leaving out absent values and writing booleans as true/false. */
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
