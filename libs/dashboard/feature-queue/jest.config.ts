export default {
  displayName: 'dashboard-feature-queue',
  preset: '../../../jest.preset.js',
  rootDir: '.',
};
