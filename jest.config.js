// ESM jest through ts-jest: @actions/core 3 and @actions/github 9 are ESM-only. Run it through npm
// (`npm test`, `npm test -- __tests__/config.test.ts`): the script adds --experimental-vm-modules.
// `npm run test:unit` (jest.unit.config.js) leaves out the *.integration.test.ts suites (the AWS
// emulator, Python, node children).
import { availableParallelism } from 'node:os'

export default {
  // The emulator suites spend most of their time waiting (real polls, retry back-offs, the emulator
  // in another process): on 2 cores a run keeps ~35% of each worker busy, so two more workers than
  // cores. Each worker starts one emulator, shared by its files (harness/emulator.mjs).
  maxWorkers: availableParallelism() + 2,
  clearMocks: true,
  extensionsToTreatAsEsm: ['.ts'],
  moduleFileExtensions: ['ts', 'js', 'mjs'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  testEnvironment: 'node',
  testMatch: ['**/__tests__/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  // Finds (or makes, once) the Python that runs the emulator before any worker starts one.
  globalSetup: './__tests__/harness/global-setup.mjs',
  // Slowest files first, also on a fresh clone where jest has no durations cached yet.
  testSequencer: './jest.sequencer.js',
  transform: {
    '^.+\\.ts$': [
      'ts-jest',
      { tsconfig: 'tsconfig.test.json', useESM: true, diagnostics: { ignoreCodes: ['TS151001'] } }
    ]
  },
  // The action and the CLI run in-process in most suites, so src/ coverage is measured there.
  collectCoverageFrom: ['src/**/*.ts'],
  // istanbul (babel) instruments only src/, once (jest caches the result); V8's precise coverage
  // slows every line the workers run, jest and the AWS SDK included: test:unit took 48.6 s of CPU
  // with it, 32.7 s with istanbul, 27.4 s without coverage. istanbul counts statement lines (V8
  // counts every physical line, comments and types too), so its figure is the stricter one.
  coverageProvider: 'babel',
  coverageReporters: ['text-summary', 'json-summary'],
  testTimeout: 60000,
  verbose: false
}
