// `npm run test:unit`: the suites that need no AWS emulator (pure core, parsers, renderers, zips).
import base from './jest.config.js'

export default {
  ...base,
  globalSetup: undefined,
  testPathIgnorePatterns: [...base.testPathIgnorePatterns, '\\.integration\\.test\\.ts$']
}
