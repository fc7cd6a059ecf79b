/** Shared Jest settings for every project: TypeScript through ts-jest, the workspace path aliases, Node. */
const { join } = require('node:path');
const { compilerOptions } = require('./tsconfig.base.json');

const workspaceAliases = Object.fromEntries(
  Object.entries(compilerOptions.paths).map(([alias, [target]]) => [`^${alias}$`, join(__dirname, target)]),
);

module.exports = {
  testEnvironment: 'node',
  testMatch: ['**/?(*.)+(spec|e2e-spec).ts'],
  moduleFileExtensions: ['ts', 'js', 'mjs', 'json'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json', diagnostics: { warnOnly: false } }],
  },
  moduleNameMapper: workspaceAliases,
};
