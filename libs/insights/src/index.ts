export * from './lib/berlin-time';
export * from './lib/bucket-ranges';
export * from './lib/rollup-counts';
export * from './lib/fold-series';
export * from './lib/hostile-threads';
export * from './lib/csv';
export * from './lib/series-csv';
