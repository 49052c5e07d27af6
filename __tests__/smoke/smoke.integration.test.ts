/**
 * The smoke run in-process: real child processes (node, python3) on real packages, judged by the
 * rule table. One small handler per rule, violating and not. An integration suite, though it needs
 * no emulator: it starts ~40 interpreters, which `npm run test:unit` leaves out.
 */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { EventType } from '../../src/edge.js'
import { openZipBuffer } from '../../src/package/zip-reader.js'
import { evaluate, type Finding } from '../../src/rules/evaluate.js'
import type { FunctionFacts } from '../../src/rules/facts.js'
import { runSmoke, type SmokeFacts } from '../../src/smoke/smoke.js'
import { loadUserEvents, type UserEvent } from '../../src/smoke/user-events.js'
import { makeZip } from '../helpers/zip.js'

const fnFacts = (over: Partial<FunctionFacts> = {}): FunctionFacts => ({
  name: 'edge-fn',
  arn: 'arn:aws:lambda:us-east-1:123456789012:function:edge-fn',
  runtime: 'nodejs22.x',
  handler: 'index.handler',
  memorySize: 128,
  timeout: 5,
  architectures: ['x86_64'],
  packageType: 'Zip',
  environmentVariableNames: [],
  layers: [],
  vpcSubnetIds: [],
  vpcSecurityGroupIds: [],
  ephemeralStorageMb: 512,
  runtimeUpdateMode: 'Auto',
  tagKeys: [],
  roleArn: 'arn:aws:iam::123456789012:role/edge',
  roleTrustedServices: ['lambda.amazonaws.com', 'edgelambda.amazonaws.com'],
  ...over
})

interface Run {
  smoke: SmokeFacts
  findings: Finding[]
  /** Rule ids of the response findings, errors and warnings apart. */
  errors: string[]
  warnings: string[]
}

async function run(
  files: Record<string, string>,
  opts: {
    eventType?: EventType
    fn?: Partial<FunctionFacts>
    userEvents?: UserEvent[]
    path?: string
  } = {}
): Promise<Run> {
  const eventType = opts.eventType ?? 'viewer-request'
  const pkg = await openZipBuffer(await makeZip(files), 'test.zip')
  const fn = fnFacts(opts.fn)
  const smoke = await runSmoke({
    pkg,
    fn,
    eventType,
    includeBody: false,
    userEvents: opts.userEvents ?? [],
    ...(opts.path !== undefined ? { path: opts.path } : {})
  })
  const file = Object.keys(files)[0]!
  const verdict = evaluate({
    eventType,
    includeBody: false,
    fn,
    pkg: pkg.facts,
    handler: { handler: fn.handler!, candidates: [file], file, exportName: 'handler' },
    today: '2026-12-01',
    smoke
  })
  const findings = verdict.findings.filter(f => f.rule.startsWith('response-'))
  return {
    smoke,
    findings,
    errors: findings.filter(f => f.severity === 'error').map(f => f.rule),
    warnings: findings.filter(f => f.severity === 'warning').map(f => f.rule)
  }
}

const esm = (body: string): Record<string, string> => ({
  'index.mjs': `export const handler = async (event) => {\n  const cf = event.Records[0].cf\n  ${body}\n}\n`
})

