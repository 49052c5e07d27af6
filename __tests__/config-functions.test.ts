import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import { formatInputError, functionListParser, parseConfig } from '../src/config.js'
import { parseFunctionList, PER_FUNCTION_INPUTS } from '../src/functions-input.js'

const inputs =
  (values: Record<string, string>) =>
  (name: string): string =>
    values[name] ?? ''

const THREE = `
- function-name: auth
  package: dist/auth.zip
  event-type: viewer-request
- function-name: rewrite
  event-type: origin-request
  cache-behavior: [default, /api/*]
  include-body: true
  memory-size: 256
  timeout: 10
- function-name: headers
  event-type: viewer-response
  description: security headers
`

const withList = (functions: string, extra: Record<string, string> = {}) =>
  parseConfig(
    inputs({ 'distribution-id': 'E2QWRUHAPOMQZL', functions, ...extra }),
    parseFunctionList
  )

const messages = (r: ReturnType<typeof parseConfig>): string[] =>
  r.ok ? [] : r.error.map(formatInputError)

describe('the functions input', () => {
  it('reads every item with the single-function defaults applied in code', () => {
    const r = withList(THREE)
    expect(r.ok).toBe(true)
    if (!r.ok) return
    expect(r.value.functions).toEqual([
      {
        functionName: 'auth',
        packagePath: 'dist/auth.zip',
        eventType: 'viewer-request',
        cacheBehaviors: ['default'],
        includeBody: undefined,
        changes: {},
        description: undefined
      },
      {
        functionName: 'rewrite',
        packagePath: undefined,
        eventType: 'origin-request',
        cacheBehaviors: ['default', '/api/*'],
        includeBody: true,
        changes: { memorySize: 256, timeout: 10 },
        description: undefined
      },
      {
        functionName: 'headers',
        packagePath: undefined,
        eventType: 'viewer-response',
        cacheBehaviors: ['default'],
        includeBody: undefined,
        changes: {},
        description: 'security headers'
      }
    ])
    // The run-wide fields still describe the first function, so single-function readers work.
    expect(r.value).toMatchObject({ functionName: 'auth', eventType: 'viewer-request' })
    expect(r.value.distributionIds).toEqual(['E2QWRUHAPOMQZL'])
  })

  it('makes the single-function inputs a list of one', () => {
    const r = parseConfig(
      inputs({
        'function-name': 'edge-fn',
        'event-type': 'origin-request',
        'distribution-id': 'E2QWRUHAPOMQZL'
      })
    )
    expect(r.ok && r.value.functions).toEqual([
      expect.objectContaining({ functionName: 'edge-fn', eventType: 'origin-request' })
    ])
  })

  it('refuses functions next to any single-function input, naming each', () => {
    const r = withList(THREE, { 'function-name': 'edge-fn', 'cache-behavior': '/api/*' })
    expect(messages(r)).toEqual([
      'Input "functions" cannot be combined with "function-name", "cache-behavior": put every function\'s settings in its item of the list, or drop "functions"'
    ])
  })

  it('names the item and the key of every bad value, all at once', () => {
    const r = withList(`
- function-name: "bad name!"
  event-type: viewer_request
- function-name: ok-fn
  event-type: viewer-request
  memory-size: 64
  include-body: yes
`)
    expect(messages(r)).toEqual([
      'Input "functions[0].function-name" "bad name!" is not a valid function name (letters, digits, - and _, at most 64 characters)',
      'Input "functions[0].event-type" "viewer_request" is not one of viewer-request, viewer-response, origin-request, origin-response',
      'Input "functions[1].memory-size" 64 is out of range: use a value from 128 to 10240',
      'Input "functions[1].include-body" "yes" is not a boolean: use true or false'
    ])
  })

  it('requires function-name and event-type in every item', () => {
    const r = withList('- package: dist/a.zip\n')
    expect(r.ok ? [] : r.error.map(e => e.input)).toEqual([
      'functions[0].function-name',
      'functions[0].event-type'
    ])
  })

  it.each([
    ['not YAML', 'a: [1', /^Input "functions" is not valid YAML: /],
    ['not a list', 'function-name: auth', /^Input "functions" is not a YAML list/],
    ['an empty list', '[]', /^Input "functions" is an empty list/],
    ['an item that is not a mapping', '- auth', /^Input "functions\[0\]" is not a mapping/],
    [
      'an unknown key',
      '- function-name: auth\n  event-type: viewer-request\n  distribution-id: E1',
      /^Input "functions\[0\]" has the unknown key "distribution-id": an item takes function-name, /
    ],
    [
      'a nested value',
      '- function-name: {a: 1}\n  event-type: viewer-request',
      /^Input "functions\[0\].function-name" must be a single value/
    ]
  ])('refuses %s', (_what, text, expected) => {
    const m = messages(withList(text))
    expect(m).toHaveLength(1)
    expect(m[0]).toMatch(expected)
  })

  it('refuses two items claiming the same slot, naming both', () => {
    const r = withList(`
- function-name: auth
  event-type: viewer-request
  cache-behavior: /api/*, default
- function-name: auth-v2
  event-type: viewer-request
`)
    expect(messages(r)).toEqual([
      'Input "functions" functions[0] (auth) and functions[1] (auth-v2) both claim cache behavior "default" on viewer-request: a slot holds one function, so give each its own behavior or event type'
    ])
  })

  it('refuses the same function twice', () => {
    const r = withList(`
- function-name: auth
  event-type: viewer-request
- function-name: auth
  event-type: viewer-response
`)
    expect(messages(r)).toEqual([
      expect.stringContaining(
        'functions[0] (auth) and functions[1] (auth) deploy the same function'
      )
    ])
  })

  it('is told apart from defaults: no per-function input has a default in action.yml', () => {
    const action = parse(readFileSync('action.yml', 'utf8')) as {
      inputs: Record<string, { default?: string; required?: boolean }>
    }
    for (const name of PER_FUNCTION_INPUTS) {
      expect([name, action.inputs[name]?.default]).toEqual([name, undefined])
      expect([name, action.inputs[name]?.required ?? false]).toEqual([name, false])
    }
    expect(action.inputs.functions).toBeDefined()
  })
})

