/**
 * Several functions in one step, in-process against the emulator: plan mode shows every function's
 * slots on one distribution as one Plan value, and reads only.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { GetAliasCommand } from '@aws-sdk/client-lambda'
import { parseConfig } from '../../src/config.js'
import { parseFunctionList } from '../../src/functions-input.js'
import { parseJournal } from '../../src/journal.js'
import { execute } from '../../src/engine.js'
import type { Log } from '../../src/log.js'
import { outputsOf, renderRun } from '../../src/report/runner.js'
import {
  clients,
  createDistribution,
  getDistributionConfig,
  startEmulator,
  type Emulator
} from '../harness/emulator.mjs'
import { startHealthServer, type HealthServer } from '../helpers/health-server.js'
import { tmpdir } from 'node:os'
import { runCli } from '../helpers/run-cli.js'
import {
  edgeFunction,
  handlerFolder,
  mutatingCalls,
  publishVersion,
  writeTemp
} from '../helpers/world.js'

let em: Emulator
let health: HealthServer
const saved = { ...process.env }
beforeAll(async () => {
  em = await startEmulator()
  health = await startHealthServer()
  Object.assign(process.env, em.env)
}, 60_000)
afterAll(async () => {
  process.env = saved
  await em?.stop()
  await health?.stop()
})
beforeEach(async () => {
  await em.reset()
})

function recording(): Log & { lines: string[] } {
  const lines: string[] = []
  return {
    lines,
    info: m => void lines.push(m),
    warning: m => void lines.push(`warning: ${m}`),
    group: (title, fn) => (lines.push(title), fn()),
    progress: () => {}
  }
}

const quiet: Log = {
  info: () => {},
  warning: () => {},
  group: (_t, fn) => fn(),
  progress: () => {}
}

type Item = Record<string, string>

const yamlList = (items: Item[]): string =>
  items
    .map(i =>
      Object.entries(i)
        .map(([k, v], n) => `${n === 0 ? '-' : ' '} ${k}: ${JSON.stringify(v)}`)
        .join('\n')
    )
    .join('\n')

/** auth live as version 1 on viewer-request; rewrite and headers not associated yet. */
async function world(): Promise<{ dist: string; items: Item[] }> {
  await edgeFunction(em, 'auth')
  await edgeFunction(em, 'rewrite', { timeout: 10 })
  await edgeFunction(em, 'headers')
  const auth1 = await publishVersion(em, 'auth')
  const dist = await createDistribution(em, {
    associations: [{ cacheBehavior: 'default', eventType: 'viewer-request', arn: auth1 }]
  })
  await em.markDeployed(dist.id)
  const items: Item[] = [
    { 'function-name': 'auth', 'event-type': 'viewer-request', package: handlerFolder('auth-2') },
    {
      'function-name': 'rewrite',
      'event-type': 'origin-request',
      'include-body': 'true',
      'memory-size': '256'
    },
    {
      'function-name': 'headers',
      'event-type': 'viewer-response',
      package: handlerFolder('headers-1')
    }
  ]
  return { dist: dist.id, items }
}

const config = (inputs: Record<string, string>) => {
  const cfg = parseConfig(name => inputs[name] ?? '', parseFunctionList)
  if (!cfg.ok) throw new Error(JSON.stringify(cfg.error))
  return cfg.value
}

