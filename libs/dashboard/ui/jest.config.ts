export default {
  displayName: 'dashboard-ui',
  preset: '../../../jest.preset.js',
  rootDir: '.',
};
