/**
 * Validate mode through `node dist/index.js` against the emulator: every finding reported at once,
 * exit 1 on an error, and never a single mutating AWS call.
 */
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startEmulator, type Emulator } from './harness/emulator.mjs'
import { ROOT, runAction } from './helpers/run-action.js'
import { edgeFunction, mutatingCalls, writeTemp } from './helpers/world.js'
import { NODE_HANDLER, craftedZip, makeZip, zipOfSize } from './helpers/zip.js'

let em: Emulator
beforeAll(async () => {
  em = await startEmulator()
}, 120_000)
afterAll(async () => em?.stop())
beforeEach(async () => em.reset())

const validate = (inputs: Record<string, string>) =>
  runAction({ mode: 'validate', 'event-type': 'viewer-request', ...inputs }, em.env)

describe('validate mode', () => {
  it('passes the example handler and writes the rule table to the job summary', async () => {
    await edgeFunction(em, 'headers')
    await em.clearRequests()
    const r = await validate({
      'function-name': 'headers',
      package: join(ROOT, 'examples', 'security-headers'),
      'event-type': 'viewer-response',
      'test-events': join(ROOT, 'examples', 'events', 'security-headers')
    })
    expect(r.stdout).not.toContain('::error')
    expect(r.stdout).toMatch(/Smoke run: the handler answered 2 CloudFront event\(s\)/)
    expect(r.summary).toContain('| `response-read-only-header` |')
    expect(r.code).toBe(0)
    expect(r.outputs.status).toBe('validated')
    expect(r.summary).toContain('| `package-size` |')
    expect(r.summary).toMatch(/\*\*No errors\*\*/)
    expect(await mutatingCalls(em)).toEqual([])
  })

  it('refuses a handler CloudFront would answer with a 502: names the rule, the event and the header; changes nothing', async () => {
    await edgeFunction(em, 'fn')
    const pkg = mkdtempSync(join(tmpdir(), 'led-502-'))
    // Adds a hop-by-hop header CloudFront manages itself, and breaks the redirect path of one event.
    writeFileSync(
      join(pkg, 'index.mjs'),
      [
        'export const handler = async event => {',
        '  const response = event.Records[0].cf.response',
        "  response.headers.connection = [{ key: 'Connection', value: 'close' }]",
        "  if (event.Records[0].cf.request.uri === '/old') response.status = '301'",
        '  return response',
        '}'
      ].join('\n')
    )
    const events = mkdtempSync(join(tmpdir(), 'led-events-'))
    writeFileSync(join(events, 'old.json'), JSON.stringify({ request: { uri: '/old' } }))
    await em.clearRequests()
    const r = await validate({
      'function-name': 'fn',
      package: pkg,
      'event-type': 'viewer-response',
      'test-events': events
    })
    expect(r.code).toBe(1)
    expect(r.outputs.status).toBe('failed')
    expect(r.stdout).toMatch(
      /::error title=Lambda@Edge rule response-disallowed-header,file=[^:]*::\[response-disallowed-header\] No disallowed headers: built-in viewer-response event: response.headers\["connection"\] is a disallowed header/
    )
    expect(r.stdout).toMatch(
      /::error title=Lambda@Edge rule response-status,file=[^:]*old\.json::\[response-status\].*old\.json: response.status changed from 200 to 301 \(limit: the status CloudFront passed in\)/
    )
    expect(r.stdout).toMatch(
      /Smoke run: the handler answered 2 CloudFront event\(s\) on nodejs22\.x in \d+ ms/
    )
    expect(r.summary).toContain('| `response-disallowed-header` |')
    expect(await mutatingCalls(em)).toEqual([])
  })

  it('reports every configuration error at once, names rule, limit and value, and changes nothing', async () => {
    const role = 'arn:aws:iam::123456789012:role/lambda-only'
    const { createEdgeRole } = await import('./harness/emulator.mjs')
    await createEdgeRole(em, { name: 'lambda-only', trust: ['lambda.amazonaws.com'] })
    await edgeFunction(em, 'bad', {
      roleArn: role,
      memorySize: 256,
      timeout: 31,
      Architectures: ['arm64'],
      Environment: { Variables: { API_KEY: 'sekrit-value-123' } },
      TracingConfig: { Mode: 'Active' },
      EphemeralStorage: { Size: 1024 }
      // moto 5.2 drops DeadLetterConfig from GetFunction; the dead-letter-queue rule is covered by the
      // rule-table unit test instead (AWS returns it, and the rule reads it).
    })
    await em.clearRequests()
    const r = await validate({ 'function-name': 'bad' })
    expect(r.code).toBe(1)
    expect(r.outputs.status).toBe('failed')
    for (const rule of [
      'timeout',
      'architecture',
      'environment',
      'tracing',
      'ephemeral-storage',
      'role-trust'
    ])
      expect(r.stdout).toMatch(new RegExp(`::error title=Lambda@Edge rule ${rule}::\\[${rule}\\]`))
    expect(r.stdout).toContain('Preflight found 6 Lambda@Edge error(s)')
    // 256 MB on a viewer event is fine now: the quota is the same on every event type.
    expect(r.stdout).not.toContain('[memory]')
    expect(r.stdout).toContain('31 s (limit: at most 30 s)')
    expect(r.stdout).toContain('missing edgelambda.amazonaws.com')
    // Only the variable's name may appear, never its value.
    expect(r.stdout).toContain('API_KEY')
    expect(r.stdout + r.summary).not.toContain('sekrit-value-123')
    expect(await mutatingCalls(em)).toEqual([])
  })

  it('runtime management must be Auto (Manual is refused, the default Auto passes)', async () => {
    await edgeFunction(em, 'fn')
    expect(await validate({ 'function-name': 'fn' })).toMatchObject({ code: 0 })
    const { PutRuntimeManagementConfigCommand } = await import('@aws-sdk/client-lambda')
    const { clients } = await import('./harness/emulator.mjs')
    await clients(em).lambda.send(
      new PutRuntimeManagementConfigCommand({
        FunctionName: 'fn',
        UpdateRuntimeOn: 'Manual',
        RuntimeVersionArn: 'arn:aws:lambda:us-east-1::runtime:0123456789abcdef'
      })
    )
    const r = await validate({ 'function-name': 'fn' })
    expect(r.code).toBe(1)
    expect(r.stdout).toContain('[runtime-management] Runtime management is Auto: Manual')
  })

  it('checks the configuration as it will be after the requested changes', async () => {
    await edgeFunction(em, 'fn', { memorySize: 512, timeout: 40 })
    const before = await validate({ 'function-name': 'fn' })
    expect(before.code).toBe(1)
    const after = await validate({ 'function-name': 'fn', 'memory-size': '128', timeout: '5' })
    expect(after.code).toBe(0)
    const worse = await validate({
      'function-name': 'fn',
      'memory-size': '128',
      timeout: '5',
      runtime: 'nodejs16.x'
    })
    expect(worse.code).toBe(1)
    expect(worse.stdout).toContain('[runtime-deprecated]')
    expect(await mutatingCalls(em)).toEqual(
      expect.not.arrayContaining(['UpdateFunctionConfiguration'])
    )
  })

  it('package size: 50 MB passes on viewer-request (the old 1 MB viewer limit is gone), one byte more fails', async () => {
    await edgeFunction(em, 'fn')
    const exact = writeTemp('exact.zip', await zipOfSize(50 * 1_048_576, NODE_HANDLER))
    expect((await validate({ 'function-name': 'fn', package: exact })).code).toBe(0)
    const over = writeTemp('over.zip', await zipOfSize(50 * 1_048_576 + 1, NODE_HANDLER))
    const overViewer = await validate({ 'function-name': 'fn', package: over })
    expect(overViewer.code).toBe(1)
    expect(overViewer.stdout).toContain('52,428,801 bytes')
    expect(overViewer.stdout).toContain('limit: 52,428,800 bytes (50.00 MB)')
  })

  it.each([
    [
      'a corrupt zip',
      async () => writeTemp('bad.zip', Buffer.from('PK\u0003\u0004 this is not really a zip')),
      'package-readable'
    ],
    ['an empty zip', async () => writeTemp('empty.zip', await makeZip({})), 'package-not-empty'],
    [
      'a zip with a .. entry',
      async () =>
        writeTemp(
          'dots.zip',
          craftedZip({ 'index.mjs': NODE_HANDLER['index.mjs'], '../evil.js': 'x' })
        ),
      'entry-paths'
    ],
    [
      'a zip with an absolute entry',
      async () =>
        writeTemp(
          'abs.zip',
          craftedZip({ 'index.mjs': NODE_HANDLER['index.mjs'], '/etc/cron.d/evil': 'x' })
        ),
      'entry-paths'
    ],
    [
      'a zip with a symlink leaving it',
      async () =>
        writeTemp(
          'link.zip',
          craftedZip({ 'index.mjs': NODE_HANDLER['index.mjs'] }, { secrets: '../../../etc/passwd' })
        ),
      'symlinks'
    ],
    [
      'a zip bomb',
      async () =>
        writeTemp(
          'bomb.zip',
          craftedZip({
            'index.mjs': NODE_HANDLER['index.mjs'],
            'zeros.bin': { zeros: 200 * 1_048_576 }
          })
        ),
      'zip-bomb'
    ],
    [
      'a zip without the handler',
      async () => writeTemp('nohandler.zip', await makeZip({ 'lib.js': 'x' })),
      'handler-file'
    ]
  ])('refuses %s', async (_name, build, rule) => {
    await edgeFunction(em, 'fn')
    const path = await build()
    await em.clearRequests()
    const r = await validate({ 'function-name': 'fn', package: path })
    expect(r.code).toBe(1)
    expect(r.stdout).toContain(`[${rule}]`)
    expect(await mutatingCalls(em)).toEqual([])
  })

  it('says what to do when the function does not exist', async () => {
    const r = await validate({ 'function-name': 'nope' })
    expect(r.code).toBe(1)
    expect(r.stdout).toMatch(/GetFunction on nope failed: ResourceNotFoundException/)
    expect(r.stdout).toMatch(/exists in us-east-1/)
  })

  it('refuses a function ARN in another region before any AWS call', async () => {
    const r = await validate({
      'function-name': 'arn:aws:lambda:eu-west-1:123456789012:function:fn'
    })
    expect(r.code).toBe(1)
    expect(r.stdout).toContain('Input "function-name"')
    expect(await em.requests()).toEqual([])
  })

  it('refuses a missing package path before any AWS call', async () => {
    const r = await validate({ 'function-name': 'fn', package: '/no/such/folder' })
    expect(r.code).toBe(1)
    expect(r.stdout).toContain('Input "package"')
    expect(await em.requests()).toEqual([])
  })
})