describe('mode plan with functions', () => {
  it('plans all three on one distribution, one update, and changes nothing', async () => {
    const { dist, items } = await world()
    const cfg = config({ mode: 'plan', 'distribution-id': dist, functions: yamlList(items) })
    await em.clearRequests()

    const out = await execute(cfg, { log: quiet, defaultDescription: 'plan test' })

    expect(out.errors).toEqual([])
    expect(out.status).toBe('planned')
    expect(await mutatingCalls(em)).toEqual([])
    const outputs = outputsOf(out)
    const plan = JSON.parse(outputs.plan!) as NonNullable<typeof out.plan>
    expect(plan.distributions).toEqual([dist])
    expect(
      plan.changes.map(c => [c.functionName, c.eventType, c.from, c.to, c.includeBody])
    ).toEqual([
      ['auth', 'viewer-request', '1', 'next', false],
      ['rewrite', 'origin-request', null, 'next', true],
      ['headers', 'viewer-response', null, 'next', false]
    ])
    expect(plan.functions.map(f => [f.functionName, f.version, f.code !== null])).toEqual([
      ['auth', 'next', true],
      ['rewrite', 'next', false],
      ['headers', 'next', true]
    ])
    expect(plan.functions[1]!.configuration).toEqual([{ field: 'memorySize', from: 128, to: 256 }])
    // The changes output says the same as the plan, entry for entry.
    expect(JSON.parse(outputs.changes!)).toEqual(
      plan.changes.map(({ includeBody: _b, fromIncludeBody: _f, ...c }) => c)
    )
    const md = renderRun(cfg, out)
    expect(md).toContain(
      '| `rewrite` | origin-request | publish a new version (same code, memorySize 128 → 256) | ✅ |'
    )
    expect(md).toContain('1 UpdateDistribution call(s)')
    for (const name of ['auth', 'rewrite', 'headers'])
      expect(md).toContain(`### Lambda@Edge preflight: \`${name}\``)
  }, 60_000)

  it('validates every function and names the one that breaks a rule', async () => {
    const { dist, items } = await world()
    // Lambda@Edge allows a timeout of 30 s at most: rewrite asks for 31.
    items[1] = { ...items[1]!, timeout: '31' }
    const cfg = config({ mode: 'validate', 'distribution-id': dist, functions: yamlList(items) })
    const out = await execute(cfg, { log: quiet, defaultDescription: 'plan test' })
    expect(out.status).toBe('failed')
    expect(out.errors[0]).toMatch(/^Preflight found [1-9]\d* Lambda@Edge error/)
    expect(out.functionVerdicts?.map(f => [f.functionName, f.verdict.errors > 0])).toEqual([
      ['auth', false],
      ['rewrite', true],
      ['headers', false]
    ])
  }, 60_000)

  it('names the item whose package path is wrong', async () => {
    const { dist, items } = await world()
    items[2] = { ...items[2]!, package: '/no/such/path.zip' }
    const cfg = config({ mode: 'plan', 'distribution-id': dist, functions: yamlList(items) })
    const out = await execute(cfg, { log: quiet, defaultDescription: 'plan test' })
    expect(out.inputError).toBe(true)
    expect(out.errors[0]).toMatch(/^Input "functions\[2\]\.package" /)
  }, 60_000)

  it('deploys all three with one UpdateDistribution and one wait, as planned', async () => {
    const { dist, items } = await world()
    const inputs = { 'distribution-id': dist, functions: yamlList(items) }
    const planned = await execute(config({ ...inputs, mode: 'plan' }), {
      log: quiet,
      defaultDescription: 'plan test'
    })
    await em.clearRequests()
    await em.setDeployDelay(1)
    const log = recording()

    const out = await execute(config(inputs), { log, defaultDescription: 'functions test' })

    expect(out.errors).toEqual([])
    expect(out.status).toBe('deployed')
    const calls = await mutatingCalls(em)
    expect(calls.filter(c => c === 'UpdateDistribution')).toHaveLength(1)
    expect(calls.filter(c => c === 'PublishVersion')).toHaveLength(3)
    expect(log.lines.filter(l => l.startsWith('Waiting for'))).toHaveLength(1)
    const outputs = outputsOf(out)
    const versions = JSON.parse(outputs.versions!) as Record<string, string>
    expect(versions).toEqual({ auth: '2', rewrite: '1', headers: '1' })
    // What plan showed is what deploy changed: the same entries, `next` now the published version.
    const shown = planned.plan!.changes.map(({ includeBody: _b, fromIncludeBody: _f, ...c }) => ({
      ...c,
      to: c.to === 'next' ? versions[c.functionName!] : c.to
    }))
    expect(JSON.parse(outputs.changes!)).toEqual(shown)
    const live = (
      await getDistributionConfig(em, dist)
    ).config.DefaultCacheBehavior!.LambdaFunctionAssociations!.Items!.map(a => [
      a.EventType,
      a.LambdaFunctionARN!.split(':').slice(-2).join(':'),
      a.IncludeBody
    ])
    expect(live.sort()).toEqual(
      [
        ['viewer-request', 'auth:2', false],
        ['origin-request', 'rewrite:1', true],
        ['viewer-response', 'headers:1', false]
      ].sort()
    )
  }, 60_000)

  it('changes nothing for any function when one fails validation', async () => {
    const { dist, items } = await world()
    items[1] = { ...items[1]!, timeout: '31' }
    await em.clearRequests()
    const out = await execute(config({ 'distribution-id': dist, functions: yamlList(items) }), {
      log: quiet,
      defaultDescription: 'functions test'
    })
    expect(out.status).toBe('failed')
    expect(out.errors[0]).toMatch(/^Preflight found/)
    expect(await mutatingCalls(em)).toEqual([])
  }, 60_000)

  it('puts all three slots back in one update when the health check fails after the write', async () => {
    const { dist, items } = await world()
    const before = (await getDistributionConfig(em, dist)).config.DefaultCacheBehavior!
      .LambdaFunctionAssociations
    health.status = 500
    await em.clearRequests()
    const out = await execute(
      config({
        'distribution-id': dist,
        functions: yamlList(items),
        'health-check-url': health.url,
        'health-check-failures': '1'
      }),
      { log: quiet, defaultDescription: 'functions test' }
    )
    expect(out.status).toBe('rolled-back')
    expect(out.undone?.map(c => c.functionName)).toEqual(['auth', 'rewrite', 'headers'])
    const after = (await getDistributionConfig(em, dist)).config.DefaultCacheBehavior!
      .LambdaFunctionAssociations
    expect(after).toEqual(before)
    const calls = await mutatingCalls(em)
    expect(calls.filter(c => c === 'UpdateDistribution')).toHaveLength(2)
    expect(outputsOf(out).versions).toBe('{}')
    // Each function's journal: the version this run published is bad, never offered as previous.
    expect((await journalOf('auth')).bad).toEqual([2])
    expect((await journalOf('rewrite')).bad).toEqual([1])
    expect((await journalOf('headers')).bad).toEqual([1])
    for (const name of ['auth', 'rewrite', 'headers'])
      expect((await journalOf(name)).pending).toBeUndefined()
  }, 60_000)

  it('a run stopped during the wait is cancelled for each function; the re-run resumes and verifies all three', async () => {
    const { dist, items } = await world()
    const inputs = { 'distribution-id': dist, functions: yamlList(items) }
    await em.setDeployDelay(30)
    const ac = new AbortController()
    const log = recording()
    const progress = log.progress
    log.progress = (...a) => (ac.abort('SIGINT'), progress(...a))
    const stopped = await execute(config(inputs), {
      log,
      defaultDescription: 'functions test',
      signal: ac.signal
    })
    expect(stopped.status).toBe('cancelled')
    expect(
      stopped.errors.filter(e => /^Cancelled: version \d+ is associated/.test(e))
    ).toHaveLength(3)
    for (const [name, v] of [
      ['auth', 2],
      ['rewrite', 1],
      ['headers', 1]
    ] as const) {
      const j = await journalOf(name)
      expect([j.cancelled, j.pending?.version]).toEqual([[v], v])
    }

    await em.setDeployDelay(0)
    await em.markDeployed(dist)
    await em.clearRequests()
    const again = await execute(config(inputs), {
      log: quiet,
      defaultDescription: 'functions test'
    })
    expect([again.status, again.errors, again.resumed]).toEqual(['deployed', [], true])
    expect(again.versions).toEqual({ auth: '2', rewrite: '1', headers: '1' })
    // Nothing published and nothing re-associated: the run waited, checked and recorded.
    const calls = await mutatingCalls(em)
    expect(calls.filter(c => c === 'PublishVersion' || c === 'UpdateDistribution')).toEqual([])
    expect((await journalOf('auth')).good).toEqual([1, 2])
    for (const name of ['rewrite', 'headers']) {
      const j = await journalOf(name)
      expect([j.good, j.cancelled, j.pending]).toEqual([[1], [], undefined])
    }
    // Now verified: a third run has nothing to do and writes nothing.
    await em.clearRequests()
    const third = await execute(config(inputs), {
      log: quiet,
      defaultDescription: 'functions test'
    })
    expect(third.status).toBe('unchanged')
    expect(await mutatingCalls(em)).toEqual([])
  }, 90_000)
})