describe('smoke run: how the handler is run', () => {
  it('runs an ESM async handler on the built-in event: no finding', async () => {
    const r = await run(esm('return cf.request'))
    expect(r.smoke.runs).toHaveLength(1)
    expect(r.smoke.runs[0]!.invocation.outcome).toMatchObject({ kind: 'returned' })
    expect(r.findings).toEqual([])
  })

  it('runs a CommonJS callback handler on nodejs22.x (that runtime still calls it)', async () => {
    const r = await run({
      'index.js':
        'exports.handler = function (event, context, callback) {\n' +
        '  setTimeout(() => callback(null, event.Records[0].cf.request), 5)\n}\n'
    })
    expect(r.smoke.runs[0]!.invocation).toMatchObject({
      callbackStyle: true,
      outcome: { kind: 'returned', how: 'callback' }
    })
    expect(r.findings).toEqual([])
  })

  it('refuses the same callback handler on nodejs24.x: make it async', async () => {
    const r = await run(
      { 'index.js': 'exports.handler = (e, c, cb) => cb(null, e.Records[0].cf.request)\n' },
      { fn: { runtime: 'nodejs24.x' } }
    )
    expect(r.errors).toEqual(['response-callback-style'])
    expect(r.findings[0]!.actual).toContain('not async; nodejs24.x does not call such handlers')
    expect(r.findings[0]!.fix).toContain('Make it async')
    // An async handler with the same three parameters is fine there.
    const ok = await run(
      { 'index.mjs': 'export const handler = async (e, c, cb) => e.Records[0].cf.request\n' },
      { fn: { runtime: 'nodejs24.x' } }
    )
    expect(ok.findings).toEqual([])
  })

  it('runs a Python handler with python3', async () => {
    const r = await run(
      {
        'app.py':
          'def handler(event, context):\n' +
          '    req = event["Records"][0]["cf"]["request"]\n' +
          '    req["headers"]["x-hello"] = [{"key": "X-Hello", "value": context.function_name}]\n' +
          '    return req\n'
      },
      { fn: { runtime: 'python3.12', handler: 'app.handler' } }
    )
    expect(r.smoke.runs[0]!.invocation.outcome).toMatchObject({
      kind: 'returned',
      value: { headers: { 'x-hello': [{ key: 'X-Hello', value: 'edge-fn' }] } }
    })
    expect(r.findings).toEqual([])
  })

  it('judges a Python handler by the same rules (a disallowed header, a throw)', async () => {
    const py = { runtime: 'python3.12', handler: 'app.handler' }
    const bad = await run(
      {
        'app.py':
          'def handler(event, context):\n' +
          '    res = event["Records"][0]["cf"]["response"]\n' +
          '    res["headers"]["x-cache"] = [{"key": "X-Cache", "value": "Hit"}]\n' +
          '    return res\n'
      },
      { fn: py, eventType: 'origin-response' }
    )
    expect(bad.errors).toEqual(['response-disallowed-header'])
    const threw = await run(
      { 'app.py': 'def handler(event, context):\n    return event["Records"][0]["cf"]["nope"]\n' },
      { fn: py }
    )
    expect(threw.errors).toEqual(['response-settles'])
    expect(threw.findings[0]!.actual).toContain("threw KeyError: 'nope'")
  })

  it('skips a Python handler with a warning when no python3 is on PATH', async () => {
    const r = await run(
      { 'app.py': 'def handler(e, c):\n    return e["Records"][0]["cf"]["request"]\n' },
      { fn: { runtime: 'python3.12', handler: 'app.handler' }, path: '/nonexistent' }
    )
    expect(r.errors).toEqual([])
    expect(r.warnings).toEqual(['response-handler-runs'])
    expect(r.findings[0]!.actual).toContain('no python3 on PATH')
  })

  it('kills a handler that never settles after the function timeout, counted from the invocation', async () => {
    const r = await run(esm('await new Promise(() => setInterval(() => {}, 1000))'), {
      fn: { timeout: 1 }
    })
    expect(r.errors).toEqual(['response-settles'])
    expect(r.findings[0]!.actual).toContain("no answer within the function's timeout (1000 ms)")
    expect(r.smoke.runs[0]!.invocation.durationMs).toBeGreaterThanOrEqual(1000)
  })

  it('reports a promise that can never settle (nothing left in the event loop)', async () => {
    const r = await run(esm('await new Promise(() => {})'))
    expect(r.errors).toEqual(['response-settles'])
    expect(r.findings[0]!.actual).toContain("the handler's promise never settles")
  })

  it('reports a sync handler that returns instead of calling back (Lambda answers null)', async () => {
    const r = await run({ 'index.js': 'exports.handler = e => e.Records[0].cf.request\n' })
    expect(r.errors).toEqual(['response-settles'])
    expect(r.findings[0]!.actual).toContain('returned a value without being async')
  })

  it('reports a callback handler that never calls back', async () => {
    const r = await run({ 'index.js': 'exports.handler = (e, c, cb) => { }\n' })
    expect(r.errors).toEqual(['response-settles'])
    expect(r.findings[0]!.actual).toContain('without calling back')
  })

  it('reports a handler that throws, with its message', async () => {
    const r = await run(esm('throw new TypeError("no cookie header")'))
    expect(r.errors).toEqual(['response-settles'])
    expect(r.findings[0]!.actual).toContain('threw TypeError: no cookie header')
  })

  it('reports a handler that is not exported, and a module that is missing', async () => {
    const notExported = await run({ 'index.mjs': 'export const main = async e => e\n' })
    expect(notExported.errors).toEqual(['response-handler-runs'])
    expect(notExported.findings[0]!.actual).toContain('does not export a function handler')
    const missing = await run({
      'index.mjs': "import jwt from 'jsonwebtoken'\nexport const handler = async e => e\n"
    })
    expect(missing.errors).toEqual(['response-handler-runs'])
    expect(missing.findings[0]!.actual).toContain('jsonwebtoken is not in the package')
  })

  it('only warns when the missing module is one the runtime provides (the AWS SDK)', async () => {
    const r = await run({
      'index.mjs':
        "import { S3Client } from '@aws-sdk/client-s3'\nexport const handler = async e => e.Records[0].cf.request\n"
    })
    expect(r.errors).toEqual([])
    expect(r.warnings).toEqual(['response-handler-runs'])
    expect(r.findings[0]!.actual).toContain(
      'could not run here: @aws-sdk/client-s3 is provided by the nodejs22.x runtime'
    )
    const boto = await run(
      { 'app.py': 'import boto3_not_here_but_named\ndef handler(e, c):\n    return e\n' },
      { fn: { runtime: 'python3.12', handler: 'app.handler' } }
    )
    expect(boto.errors).toEqual(['response-handler-runs'])
  })

  it('gives the child no credentials and a read-only package folder', async () => {
    process.env.AWS_SECRET_ACCESS_KEY = 'smoke-secret-should-not-leak'
    process.env.GITHUB_TOKEN = 'ghs_smoke_should_not_leak'
    try {
      const r = await run(
        esm(
          "const fs = await import('node:fs')\n" +
            "  const modes = [new URL('.', import.meta.url), new URL('./index.mjs', import.meta.url)].map(u => fs.statSync(u).mode & 0o222)\n" +
            "  let writable = true\n  try { fs.writeFileSync(new URL('./x', import.meta.url), 'x') } catch { writable = false }\n" +
            "  cf.request.headers['x-env'] = [{ key: 'X-Env', value: JSON.stringify({ aws: process.env.AWS_SECRET_ACCESS_KEY ?? null, gh: process.env.GITHUB_TOKEN ?? null, modes, writable, region: process.env.AWS_REGION }) }]\n" +
            '  return cf.request'
        )
      )
      const out = r.smoke.runs[0]!.invocation.outcome as {
        value: { headers: Record<string, { value: string }[]> }
      }
      const seen = JSON.parse(out.value.headers['x-env']![0]!.value)
      expect(seen).toMatchObject({ aws: null, gh: null, modes: [0, 0], region: 'us-east-1' })
      // Permission bits do not stop root (a container job): the write is refused for anyone else.
      if (process.getuid?.() !== 0) expect(seen.writable).toBe(false)
    } finally {
      delete process.env.AWS_SECRET_ACCESS_KEY
      delete process.env.GITHUB_TOKEN
    }
  })
})