describe('loading the functions parser only when the input is given', () => {
  it('gives no parser without functions, and the YAML one with it', async () => {
    expect(await functionListParser(inputs({ 'function-name': 'a' }))).toBeUndefined()
    expect(await functionListParser(inputs({ functions: THREE }))).toBe(parseFunctionList)
  })

  it('stops on the shell bug of giving functions without loading its parser', () => {
    expect(() => parseConfig(inputs({ functions: THREE }))).toThrow(/parser was not loaded/)
  })
})

describe('what a functions run does not do', () => {
  it('refuses a canary, naming both inputs and what to do', () => {
    for (const canary of ['header', '5%']) {
      const errors = messages(withList(THREE, { canary }))
      expect(errors).toHaveLength(1)
      expect(errors[0]).toMatch(
        /^Input "functions" cannot be combined with "canary" \((header|a weight)\): .*one step per function for a canary, or set canary: off/
      )
    }
    expect(withList(THREE, { canary: 'off' }).ok).toBe(true)
  })

  it('refuses mode promote, naming both inputs and what to do', () => {
    expect(messages(withList(THREE, { mode: 'promote' }))).toEqual([
      'Input "functions" cannot be combined with "mode: promote": a canary serves one function, so promote it with one step that gives its function-name, event-type and cache-behavior'
    ])
  })

  it('rolls back to previous only: a version number names one function', () => {
    expect(withList(THREE, { mode: 'rollback' }).ok).toBe(true)
    expect(withList(THREE, { mode: 'rollback', 'rollback-to': 'previous' }).ok).toBe(true)
    expect(messages(withList(THREE, { mode: 'rollback', 'rollback-to': '7' }))).toEqual([
      expect.stringMatching(
        /^Input "functions" cannot be combined with "rollback-to: 7": .*use rollback-to: previous/
      )
    ])
  })

  it('refuses prune-keep on deploy, saying how to prune each function', () => {
    expect(messages(withList(THREE, { 'prune-keep': '5' }))).toEqual([
      expect.stringMatching(
        /^Input "functions" cannot be combined with "prune-keep: 5" in this version: prune each function with the CLI \(lambda-edge-deploy prune --function-name NAME --prune-keep 5\)/
      )
    ])
    expect(withList(THREE, { 'prune-keep': '0' }).ok).toBe(true)
  })

  it('leaves single-function canaries and promotions alone', () => {
    const single = (extra: Record<string, string>) =>
      parseConfig(
        inputs({
          'distribution-id': 'E2QWRUHAPOMQZL',
          'function-name': 'auth',
          'event-type': 'viewer-request',
          ...extra
        })
      )
    expect(single({ canary: '5%' }).ok).toBe(true)
    expect(single({ mode: 'promote' }).ok).toBe(true)
    expect(single({ mode: 'rollback', 'rollback-to': '7' }).ok).toBe(true)
  })
})