const journalOf = async (name: string) =>
  parseJournal(
    (
      await clients(em).lambda.send(
        new GetAliasCommand({ FunctionName: name, Name: 'lambda-edge-live' })
      )
    ).Description
  )

describe('mode rollback with functions', () => {
  it('rolls every function back to its previous good version in one update and one wait', async () => {
    for (const name of ['auth', 'rewrite', 'headers', 'other']) await edgeFunction(em, name)
    const other1 = await publishVersion(em, 'other')
    const created = await createDistribution(em, {
      behaviors: ['/img/*'],
      associations: [{ cacheBehavior: '/img/*', eventType: 'viewer-request', arn: other1 }]
    })
    const dist = created.id
    await em.markDeployed(dist)
    const items = (tag: string): Item[] => [
      {
        'function-name': 'auth',
        'event-type': 'viewer-request',
        package: handlerFolder(`a${tag}`)
      },
      {
        'function-name': 'rewrite',
        'event-type': 'origin-request',
        package: handlerFolder(`r${tag}`)
      },
      {
        'function-name': 'headers',
        'event-type': 'viewer-response',
        package: handlerFolder(`h${tag}`)
      }
    ]
    for (const tag of ['1', '2']) {
      const out = await execute(
        config({ 'distribution-id': dist, functions: yamlList(items(tag)) }),
        {
          log: quiet,
          defaultDescription: 'functions test'
        }
      )
      expect([out.status, out.errors]).toEqual(['deployed', []])
      expect(out.versions).toEqual({ auth: tag, rewrite: tag, headers: tag })
    }
    const img = async () => (await getDistributionConfig(em, dist)).config.CacheBehaviors!.Items![0]
    const imgBefore = await img()
    await em.clearRequests()
    await em.setDeployDelay(1)
    const log = recording()
    // A rollback needs no package: the items name the functions and their slots.
    const list = items('x').map(({ package: _p, ...i }) => i)

    const back = await execute(
      config({ mode: 'rollback', 'distribution-id': dist, functions: yamlList(list) }),
      { log, defaultDescription: 'functions test' }
    )

    expect([back.status, back.errors]).toEqual(['rolled-back', []])
    const calls = await mutatingCalls(em)
    expect(calls.filter(c => c === 'UpdateDistribution')).toHaveLength(1)
    expect(calls.filter(c => c === 'PublishVersion')).toHaveLength(0)
    expect(log.lines.filter(l => l.startsWith('Waiting for'))).toHaveLength(1)
    const live = (
      await getDistributionConfig(em, dist)
    ).config.DefaultCacheBehavior!.LambdaFunctionAssociations!.Items!.map(a =>
      a.LambdaFunctionARN!.split(':').slice(-2).join(':')
    )
    expect(live.sort()).toEqual(['auth:1', 'headers:1', 'rewrite:1'])
    expect(await img()).toEqual(imgBefore)
    const outputs = outputsOf(back)
    expect(JSON.parse(outputs.versions!)).toEqual({ auth: '1', rewrite: '1', headers: '1' })
    expect(
      (JSON.parse(outputs.changes!) as { functionName: string; from: string; to: string }[]).map(
        c => [c.functionName, c.from, c.to]
      )
    ).toEqual([
      ['auth', '2', '1'],
      ['rewrite', '2', '1'],
      ['headers', '2', '1']
    ])
    // The summary: one table, a row per function.
    const cfgBack = config({ mode: 'rollback', 'distribution-id': dist, functions: yamlList(list) })
    expect(renderRun(cfgBack, back)).toContain(
      `| \`auth\` | 1 | \`${dist}\` \`default\` viewer-request: 2 → 1 | rolled-back |`
    )
    // Each function's own journal: back on 1, 2 never offered again, nothing pending.
    for (const name of ['auth', 'rewrite', 'headers']) {
      const j = await journalOf(name)
      expect([j.good, j.bad, j.pending]).toEqual([[1], [2], undefined])
    }
  }, 90_000)

  it('refuses the whole rollback when one function has no earlier verified version, changing nothing', async () => {
    const { dist, items } = await world()
    await em.clearRequests()
    const out = await execute(
      config({ mode: 'rollback', 'distribution-id': dist, functions: yamlList(items) }),
      { log: quiet, defaultDescription: 'plan test' }
    )
    expect(out.status).toBe('failed')
    const rewrite = out.errors.find(e => e.startsWith('Function rewrite: Input "rollback-to"'))
    // The hint fits several functions: a version number is refused with `functions`.
    expect(rewrite).toContain('in a step of its own with a version number (function-name: rewrite')
    expect(rewrite).not.toContain('Give a version number instead')
    expect(await mutatingCalls(em)).toEqual([])
  }, 60_000)
})

