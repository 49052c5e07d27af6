/**
 * The journal and the lock, in-process against the emulator: re-runs converge, a cancelled wait
 * is recorded as such, two deploys of one function never overlap, IncludeBody is kept and
 * restored, and `previous` only ever names a verified version.
 */
import { GetAliasCommand } from '@aws-sdk/client-lambda'
import { parseJournal } from '../src/journal.js'
import { parseLease } from '../src/lock.js'
import {
  clients,
  createDistribution,
  getDistributionConfig,
  startEmulator,
  type Emulator
} from './harness/emulator.mjs'
import { startHealthServer, type HealthServer } from './helpers/health-server.js'
import { runEngine, runner, useEmulatorEnv } from './helpers/in-process.js'
import { edgeFunction, handlerFolder, mutatingCalls, publishVersion } from './helpers/world.js'

let em: Emulator
let health: HealthServer
beforeAll(async () => {
  ;[em, health] = await Promise.all([startEmulator(), startHealthServer(200)])
  useEmulatorEnv(em)
}, 60_000)
afterAll(async () => Promise.all([em?.stop(), health?.stop()]))
beforeEach(async () => {
  await em.reset()
  health.status = 200
})

async function site(o: { includeBody?: boolean } = {}) {
  await edgeFunction(em, 'edge')
  const v1 = await publishVersion(em, 'edge')
  const eventType = 'origin-request' as const
  const dist = await createDistribution(em, {
    associations: [{ cacheBehavior: 'default', eventType, arn: v1, includeBody: o.includeBody }]
  })
  await em.markDeployed(dist.id)
  return { dist: dist.id, v1 }
}

const inputs = (dist: string, extra: Record<string, string> = {}) => ({
  'function-name': 'edge',
  'distribution-id': dist,
  'event-type': 'origin-request',
  'wait-timeout-seconds': '30',
  'health-check-url': health.url,
  'health-check-timeout-seconds': '2',
  ...extra
})

const slot = async (dist: string) =>
  (await getDistributionConfig(em, dist)).config.DefaultCacheBehavior!.LambdaFunctionAssociations!
    .Items![0]!

async function alias(name: string) {
  return clients(em).lambda.send(new GetAliasCommand({ FunctionName: 'edge', Name: name }))
}
const journal = async () => parseJournal((await alias('lambda-edge-live')).Description)

describe('journal', () => {
  it('records intent then verdict; an unchanged re-run writes nothing', async () => {
    const { dist } = await site()
    const first = await runEngine(inputs(dist, { package: handlerFolder('a') }))
    expect(first.outcome.status).toBe('deployed')
    expect(first.outcome.version).toBe('2')
    const j = await journal()
    expect(j.good).toEqual([1, 2])
    expect(j.pending).toBeUndefined()
    expect((await alias('lambda-edge-live')).FunctionVersion).toBe('2')
    expect(parseLease((await alias('lambda-edge-lock')).Description)).toBeUndefined()

    await em.clearRequests()
    const again = await runEngine(inputs(dist, { package: handlerFolder('a') }))
    expect(again.outcome.status).toBe('unchanged')
    expect(await mutatingCalls(em)).toEqual([])
  })

  it('a cancelled wait is recorded as cancelled, and the re-run resumes and verifies', async () => {
    const { dist } = await site()
    await em.setDeployDelay(30)
    const ac = new AbortController()
    const cancelled = await runEngine(inputs(dist, { package: handlerFolder('b') }), {
      signal: ac.signal,
      onLine: l => {
        if (l.startsWith('poll')) ac.abort('SIGINT')
      }
    })
    expect(cancelled.outcome.status).toBe('cancelled')
    expect(cancelled.outcome.errors.join('\n')).toMatch(
      /version 2 is associated with 1 slot\(s\) but was not verified/
    )
    expect(cancelled.outcome.errors.join('\n')).toMatch(/previous verified version: 1/)
    expect((await slot(dist)).LambdaFunctionARN).toMatch(/:edge:2$/)
    let j = await journal()
    expect(j.cancelled).toEqual([2])
    expect(j.pending?.version).toBe(2)
    expect(j.good).not.toContain(2)
    // The lock was released on the way out.
    expect(parseLease((await alias('lambda-edge-lock')).Description)).toBeUndefined()

    await em.setDeployDelay(0)
    await em.markDeployed(dist)
    const resumed = await runEngine(inputs(dist, { package: handlerFolder('b') }))
    expect(resumed.outcome.status).toBe('deployed')
    expect(resumed.outcome.resumed).toBe(true)
    expect(resumed.outcome.version).toBe('2')
    j = await journal()
    expect(j.good).toEqual([1, 2])
    expect(j.cancelled).toEqual([])
    expect(j.pending).toBeUndefined()
  })

  it('previous skips a version that was never verified', async () => {
    const { dist } = await site()
    await runEngine(inputs(dist, { package: handlerFolder('c') })) // v2 good
    await em.setDeployDelay(30)
    const ac = new AbortController()
    await runEngine(inputs(dist, { package: handlerFolder('d') }), {
      signal: ac.signal,
      onLine: l => l.startsWith('poll') && ac.abort('SIGINT')
    }) // v3 cancelled, live
    await em.setDeployDelay(0)
    await em.markDeployed(dist)
    const back = await runEngine(inputs(dist, { mode: 'rollback' }))
    expect(back.outcome.status).toBe('rolled-back')
    expect(back.outcome.version).toBe('2')
    expect((await slot(dist)).LambdaFunctionARN).toMatch(/:edge:2$/)
    const j = await journal()
    expect(j.pending).toBeUndefined()
    expect(j.good.at(-1)).toBe(2)
  })
})

