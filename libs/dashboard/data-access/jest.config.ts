export default {
  displayName: 'dashboard-data-access',
  preset: '../../../jest.preset.js',
  rootDir: '.',
};
