export default {
  displayName: 'insights',
  preset: '../../jest.preset.js',
  rootDir: '.',
};
