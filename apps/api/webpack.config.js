const { NxAppWebpackPlugin } = require('@nx/webpack/app-plugin');
const { join } = require('node:path');

/** Bundles the API and the libs it imports, and the scoring worker apart; every npm package stays external and loads from node_modules. */
module.exports = {
  output: {
    path: join(__dirname, '../../dist/apps/api'),
    clean: true,
  },
  plugins: [
    new NxAppWebpackPlugin({
      target: 'node',
      compiler: 'tsc',
      main: './src/main.ts',
      // The scoring worker threads run their own bundle, found beside main.js at run time (scoring-worker-file.ts).
      additionalEntryPoints: [{ entryName: 'scoring-worker', entryPath: './src/scoring/scoring-worker.ts' }],
      tsConfig: './tsconfig.app.json',
      assets: [],
      optimization: false,
      outputHashing: 'none',
      generatePackageJson: false,
      sourceMap: true,
    }),
  ],
};
