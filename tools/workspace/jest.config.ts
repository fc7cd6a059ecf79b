export default {
  displayName: 'workspace-checks',
  preset: '../../jest.preset.js',
  rootDir: '.',
  // Computing the Nx project graph and linting takes a few seconds.
  testTimeout: 120000,
};
