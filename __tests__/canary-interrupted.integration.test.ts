/**
 * Canary paths where something else happens in the middle, in-process against the emulator:
 * - a canary deploy that dies after its staging write (the process is gone: no abort, no policy
 *   change, the journal's intent left pending), then re-run as the next attempt of the same run;
 * - `mode: promote` while another run holds the function's lock;
 * - `mode: rollback` while a canary is live.
 * A "kill" here is an exception thrown from the log at the first poll of the staging
 * distribution: nothing after that point runs (the lock is still released by its `finally`,
 * which a SIGKILL would not do; the re-run is the same run's next attempt, which takes over its
 * own lease either way, as __tests__/interrupted.integration.test.ts proves with the bundle).
 */
import {
  CreateContinuousDeploymentPolicyCommand,
  ListDistributionsCommand
} from '@aws-sdk/client-cloudfront'
import { acquireLock, releaseLock } from '../src/aws/lease.js'
import { createClients, destroyClients } from '../src/aws/clients.js'
import { readJournal } from '../src/aws/journal-store.js'
import { realClock } from '../src/clock.js'
import {
  clients,
  getDistributionConfig,
  startEmulator,
  type Emulator
} from './harness/emulator.mjs'
import { canaryWorld } from './helpers/canary.js'
import { runEngine, runner, useEmulatorEnv } from './helpers/in-process.js'
import { handlerFolder, mutatingCalls } from './helpers/world.js'

let em: Emulator
const saved = { ...process.env }
beforeAll(async () => {
  em = await startEmulator()
  useEmulatorEnv(em)
  delete process.env.GITHUB_RUN_ID
}, 60_000)
afterAll(async () => {
  process.env = saved
  await em?.stop()
})
beforeEach(async () => em.reset())

const base = {
  'function-name': 'headers',
  'event-type': 'viewer-response',
  'wait-timeout-seconds': '30',
  'health-check-timeout-seconds': '2',
  comment: 'false'
}

const { site, slot, policy, stagingIds } = canaryWorld(() => em)

async function policyEnabled(primaryId: string): Promise<boolean | undefined> {
  const { config } = await getDistributionConfig(em, primaryId)
  return config.ContinuousDeploymentPolicyId ? (await policy(primaryId)).Enabled : undefined
}

async function journal() {
  const c = await createClients()
  try {
    const j = await readJournal(c, 'headers')
    if (!j.ok) throw new Error(j.error.message)
    return j.value.journal
  } finally {
    destroyClients(c)
  }
}

class Killed extends Error {}

/** A canary deploy that dies at the first poll of a distribution other than the primary. */
async function killedAfterStagingWrite(dist: string, tag: string, attempt = 1) {
  let killedAt: string | undefined
  const r = await runEngine(
    { ...base, package: handlerFolder(tag), 'distribution-id': dist, canary: 'header' },
    {
      identity: runner('octo/edge-site', '700', attempt),
      onLine: line => {
        const m = /^poll (\S+) /.exec(line)
        if (m && m[1] !== dist && !killedAt) {
          killedAt = m[1]
          throw new Killed(`killed while waiting for ${m[1]}`)
        }
      }
    }
  )
  expect(killedAt).toBeDefined()
  expect(r.outcome.errors.join('\n')).toMatch(/killed while waiting/)
  return killedAt!
}