describe('IncludeBody', () => {
  it('an empty include-body keeps true on deploy, and rollback restores what the target was deployed with', async () => {
    const { dist } = await site({ includeBody: true })
    const d = await runEngine(inputs(dist, { package: handlerFolder('e') }))
    expect(d.outcome.status).toBe('deployed')
    expect(await slot(dist)).toMatchObject({ IncludeBody: true })
    expect((await journal()).body[2]).toBe(true)

    // v3 deployed with the body turned off on purpose, then rolled back: v2's setting returns.
    const off = await runEngine(
      inputs(dist, { package: handlerFolder('f'), 'include-body': 'false' })
    )
    expect(off.outcome.status).toBe('deployed')
    expect(await slot(dist)).toMatchObject({ IncludeBody: false })
    const back = await runEngine(inputs(dist, { mode: 'rollback' }))
    expect(back.outcome.status).toBe('rolled-back')
    expect(await slot(dist)).toMatchObject({ IncludeBody: true })
    expect((await slot(dist)).LambdaFunctionARN).toMatch(/:edge:2$/)
  })
})

describe('lock', () => {
  it('two concurrent deploys with different packages: one after the other, both reports and the journal true', async () => {
    const { dist } = await site()
    await em.setDeployDelay(1)
    const [a, b] = await Promise.all([
      runEngine(inputs(dist, { package: handlerFolder('A') }), { identity: runner('octo/a', '1') }),
      runEngine(inputs(dist, { package: handlerFolder('B') }), { identity: runner('octo/b', '2') })
    ])
    expect([a.outcome.status, b.outcome.status]).toEqual(['deployed', 'deployed'])
    const versions = [a.outcome.version, b.outcome.version].map(Number)
    expect(new Set(versions).size).toBe(2)
    const waited = [a, b].find(r =>
      r.lines.some(l => /Waiting for the deploy lock of edge: held by octo\/[ab] run/.test(l))
    )
    expect(waited).toBeDefined()
    const last = waited!.outcome.version
    expect((await slot(dist)).LambdaFunctionARN).toMatch(new RegExp(`:edge:${last}$`))
    const j = await journal()
    // The history is in the order the deploys went live.
    const first = versions.find(v => String(v) !== last)!
    expect(j.good).toEqual([1, first, Number(last)])
    expect((await alias('lambda-edge-live')).FunctionVersion).toBe(last)
  }, 60_000)

  it("a second run gives up after lock-timeout-seconds naming the holder; the same run's next attempt takes over", async () => {
    const { dist } = await site()
    await em.setDeployDelay(30)
    const ac = new AbortController()
    // A run "killed" while holding the lock: simulated by a lease written and never released.
    const holder = runner('octo/edge-site', '77', 1)
    const { acquireLock } = await import('../src/aws/lease.js')
    const { createClients } = await import('../src/aws/clients.js')
    const c = await createClients()
    const held = await acquireLock(c, 'edge', holder, {
      clock: { now: () => Date.now(), sleep: ms => new Promise(r => setTimeout(r, ms)) },
      log: { info: () => {}, warning: () => {}, group: (_t, f) => f(), progress: () => {} },
      timeoutSeconds: 0,
      leaseSeconds: 3600
    })
    expect(held.ok).toBe(true)
    await em.setDeployDelay(0)
    await em.clearRequests()
    const other = await runEngine(
      inputs(dist, { package: handlerFolder('g'), 'lock-timeout-seconds': '1' }),
      {
        identity: runner('octo/other', '5'),
        signal: ac.signal
      }
    )
    expect(other.outcome.status).toBe('failed')
    expect(other.outcome.errors[0]).toMatch(
      /holds its lock: octo\/edge-site run 77 \(attempt 1\) by octocat/
    )
    expect(other.outcome.errors[0]).toMatch(/unlock --function-name edge/)
    expect(await mutatingCalls(em)).toEqual([])

    const retry = await runEngine(inputs(dist, { package: handlerFolder('g') }), {
      identity: runner('octo/edge-site', '77', 2)
    })
    expect(retry.outcome.status).toBe('deployed')
    expect(retry.lines.join('\n')).toMatch(
      /Took over the deploy lock of edge \(own-earlier-attempt\)/
    )
  })
})