describe('smoke run: the answer against CloudFront rules', () => {
  it('response-object: a viewer-request handler that answers the (absent) response', async () => {
    const bad = await run(esm('return cf.response'))
    expect(bad.errors).toEqual(['response-object'])
    expect(bad.findings[0]!.actual).toContain('built-in viewer-request event: answered null')
    const badResponse = await run(esm('return cf.request'), { eventType: 'origin-response' })
    expect(badResponse.errors).toEqual(['response-object'])
    expect(badResponse.findings[0]!.actual).toContain('answered the request object')
    expect(
      (await run(esm('return cf.response'), { eventType: 'origin-response' })).findings
    ).toEqual([])
  })

  it('response-header-shape: upper-case names, bare strings, mismatched keys', async () => {
    const bad = await run(
      esm(
        "cf.request.headers['X-Upper'] = [{ key: 'X-Upper', value: '1' }]\n" +
          "  cf.request.headers['x-flat'] = 'nope'\n" +
          "  cf.request.headers['x-key'] = [{ key: 'X-Other', value: 'v' }]\n" +
          '  return cf.request'
      )
    )
    expect(bad.errors).toEqual([
      'response-header-shape',
      'response-header-shape',
      'response-header-shape'
    ])
    expect(bad.findings.map(f => f.actual).join('\n')).toMatch(
      /X-Upper.*lower-case[\s\S]*x-flat.*not a list[\s\S]*X-Other.*does not match/
    )
    const good = await run(
      esm("cf.request.headers['x-ok'] = [{ value: 'no key is fine' }]\n  return cf.request")
    )
    expect(good.findings).toEqual([])
  })

  it('response-disallowed-header: Connection, X-Amz-Cf-*, X-Edge-* added', async () => {
    const bad = await run(
      esm(
        "cf.response.headers['connection'] = [{ key: 'Connection', value: 'close' }]\n" +
          "  cf.response.headers['x-amz-cf-pop'] = [{ key: 'X-Amz-Cf-Pop', value: 'x' }]\n" +
          "  cf.response.headers['x-edge-thing'] = [{ key: 'X-Edge-Thing', value: 'x' }]\n" +
          '  return cf.response'
      ),
      { eventType: 'origin-response' }
    )
    expect(bad.errors).toEqual(Array(3).fill('response-disallowed-header'))
    expect(bad.findings[0]!.actual).toContain(
      'response.headers["connection"] is a disallowed header'
    )
    const good = await run(
      esm(
        "cf.response.headers['x-frame-options'] = [{ key: 'X-Frame-Options', value: 'DENY' }]\n  return cf.response"
      ),
      { eventType: 'origin-response' }
    )
    expect(good.findings).toEqual([])
  })

  it('response-read-only-header: Host on viewer-request, Content-Length on viewer-response', async () => {
    const host = await run(
      esm("cf.request.headers.host = [{ key: 'Host', value: 'evil.example' }]\n  return cf.request")
    )
    expect(host.errors).toEqual(['response-read-only-header'])
    expect(host.findings[0]!.actual).toContain(
      'request.headers["host"] is read-only on viewer-request'
    )
    const length = await run(
      esm("delete cf.response.headers['content-length']\n  return cf.response"),
      {
        eventType: 'viewer-response'
      }
    )
    expect(length.errors).toEqual(['response-read-only-header'])
    // Host is read-only on viewer-request only: an origin-request function may set it.
    const origin = await run(
      esm(
        "cf.request.headers.host = [{ key: 'Host', value: 'other.example' }]\n  return cf.request"
      ),
      {
        eventType: 'origin-request'
      }
    )
    expect(origin.findings).toEqual([])
  })

  it('response-status: viewer-response cannot change it; a generated response needs a real code', async () => {
    const changed = await run(esm("cf.response.status = '404'\n  return cf.response"), {
      eventType: 'viewer-response'
    })
    expect(changed.errors).toEqual(['response-status'])
    expect(changed.findings[0]!.actual).toContain('response.status changed from 200 to 404')
    const originChange = await run(esm("cf.response.status = '404'\n  return cf.response"), {
      eventType: 'origin-response'
    })
    expect(originChange.findings).toEqual([])
    const invalid = await run(esm("return { status: 'OK' }"))
    expect(invalid.errors).toEqual(['response-status'])
    // CloudFront takes 200 to 599 from a function: a 1xx is refused too.
    expect((await run(esm('return { status: 100 }'))).errors).toEqual(['response-status'])
    const redirect = await run(
      esm(
        "return { status: '302', headers: { location: [{ key: 'Location', value: 'https://example.com/' }] } }"
      )
    )
    expect(redirect.findings).toEqual([])
  })

  it('response-size: a 41 KB page from viewer-request is refused, the same from origin-request passes', async () => {
    const page = esm("return { status: '200', body: 'x'.repeat(41 * 1024) }")
    const viewer = await run(page)
    expect(viewer.errors).toEqual(['response-size'])
    expect(viewer.findings[0]!.limit).toBe('40 KB on viewer-request')
    expect((await run(page, { eventType: 'origin-request' })).findings).toEqual([])
  })

  it('response-body: bodyEncoding must be text or base64, base64 must decode, a replaced body fits', async () => {
    const enc = await run(esm("return { status: '200', body: 'hi', bodyEncoding: 'gzip' }"))
    expect(enc.errors).toEqual(['response-body'])
    const b64 = await run(
      esm("return { status: '200', body: 'not base64!', bodyEncoding: 'base64' }")
    )
    expect(b64.errors).toEqual(['response-body'])
    const noContent = await run(esm("return { status: '204', body: 'gone' }"))
    expect(noContent.errors).toEqual(['response-body'])
    expect(noContent.findings[0]!.actual).toContain('a 204 (No Content) response carries a body')
    const replaced = await run(
      esm(
        "cf.request.body = { action: 'replace', encoding: 'text', data: 'x'.repeat(41 * 1024) }\n  return cf.request"
      )
    )
    expect(replaced.errors).toEqual(['response-body'])
    expect(replaced.findings[0]!.actual).toContain(
      'request.body.data is 41984 bytes as text (at most 40960)'
    )
    const ok = await run(
      esm(
        "return { status: '200', body: Buffer.from('hi').toString('base64'), bodyEncoding: 'base64' }"
      )
    )
    expect(ok.findings).toEqual([])
  })

  it('response-uri: a URI without a leading /, and URI + query string of 8,192 characters', async () => {
    const noSlash = await run(esm("cf.request.uri = 'index.html'\n  return cf.request"))
    expect(noSlash.errors).toEqual(['response-uri'])
    expect(noSlash.findings[0]!.actual).toContain('request.uri "index.html" does not start with /')
    const long = await run(
      esm(
        "cf.request.uri = '/' + 'a'.repeat(8191)\n  cf.request.querystring = ''\n  return cf.request"
      )
    )
    expect(long.errors).toEqual(['response-uri'])
    const justUnder = await run(
      esm(
        "cf.request.uri = '/' + 'a'.repeat(8190)\n  cf.request.querystring = ''\n  return cf.request"
      )
    )
    expect(justUnder.findings).toEqual([])
  })
})