describe('a canary deploy killed after its staging write, then re-run', () => {
  it('a later canary (policy and staging exist): the re-run verifies staging and promotes', async () => {
    const { fnArn, v1, dist } = await site()
    const first = await runEngine(
      { ...base, package: handlerFolder('k1'), 'distribution-id': dist.id, canary: 'header' },
      { identity: runner('octo/edge-site', '600') }
    )
    expect(first.outcome.status).toBe('deployed')
    const v2 = `${fnArn}:${first.outcome.version}`
    const staging = first.outcome.canary!.distributions[0]!.stagingId

    const killedAt = await killedAfterStagingWrite(dist.id, 'k2')
    expect(killedAt).toBe(staging)
    // Dead after the staging write: staging holds the new version, the primary its old one.
    const v3 = await slot(staging)
    expect(v3).not.toBe(v2)
    expect(await slot(dist.id)).toBe(v2)
    expect(await policyEnabled(dist.id)).toBe(false)

    const again = await runEngine(
      { ...base, package: handlerFolder('k2'), 'distribution-id': dist.id, canary: 'header' },
      { identity: runner('octo/edge-site', '700', 2) }
    )
    expect(again.outcome.errors).toEqual([])
    expect(again.outcome.status).toBe('deployed')
    expect(`${fnArn}:${again.outcome.version}`).toBe(v3)
    expect(again.outcome.canary).toMatchObject({ state: 'promoted' })
    expect(again.outcome.canary!.distributions).toEqual([
      expect.objectContaining({ primaryId: dist.id, stagingId: staging, createdStaging: false })
    ])
    // The report says what changed on the primary: v2 -> v3, not "nothing".
    expect(again.outcome.changes).toEqual([
      expect.objectContaining({ distributionId: dist.id, from: v2, to: v3 })
    ])
    expect(await slot(dist.id)).toBe(v3)
    expect(await stagingIds()).toEqual([staging])
    const j = await journal()
    expect(j.good).toContain(Number(again.outcome.version))
    expect(j.pending).toBeUndefined()
    expect(v1).not.toBe(v3)
  }, 60_000)

  it('the first canary (no policy yet): the re-run reuses the staging distribution it left', async () => {
    const { fnArn, dist } = await site()
    const orphan = await killedAfterStagingWrite(dist.id, 'f1')
    expect(await stagingIds()).toEqual([orphan])
    expect(
      (await getDistributionConfig(em, dist.id)).config.ContinuousDeploymentPolicyId
    ).toBeFalsy()

    const again = await runEngine(
      { ...base, package: handlerFolder('f1'), 'distribution-id': dist.id, canary: 'header' },
      { identity: runner('octo/edge-site', '700', 2) }
    )
    expect(again.outcome.errors).toEqual([])
    expect(again.outcome.status).toBe('deployed')
    expect(again.lines.join('\n')).toMatch(
      new RegExp(`staging distribution ${orphan} .*left by an earlier canary`)
    )
    // One staging distribution in the account, not an orphan plus a new one (the quota is 20).
    expect(await stagingIds()).toEqual([orphan])
    expect(again.outcome.canary!.distributions[0]).toMatchObject({
      stagingId: orphan,
      createdStaging: false
    })
    expect(await slot(dist.id)).toBe(`${fnArn}:${again.outcome.version}`)
  }, 60_000)
  it('stopped between creating its policy and attaching it: both are reused, nothing created twice', async () => {
    const { fnArn, dist } = await site()
    const orphan = await killedAfterStagingWrite(dist.id, 'p1')
    const list = await clients(em).cloudfront.send(new ListDistributionsCommand({}))
    const domain = list.DistributionList!.Items!.find(d => d.Id === orphan)!.DomainName!
    const made = await clients(em).cloudfront.send(
      new CreateContinuousDeploymentPolicyCommand({
        ContinuousDeploymentPolicyConfig: {
          StagingDistributionDnsNames: { Quantity: 1, Items: [domain] },
          Enabled: true,
          TrafficConfig: {
            Type: 'SingleHeader',
            SingleHeaderConfig: { Header: 'aws-cf-cd-lambda-edge-deploy', Value: 'run-700-1-dead' }
          }
        }
      })
    )
    const policyId = made.ContinuousDeploymentPolicy!.Id!
    await em.clearRequests()
    const again = await runEngine(
      { ...base, package: handlerFolder('p1'), 'distribution-id': dist.id, canary: 'header' },
      { identity: runner('octo/edge-site', '700', 2) }
    )
    expect(again.outcome.errors).toEqual([])
    expect(again.outcome.status).toBe('deployed')
    expect(again.outcome.canary!.distributions[0]).toMatchObject({ stagingId: orphan, policyId })
    const writes = await mutatingCalls(em)
    expect(writes).not.toContain('CopyDistribution')
    expect(writes).not.toContain('CreateContinuousDeploymentPolicy')
    expect((await getDistributionConfig(em, dist.id)).config.ContinuousDeploymentPolicyId).toBe(
      policyId
    )
    expect(await slot(dist.id)).toBe(`${fnArn}:${again.outcome.version}`)
  }, 60_000)
  it('killed after the promotion, while the primary propagates: the re-run resumes and verifies it', async () => {
    const { fnArn, dist } = await site()
    const first = await runEngine(
      { ...base, package: handlerFolder('a1'), 'distribution-id': dist.id, canary: 'header' },
      { identity: runner('octo/edge-site', '600') }
    )
    expect(first.outcome.status).toBe('deployed')
    // A later canary polls the primary only after UpdateDistributionWithStagingConfig.
    let killed = false
    const dead = await runEngine(
      { ...base, package: handlerFolder('a2'), 'distribution-id': dist.id, canary: 'header' },
      {
        identity: runner('octo/edge-site', '700', 1),
        onLine: line => {
          if (!killed && line.startsWith(`poll ${dist.id} `)) {
            killed = true
            throw new Killed('killed while the primary propagates')
          }
        }
      }
    )
    expect(killed).toBe(true)
    expect(dead.outcome.errors.join('\n')).toMatch(/killed while the primary propagates/)
    // The dead run reported nothing; AWS holds the promoted version and the journal its intent.
    const v3 = await slot(dist.id)
    expect(v3).toBe(`${fnArn}:3`)
    expect((await journal()).pending?.version).toBe(3)

    const again = await runEngine(
      { ...base, package: handlerFolder('a2'), 'distribution-id': dist.id, canary: 'header' },
      { identity: runner('octo/edge-site', '700', 2) }
    )
    expect(again.outcome.errors).toEqual([])
    expect(again.outcome.status).toBe('deployed')
    expect(again.outcome.resumed).toBe(true)
    expect(again.lines.join('\n')).toMatch(/resuming/)
    expect(`${fnArn}:${again.outcome.version}`).toBe(v3)
    const j = await journal()
    expect(j.good).toContain(Number(again.outcome.version))
    expect(j.pending).toBeUndefined()
  }, 60_000)
})

