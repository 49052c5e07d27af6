/**
 * zip-builder's timestamps do not depend on the time zone. Jest hands each test file a copy of
 * process.env, so this starts jest again in child processes (hence an integration suite, outside
 * `npm run test:unit`): the unit test 'fixes timestamps' must pass in other zones too.
 */
import { execFileSync } from 'node:child_process'
import { join } from 'node:path'

describe('zipFolder timestamps', () => {
  // East and west of UTC, and far enough (UTC+13 in January 1980, UTC-10) to move 1980-01-01 00:00
  // local to another UTC day.
  it.each(['Pacific/Auckland', 'Pacific/Honolulu'])(
    'does not depend on the time zone (%s)',
    zone => {
      const jest = join(process.cwd(), 'node_modules', 'jest', 'bin', 'jest.js')
      const args = [
        '--experimental-vm-modules',
        jest,
        '-c',
        'jest.unit.config.js',
        '__tests__/package/zip-builder.test.ts',
        '-t',
        'fixes timestamps'
      ]
      const env = { ...process.env, TZ: zone, NODE_OPTIONS: '' }
      const output = execFileSync(process.execPath, args, { env, encoding: 'utf8', stdio: 'pipe' })
      expect(output).toBeDefined() // execFileSync throws if the child's test failed
    }
  )
})
