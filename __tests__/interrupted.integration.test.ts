/**
 * What only the bundle proves: `node dist/index.js` killed with SIGKILL at each step of a deploy,
 * then re-run (the next attempt of the same workflow run) and rolled back; and SIGINT during the
 * wait, as the runner sends it when a job is cancelled. Every run must end with a true report, a
 * correct journal and the right version live.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
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
import { parseOutputs, runnerEnv } from './harness/runner.mjs'
import { startHealthServer, type HealthServer } from './helpers/health-server.js'
import { DIST, ROOT, runAction } from './helpers/run-action.js'
import { edgeFunction, handlerFolder, publishVersion } from './helpers/world.js'

let em: Emulator
let health: HealthServer
beforeAll(async () => {
  ;[em, health] = await Promise.all([startEmulator(), startHealthServer(200)])
}, 60_000)
afterAll(async () => Promise.all([em?.stop(), health?.stop()]))
beforeEach(async () => {
  await em.reset()
  health.status = 200
})

async function site() {
  await edgeFunction(em, 'edge')
  const v1 = await publishVersion(em, 'edge')
  const dist = await createDistribution(em, {
    associations: [{ cacheBehavior: 'default', eventType: 'origin-request', arn: v1 }]
  })
  await em.markDeployed(dist.id)
  return dist.id
}

const inputs = (dist: string, extra: Record<string, string> = {}) => ({
  'function-name': 'edge',
  'distribution-id': dist,
  'event-type': 'origin-request',
  'wait-timeout-seconds': '60',
  'health-check-url': health.url,
  'health-check-timeout-seconds': '20',
  ...extra
})
const attempt = (n: number) => ({
  GITHUB_RUN_ID: '500',
  GITHUB_RUN_ATTEMPT: String(n),
  GITHUB_ACTOR: 'octocat'
})

function start(inp: Record<string, string>, env: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'led-int-'))
  const r = runnerEnv({ dir, inputs: inp, env: { ...em.env, ...env } })
  const child: ChildProcess = spawn(process.execPath, [DIST], { cwd: ROOT, env: r.env })
  let stdout = ''
  child.stdout!.on('data', d => (stdout += d))
  const exited = new Promise<number | null>(res => child.on('close', c => res(c)))
  return {
    child,
    exited,
    stdout: () => stdout,
    outputs: () => parseOutputs(readFileSync(r.outputFile, 'utf8')),
    summary: () => readFileSync(r.summaryFile, 'utf8')
  }
}

async function until(what: () => Promise<boolean> | boolean, ms = 30_000): Promise<void> {
  const end = Date.now() + ms
  while (!(await what())) {
    if (Date.now() > end) throw new Error('condition not met in time')
    await new Promise(r => setTimeout(r, 15))
  }
}

const live = async (dist: string) =>
  (await getDistributionConfig(em, dist)).config
    .DefaultCacheBehavior!.LambdaFunctionAssociations!.Items![0]!.LambdaFunctionARN!.split(':')
    .pop()
const aliasOf = (name: string) =>
  clients(em).lambda.send(new GetAliasCommand({ FunctionName: 'edge', Name: name }))
const journal = async () => parseJournal((await aliasOf('lambda-edge-live')).Description)
const opsSeen = async () => (await em.requests()).map(r => `${r.operation} ${r.path}`)

// Each step is recognised in the emulator's request log (or the health server), then SIGKILL.
// The first alias write is the lock, the second the intent (CreateAlias names the alias in its body).
const aliasWrites = (ops: string[]) => ops.filter(o => /^(Create|Update)Alias /.test(o)).length
const STEPS: [string, number, (ops: string[]) => boolean][] = [
  ['lock taken', 30, ops => aliasWrites(ops) >= 1],
  ['version published', 30, ops => ops.some(o => o.startsWith('PublishVersion'))],
  ['intent written', 30, ops => aliasWrites(ops) >= 2],
  ['distribution written (waiting)', 30, ops => ops.some(o => o.startsWith('UpdateDistribution'))],
  ['health check running', 1, () => health.hits > 0]
]

describe('kill -9 at each step, then re-run and roll back', () => {
  it.each(STEPS)(
    'killed after: %s',
    async (_step, delay, reached) => {
      const dist = await site()
      await em.setDeployDelay(delay)
      health.status = 503
      health.hits = 0
      const pkg = handlerFolder('killed')
      const first = start(inputs(dist, { package: pkg }), attempt(1))
      await until(async () => reached(await opsSeen()))
      first.child.kill('SIGKILL')
      await first.exited
      const heldNew = (await live(dist)) === '2'

      // The next attempt of the same run: takes over its own lease, converges.
      await em.setDeployDelay(0)
      await em.markDeployed(dist)
      health.status = 200
      const again = await runAction(inputs(dist, { package: pkg }), { ...em.env, ...attempt(2) })
      expect(again.code).toBe(0)
      expect(again.outputs).toMatchObject({ status: 'deployed', version: '2' })
      expect(again.summary.includes('(resumed)')).toBe(heldNew)
      expect(await live(dist)).toBe('2')
      let j = await journal()
      expect(j.good).toEqual([1, 2])
      expect(j.pending).toBeUndefined()
      expect(parseLease((await aliasOf('lambda-edge-lock')).Description)).toBeUndefined()

      const back = await runAction(inputs(dist, { mode: 'rollback' }), { ...em.env, ...attempt(3) })
      expect(back.outputs).toMatchObject({ status: 'rolled-back', version: '1' })
      expect(await live(dist)).toBe('1')
      j = await journal()
      expect(j.good).toEqual([1])
      expect(j.bad).toEqual([2])
    },
    90_000
  )
})

describe('SIGINT during the wait', () => {
  it('stops polling, records cancelled, frees the lock, says what is live, exits non-zero fast', async () => {
    const dist = await site()
    await em.setDeployDelay(60)
    const run = start(inputs(dist, { package: handlerFolder('sigint') }), attempt(1))
    await until(() => /Waiting for .* to be Deployed/.test(run.stdout()))
    const t0 = Date.now()
    run.child.kill('SIGINT')
    const code = await run.exited
    const graceMs = Date.now() - t0
    expect(code).not.toBe(0)
    expect(graceMs).toBeLessThan(7_500) // the runner's SIGINT-to-SIGTERM grace
    expect(run.outputs().status).toBe('cancelled')
    const summary = run.summary()
    expect(summary).toMatch(/version 2 is associated with 1 slot\(s\) but was not verified/)
    expect(summary).toMatch(/Re-run this job to verify it/)
    expect(summary).toMatch(/previous verified version: 1/)
    expect(await live(dist)).toBe('2')
    const j = await journal()
    expect(j.cancelled).toEqual([2])
    expect(j.good).not.toContain(2)
    expect(parseLease((await aliasOf('lambda-edge-lock')).Description)).toBeUndefined()
    process.stdout.write(`SIGINT to exit: ${graceMs} ms\n`)
  }, 60_000)
})
