/**
 * Several functions in one run: the job summary and the sticky comment show one table, one row per
 * function (version, slots from -> to, status), built from the run's outcome.
 */
import { describe, expect, it } from '@jest/globals'
import { parseConfig } from '../../src/config.js'
import { parseFunctionList } from '../../src/functions-input.js'
import { emptyOutcome, type Outcome } from '../../src/outcome.js'
import type { Change } from '../../src/plan.js'
import { commentKey, renderComment } from '../../src/report/comment.js'
import { functionRows, pendingRows, renderFunctionTable } from '../../src/report/functions.js'
import { rollbackHint } from '../../src/report/hint.js'
import { renderRun } from '../../src/report/runner.js'

const arn = (name: string, v: number): string =>
  `arn:aws:lambda:us-east-1:123456789012:function:${name}:${v}`

const FUNCTIONS = `
- function-name: auth
  event-type: viewer-request
- function-name: rewrite
  event-type: origin-request
  cache-behavior: [default, /api/*]
- function-name: headers
  event-type: viewer-response
`

function config(mode = 'deploy') {
  const cfg = parseConfig(
    name => ({ mode, functions: FUNCTIONS, 'distribution-id': 'E1ABCDEF' })[name] ?? '',
    parseFunctionList
  )
  if (!cfg.ok) throw new Error(JSON.stringify(cfg.error))
  return cfg.value
}

const change = (name: string, behavior: string, from: number, to: number): Change => ({
  functionName: name,
  functionArn: arn(name, 0).replace(/:0$/, ''),
  distributionId: 'E1ABCDEF',
  cacheBehavior: behavior,
  eventType: 'origin-request',
  from: arn(name, from),
  to: arn(name, to),
  includeBody: false,
  fromIncludeBody: false
})

const deployed: Outcome = {
  ...emptyOutcome('deployed'),
  versions: { auth: '3', rewrite: '5', headers: '2' },
  changes: [
    change('auth', 'default', 2, 3),
    change('rewrite', 'default', 4, 5),
    change('rewrite', '/api/*', 4, 5)
  ]
}

describe('functionRows', () => {
  it('one row per function: its version, its slots, unchanged when its slots did not move', () => {
    const rows = functionRows(config(), deployed)
    expect(rows.map(r => [r.functionName, r.version, r.slots.length, r.status])).toEqual([
      ['auth', '3', 1, 'deployed'],
      ['rewrite', '5', 2, 'deployed'],
      ['headers', '2', 0, 'unchanged']
    ])
  })

  it('after an automatic rollback every function says restored, with the undone slots', () => {
    const undone: Outcome = {
      ...deployed,
      status: 'rolled-back',
      changes: [],
      undone: deployed.changes
    }
    const rows = functionRows(config(), undone)
    expect(rows.map(r => r.status)).toEqual(['restored', 'restored', 'restored'])
    expect(renderFunctionTable(rows)).toContain(
      '`E1ABCDEF` `default` origin-request: 3 → 2 (restored)'
    )
  })

  it('a requested rollback of several functions says rolled-back for those that moved', () => {
    const back: Outcome = {
      ...emptyOutcome('rolled-back'),
      versions: { auth: '2', rewrite: '4', headers: '1' },
      changes: [change('auth', 'default', 3, 2)]
    }
    expect(functionRows(config('rollback'), back).map(r => r.status)).toEqual([
      'rolled-back',
      'unchanged',
      'unchanged'
    ])
  })
})

describe('the summary and the comment with several functions', () => {
  it('the summary shows one functions table', () => {
    const md = renderRun(config(), deployed)
    expect(md).toContain('### Functions')
    expect(md).toContain('| Function | Version | Slots (from → to) | Status |')
    expect(md).toContain(
      '| `rewrite` | 5 | `E1ABCDEF` `default` origin-request: 4 → 5<br>`E1ABCDEF` `/api/*` origin-request: 4 → 5 | deployed |'
    )
    expect(md).toContain('| `headers` | 2 | - | unchanged |')
    expect(md).not.toContain('### Associations')
  })

  it('the comment names every function in its headline and shows the same table, PR text escaped', () => {
    const cfg = config()
    const body = renderComment({
      key: commentKey('auth,rewrite,headers', cfg.distributionIds),
      phase: 'final',
      mode: 'deploy',
      status: 'deployed',
      functionName: 'auth',
      distributionIds: cfg.distributionIds,
      eventType: 'viewer-request',
      cacheBehaviors: ['default'],
      changes: deployed.changes,
      errors: [],
      functions: functionRows(cfg, deployed),
      ref: { title: '<img src=x onerror=alert(1)>](http://evil) @everyone' }
    })
    expect(body).toContain('### ✅ Deployed `auth`, `rewrite`, `headers` to `E1ABCDEF`')
    expect(body).toContain('#### Functions')
    expect(body).toContain(renderFunctionTable(functionRows(cfg, deployed)))
    expect(body).not.toContain('<img')
    expect(body).toContain('&lt;img src=x onerror=alert(1)&gt;\\]')
    expect(body).not.toMatch(/@everyone/)
  })

  it('the in-progress comment lists the functions before anything changed', () => {
    const cfg = config()
    const body = renderComment({
      key: 'k',
      phase: 'in-progress',
      mode: 'deploy',
      status: 'failed',
      functionName: 'auth',
      distributionIds: cfg.distributionIds,
      eventType: 'viewer-request',
      cacheBehaviors: ['default'],
      changes: [],
      errors: [],
      functions: pendingRows(cfg)
    })
    expect(body).toContain('Deploying `auth`, `rewrite`, `headers` to `E1ABCDEF`: in progress')
    expect(body).toContain('| `headers` | - | - | in progress |')
  })

  it('the rollback hint rolls every function back in one step', () => {
    const hint = rollbackHint(config(), deployed)!
    expect(hint).toContain(
      '    functions: |\n      - function-name: auth\n        event-type: viewer-request'
    )
    expect(hint).toContain('        cache-behavior: default,/api/*')
    expect(hint).toContain(
      'npx lambda-edge-deploy rollback --functions functions.yml --distribution-id E1ABCDEF'
    )
  })
})
