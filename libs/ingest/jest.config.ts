export default {
  displayName: 'ingest',
  preset: '../../jest.preset.js',
  rootDir: '.',
};