describe('smoke run: the user’s own events', () => {
  it('reads a folder of parts and whole events, and names the event file in the finding', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'led-events-'))
    mkdirSync(join(dir, 'nested'))
    writeFileSync(
      join(dir, 'admin.json'),
      JSON.stringify({
        request: {
          uri: '/admin',
          headers: { authorization: [{ key: 'Authorization', value: 'Bearer x' }] }
        }
      })
    )
    writeFileSync(join(dir, 'nested', 'home.json'), JSON.stringify({ request: { uri: '/' } }))
    writeFileSync(join(dir, 'notes.txt'), 'not an event')
    const events = await loadUserEvents(dir, 'viewer-request', false)
    expect(events.ok).toBe(true)
    if (!events.ok) return
    expect(events.value.map(e => e.file.split('/').slice(-2).join('/'))).toEqual([
      expect.stringMatching(/admin\.json$/),
      'nested/home.json'
    ])
    // The handler breaks only on the admin path: only the user's event finds it.
    const r = await run(
      esm("if (cf.request.uri === '/admin') cf.request.uri = 'login'\n  return cf.request"),
      { userEvents: events.value }
    )
    expect(r.smoke.runs).toHaveLength(3)
    expect(r.errors).toEqual(['response-uri'])
    expect(r.findings[0]!.actual).toMatch(/admin\.json: request\.uri "login"/)
    expect(r.findings[0]!.eventFile).toMatch(/admin\.json$/)
    expect(r.findings[0]!.file).toBeUndefined()
  })

  it('takes a glob, and refuses a broken file naming it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'led-events-'))
    writeFileSync(join(dir, 'a.json'), JSON.stringify({ request: { uri: '/a' } }))
    writeFileSync(join(dir, 'b.json'), '{ not json')
    writeFileSync(join(dir, 'c.json'), JSON.stringify({ response: { status: '200' } }))
    const glob = await loadUserEvents(join(dir, 'a*.json'), 'viewer-request', false)
    expect(glob.ok && glob.value.length).toBe(1)
    const broken = await loadUserEvents(dir, 'viewer-request', false)
    expect(broken.ok).toBe(false)
    if (broken.ok) return
    expect(broken.error).toMatch(/b\.json is not valid JSON/)
    expect(broken.error).toMatch(
      /c\.json has a response part, but viewer-request events carry a request only/
    )
    expect(await loadUserEvents(join(dir, 'none-*.json'), 'viewer-request', false)).toMatchObject({
      ok: false,
      error: expect.stringContaining('matches no file')
    })
  })
})
