import { RISK_CATEGORIES } from '@tenor/contracts';
import { RISK_CATEGORY_ORDER } from './risk-categories';

describe('RISK_CATEGORY_ORDER', () => {
  it("equals the contract's RISK_CATEGORIES", () => {
    expect([...RISK_CATEGORY_ORDER]).toEqual([...RISK_CATEGORIES]);
  });
});