describe('mode promote while another run holds the lock', () => {
  async function manualCanary() {
    const s = await site()
    const o = await runEngine(
      {
        ...base,
        package: handlerFolder('m1'),
        'distribution-id': s.dist.id,
        canary: 'header',
        'canary-promote': 'manual'
      },
      { identity: runner('octo/edge-site', '800') }
    )
    expect(o.outcome.status).toBe('canary')
    return { ...s, canary: o.outcome }
  }

  /** Another run takes the function's lock now and gives it back after `ms`, doing `meanwhile`. */
  async function holdLock(ms: number, meanwhile: () => Promise<void> = async () => {}) {
    const c = await createClients()
    const log = {
      info: () => {},
      warning: () => {},
      group: <T>(_: string, f: () => Promise<T>) => f(),
      progress: () => {}
    }
    const held = await acquireLock(c, 'headers', runner('octo/other', '900'), {
      clock: realClock,
      log,
      timeoutSeconds: 5,
      leaseSeconds: 600
    })
    if (!held.ok) throw new Error(held.error)
    const released = (async () => {
      await new Promise(r => setTimeout(r, ms))
      await meanwhile()
      await releaseLock(c, 'headers', held.value, log)
      destroyClients(c)
    })()
    return released
  }

  it('waits for the lock, then promotes, and says it waited', async () => {
    const { fnArn, v1, dist, canary } = await manualCanary()
    const released = holdLock(2500)
    const p = await runEngine(
      { ...base, mode: 'promote', 'distribution-id': dist.id, 'lock-timeout-seconds': '60' },
      { identity: runner('octo/edge-site', '801') }
    )
    await released
    expect(p.outcome.errors).toEqual([])
    expect(p.outcome.status).toBe('deployed')
    expect(p.outcome.version).toBe(canary.version)
    expect(p.outcome.changes).toEqual([
      expect.objectContaining({
        distributionId: dist.id,
        from: v1,
        to: `${fnArn}:${canary.version}`
      })
    ])
    expect(p.lines.join('\n')).toMatch(/octo\/other/)
    expect(await slot(dist.id)).toBe(`${fnArn}:${canary.version}`)
    expect(await policyEnabled(dist.id)).toBe(false)
  }, 60_000)

  it('checks again after the wait: the run holding the lock aborted the canary, so nothing is promoted', async () => {
    const { v1, dist } = await manualCanary()
    const released = holdLock(2500, async () => {
      const r = await runEngine(
        { ...base, mode: 'rollback', 'distribution-id': dist.id },
        { identity: runner('octo/other', '900') }
      )
      expect(r.outcome.status).toBe('rolled-back')
    })
    await em.clearRequests()
    const p = await runEngine(
      { ...base, mode: 'promote', 'distribution-id': dist.id, 'lock-timeout-seconds': '60' },
      { identity: runner('octo/edge-site', '802') }
    )
    await released
    expect(p.outcome.status).toBe('failed')
    expect(p.outcome.errors[0]).toMatch(/No canary is live/)
    expect(await slot(dist.id)).toBe(v1)
    // Its only writes were the lock's (taking and freeing it) and the other run's abort.
    const writes = (await mutatingCalls(em)).filter(op => op !== 'UpdateAlias')
    expect(writes.every(op => /ContinuousDeploymentPolicy$/.test(op))).toBe(true)
  }, 60_000)
})

describe('mode rollback while a canary is live', () => {
  it('disables the policy, leaves the primary untouched and records the staging version as bad', async () => {
    const { v1, dist } = await site()
    const o = await runEngine(
      {
        ...base,
        package: handlerFolder('rb'),
        'distribution-id': dist.id,
        canary: 'header',
        'canary-promote': 'manual'
      },
      { identity: runner('octo/edge-site', '810') }
    )
    expect(o.outcome.status).toBe('canary')
    const before = await getDistributionConfig(em, dist.id)
    await em.clearRequests()
    const r = await runEngine(
      { ...base, mode: 'rollback', 'distribution-id': dist.id },
      { identity: runner('octo/edge-site', '811') }
    )
    expect(r.outcome.errors).toEqual([])
    expect(r.outcome.status).toBe('rolled-back')
    expect(r.outcome.version).toBe(o.outcome.version)
    expect(await policyEnabled(dist.id)).toBe(false)
    expect(await getDistributionConfig(em, dist.id)).toEqual(before)
    expect(await slot(dist.id)).toBe(v1)
    // No distribution write at all: one policy update, and the lock and journal aliases.
    const writes = await mutatingCalls(em)
    expect(writes.filter(op => /Distribution/.test(op))).toEqual([])
    expect(writes.filter(op => /ContinuousDeploymentPolicy/.test(op))).toEqual([
      'UpdateContinuousDeploymentPolicy'
    ])
    expect((await journal()).bad).toContain(Number(o.outcome.version))
  }, 60_000)
})
