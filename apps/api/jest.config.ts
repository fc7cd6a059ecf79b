export default {
  displayName: 'api',
  preset: '../../jest.preset.js',
  rootDir: '.',
  // End-to-end specs boot the app on a real SQLite file; scoring at start takes a moment.
  testTimeout: 30000,
};