describe('the CLI with --functions FILE.yml', () => {
  it('plans from the file as the action does, and says which file it cannot read', async () => {
    const { dist, items } = await world()
    const file = writeTemp('functions.yml', yamlList(items))
    const r = await runCli(
      ['plan', '--functions', file, '--distribution-id', dist, '--json'],
      em.env,
      tmpdir()
    )
    expect(r.code).toBe(0)
    const out = JSON.parse(r.stdout) as {
      status: string
      plan: { changes: { functionName: string }[] }
    }
    expect(out.status).toBe('planned')
    expect(out.plan.changes.map(c => c.functionName)).toEqual(['auth', 'rewrite', 'headers'])

    // A broken item: the CLI prints its finding with the function's name, as text and as JSON.
    items[1] = { ...items[1]!, timeout: '31' }
    const broken = writeTemp('broken.yml', yamlList(items))
    const text = await runCli(
      ['validate', '--functions', broken, '--distribution-id', dist],
      em.env,
      tmpdir()
    )
    expect(text.code).toBe(1)
    expect(text.stdout).toMatch(/^error: rewrite \(origin-request\): .*30/m)
    const json = await runCli(
      ['validate', '--functions', broken, '--distribution-id', dist, '--json'],
      em.env,
      tmpdir()
    )
    const findings = (JSON.parse(json.stdout) as { findings: { functionName: string }[] }).findings
    expect(findings.map(f => f.functionName)).toContain('rewrite')

    const missing = await runCli(
      ['plan', '--functions', '/no/such.yml', '--distribution-id', dist],
      em.env,
      tmpdir()
    )
    expect(missing.code).toBe(2)
    expect(missing.stderr).toMatch(/^--functions \/no\/such\.yml: cannot read the file/)
  }, 60_000)
})
