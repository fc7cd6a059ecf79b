export * from './lib/scoring';
export * from './lib/api';
export * from './lib/accounts';
export * from './lib/trends';
export * from './lib/policy';
export * from './lib/privacy';
export * from './lib/field-limits';
