// `npm run test:unit`: the suites that run in jest's process alone (pure core, parsers, renderers,
// zips): no AWS emulator, no Python, no node child. A suite that needs one of those is named
// *.integration.test.ts (the smoke runs and the zip writer's checks by Python and Info-ZIP too).
import { availableParallelism } from 'node:os'
import base from './jest.config.js'

export default {
  ...base,
  globalSetup: undefined,
  // Fails a test that starts a program (child_process), naming what to rename.
  setupFiles: ['./__tests__/harness/no-child-processes.cjs'],
  // Nothing here waits on another process: one worker per core.
  maxWorkers: Math.max(2, availableParallelism()),
  testPathIgnorePatterns: [...base.testPathIgnorePatterns, '\\.integration\\.test\\.ts$']
}
