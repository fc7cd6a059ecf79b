import {
  AUDIT_CSV_PATH,
  EMPTY_AUDIT_FILTER,
  auditCsvHref,
  auditQueryForFilter,
  hasAuditFilter,
} from './audit-query';

describe('auditQueryForFilter', () => {
  it('asks for the whole log without a filter', () => {
    expect(auditQueryForFilter(EMPTY_AUDIT_FILTER)).toEqual({});
  });

  it('trims the actor and turns the inclusive end day into the exclusive next day', () => {
    expect(
      auditQueryForFilter({
        actor: ' admin ',
        action: 'reject',
        reason: 'insult',
        fromDay: '2026-11-01',
        toDay: '2026-11-30',
      }),
    ).toEqual({
      actor: 'admin',
      action: 'reject',
      reason: 'insult',
      from: '2026-11-01',
      to: '2026-12-01',
    });
  });

  it('drops blank actors and malformed days', () => {
    expect(auditQueryForFilter({ ...EMPTY_AUDIT_FILTER, actor: '  ', fromDay: '1.11.2026' })).toEqual({});
  });
});

describe('auditCsvHref', () => {
  it('links the bare export without filters', () => {
    expect(auditCsvHref(EMPTY_AUDIT_FILTER)).toBe(AUDIT_CSV_PATH);
  });

  it('carries the same filters, URL-encoded', () => {
    expect(
      auditCsvHref({ ...EMPTY_AUDIT_FILTER, actor: 'anna b', reason: 'personal-data', toDay: '2026-11-21' }),
    ).toBe('/api/audit.csv?actor=anna+b&reason=personal-data&to=2026-11-22');
  });
});

describe('hasAuditFilter', () => {
  it('is true once any usable filter is set', () => {
    expect(hasAuditFilter(EMPTY_AUDIT_FILTER)).toBe(false);
    expect(hasAuditFilter({ ...EMPTY_AUDIT_FILTER, action: 'undo' })).toBe(true);
  });
});