describe('emulator guards (as AWS documents them; moto alone ignores them)', () => {
  it('UpdateAlias with a stale RevisionId is 412; PublishVersion checks RevisionId and CodeSha256', async () => {
    const { CreateAliasCommand, UpdateAliasCommand, PublishVersionCommand, GetFunctionCommand } =
      await import('@aws-sdk/client-lambda')
    await edgeFunction(em, 'edge')
    const lambda = clients(em).lambda
    const made = await lambda.send(
      new CreateAliasCommand({ FunctionName: 'edge', Name: 'x', FunctionVersion: '$LATEST' })
    )
    const next = await lambda.send(
      new UpdateAliasCommand({
        FunctionName: 'edge',
        Name: 'x',
        Description: 'a',
        RevisionId: made.RevisionId
      })
    )
    expect(next.RevisionId).not.toBe(made.RevisionId)
    await expect(
      lambda.send(
        new UpdateAliasCommand({
          FunctionName: 'edge',
          Name: 'x',
          Description: 'b',
          RevisionId: made.RevisionId
        })
      )
    ).rejects.toMatchObject({ name: 'PreconditionFailedException' })

    const fn = await lambda.send(new GetFunctionCommand({ FunctionName: 'edge' }))
    await expect(
      lambda.send(new PublishVersionCommand({ FunctionName: 'edge', RevisionId: 'stale' }))
    ).rejects.toMatchObject({ name: 'PreconditionFailedException' })
    await expect(
      lambda.send(
        new PublishVersionCommand({ FunctionName: 'edge', CodeSha256: 'bm90IHRoZSBjb2Rl' })
      )
    ).rejects.toMatchObject({ name: 'InvalidParameterValueException' })
    const ok = await lambda.send(
      new PublishVersionCommand({
        FunctionName: 'edge',
        RevisionId: fn.Configuration!.RevisionId,
        CodeSha256: fn.Configuration!.CodeSha256
      })
    )
    expect(ok.Version).toBe('1')
  })
})

describe('rollback calls', () => {
  it('reads nothing of $LATEST and each thing once', async () => {
    const { dist } = await site()
    await runEngine(inputs(dist, { package: handlerFolder('h') }))
    await em.clearRequests()
    const back = await runEngine(inputs(dist, { mode: 'rollback', 'health-check-url': '' }))
    expect(back.outcome.status).toBe('rolled-back')
    const ops = (await em.requests()).map(r => r.operation)
    const lockAndJournal = ops.filter(o => /Alias$/.test(o ?? ''))
    const rest = ops.filter(o => !/Alias$/.test(o ?? ''))
    expect(rest.filter(o => o !== 'GetDistribution').sort()).toEqual(
      [
        'GetDistributionConfig',
        'GetFunctionConfiguration',
        'GetProvisionedConcurrencyConfig',
        'GetRole',
        'GetRuntimeManagementConfig',
        'UpdateDistribution'
      ].sort()
    )
    // lock read + take + release, journal read + intent + verdict
    expect(lockAndJournal).toHaveLength(6)
    process.stdout.write(`rollback calls: ${ops.length} (${ops.join(', ')})\n`)
  })
})

describe('outside the lock', () => {
  it('a slot replaced by hand during the wait is reported as such, never as deployed', async () => {
    const { dist, v1 } = await site()
    await em.setDeployDelay(2)
    const { UpdateDistributionCommand } = await import('@aws-sdk/client-cloudfront')
    let replaced = false
    const r = await runEngine(
      inputs(dist, { package: handlerFolder('i'), 'health-check-url': '' }),
      {
        onLine: l => {
          if (!l.startsWith('poll') || replaced) return
          replaced = true
          void (async () => {
            const { config, etag } = await getDistributionConfig(em, dist)
            config.DefaultCacheBehavior!.LambdaFunctionAssociations!.Items![0]!.LambdaFunctionARN =
              v1
            await clients(em).cloudfront.send(
              new UpdateDistributionCommand({ Id: dist, IfMatch: etag, DistributionConfig: config })
            )
          })()
        }
      }
    )
    expect(r.outcome.status).not.toBe('deployed')
    expect(r.outcome.errors.join('\n')).toMatch(
      /now holds 1, set by someone else while this run waited/
    )
    expect((await slot(dist)).LambdaFunctionARN).toBe(v1)
    expect((await journal()).good).not.toContain(2)
  })

  it('unlock breaks a stale lock and says whose it was', async () => {
    await site()
    const { acquireLock, breakLock } = await import('../src/aws/lease.js')
    const { createClients } = await import('../src/aws/clients.js')
    const c = await createClients()
    const held = await acquireLock(c, 'edge', runner('octo/gone', '9'), {
      clock: { now: () => Date.now(), sleep: async () => {} },
      log: { info: () => {}, warning: () => {}, group: (_t, f) => f(), progress: () => {} },
      timeoutSeconds: 0,
      leaseSeconds: 3600
    })
    expect(held.ok).toBe(true)
    const r = await breakLock(c, 'edge', Math.floor(Date.now() / 1000))
    expect(r).toEqual({
      ok: true,
      value: expect.stringMatching(/held by octo\/gone run 9 \(attempt 1\) by octocat/)
    })
    expect(parseLease((await alias('lambda-edge-lock')).Description)).toBeUndefined()
  })
})
