/**
 * The fault-injection suite, shared by the five faults-*.integration.test.ts files so that jest can
 * run its parts on several workers (each file gets its own proxy and the worker's emulator, reset:
 * the hooks below register in the file that imports this module).
 *
 * Fault injection (issue 6): the action deploys through a proxy that breaks one AWS
 * operation at a time, the way AWS does (throttling, 5xx, dropped connections, slow answers,
 * Lambda's "update in progress", someone else's concurrent edit), and then permanently (access
 * denied, a missing distribution, a refused association, a deployment that outlasts the wait).
 * Transient faults must not show: the deploy succeeds and leaves exactly the intended change.
 * Permanent ones fail the step with what to do, and leave nothing half done.
 */
import type { DistributionConfig } from '@aws-sdk/client-cloudfront'
import {
  CreateAliasCommand,
  GetAliasCommand,
  ListVersionsByFunctionCommand
} from '@aws-sdk/client-lambda'
import { join } from 'node:path'
import {
  clients,
  createDistribution,
  getDistributionConfig,
  getDistributionStatus,
  startEmulator,
  type Emulator
} from '../harness/emulator.mjs'
import {
  startFaultProxy,
  type ArmOptions,
  type FaultKind,
  type FaultProxy,
  type FaultSpec
} from '../harness/fault-proxy.mjs'
import { ROOT, runAction, runBundle, type ActionRun } from './run-action.js'
import { edgeFunction, publishVersion } from './world.js'

const EXAMPLE = join(ROOT, 'examples', 'security-headers')
const HISTORY_ALIAS = 'lambda-edge-live'

let em: Emulator
let proxy: FaultProxy
/** Faults injected (by the proxy, or arranged in the emulator), faults survived, changes lost. */
const tally = { injected: 0, survived: 0, lost: 0, cases: 0 }

beforeAll(async () => {
  em = await startEmulator()
  proxy = await startFaultProxy(em)
}, 120_000)
afterAll(async () => {
  console.log(
    `faults injected: ${tally.injected}, survived: ${tally.survived}, lost changes: ${tally.lost}`
  )
  await proxy?.stop()
  await em?.stop()
  expect(tally.lost).toBe(0)
})
beforeEach(async () => {
  proxy.reset()
  await em.setDeployDelay(0)
})

// ------------------------------------------------------------------------------------------------
// The world: per case its own function, role and distributions, so no case sees another's state.
// ------------------------------------------------------------------------------------------------
let serial = 0

interface Site {
  name: string
  fnArn: string
  v1: string
  dists: string[]
}

/**
 * `name` has version 1 live on the default behavior's viewer-response slot of each distribution;
 * another team's function holds two other slots, and /static/* has no association at all.
 */
async function site(opts: { distributions?: number; alias?: boolean } = {}): Promise<Site> {
  const name = `headers-${++serial}`
  const fnArn = await edgeFunction(em, name)
  const v1 = await publishVersion(em, name)
  await edgeFunction(em, `auth-${serial}`)
  const auth1 = await publishVersion(em, `auth-${serial}`)
  const dists: string[] = []
  for (let i = 0; i < (opts.distributions ?? 1); i++) {
    const d = await createDistribution(em, {
      behaviors: ['/api/*', '/static/*'],
      comment: `site ${serial}.${i}`,
      associations: [
        { cacheBehavior: 'default', eventType: 'viewer-response', arn: v1 },
        { cacheBehavior: 'default', eventType: 'origin-request', arn: auth1 },
        { cacheBehavior: '/api/*', eventType: 'viewer-request', arn: auth1 }
      ]
    })
    await em.markDeployed(d.id)
    dists.push(d.id)
  }
  if (opts.alias)
    await clients(em).lambda.send(
      new CreateAliasCommand({
        FunctionName: name,
        Name: HISTORY_ALIAS,
        FunctionVersion: '1',
        Description: JSON.stringify({ good: [1], bad: [] })
      })
    )
  return { name, fnArn, v1, dists }
}

/** GetDistributionConfig's XML exactly as CloudFront (the emulator) serves it. */
async function rawConfig(id: string): Promise<string> {
  const res = await fetch(`${em.endpoint}/2020-05-31/distribution/${id}/config`, {
    headers: {
      // The emulator routes by the signing scope and does not check signatures.
      authorization:
        'AWS4-HMAC-SHA256 Credential=testing/20260101/us-east-1/cloudfront/aws4_request, SignedHeaders=host, Signature=0'
    }
  })
  if (!res.ok) throw new Error(`GetDistributionConfig ${id}: HTTP ${res.status}`)
  return res.text()
}

const deploy = (
  s: Site,
  inputs: Record<string, string> = {},
  how: typeof runAction = runAction
): Promise<ActionRun> =>
  how(
    {
      'function-name': s.name,
      package: EXAMPLE,
      'distribution-id': s.dists.join('\n'),
      'event-type': 'viewer-response',
      'wait-timeout-seconds': '20',
      // The smoke run is local (a node child, ~1 s a deploy) and meets no AWS fault:
      // smoke/smoke.integration.test.ts and the deploy suites cover it.
      'smoke-test': 'false',
      ...inputs
    },
    proxy.env
  )

const liveArn = (config: DistributionConfig): string | undefined =>
  config.DefaultCacheBehavior?.LambdaFunctionAssociations?.Items?.find(
    a => a.EventType === 'viewer-response'
  )?.LambdaFunctionARN

/** What the action printed as errors (setFailed and core.error), for the assertion messages. */
const errors = (r: ActionRun): string =>
  r.stdout
    .split('\n')
    .filter(l => l.startsWith('::error') || l.startsWith('::warning'))
    .join('\n')

// ------------------------------------------------------------------------------------------------
// Transient faults: every operation a deploy calls x every fault AWS can answer for a while.
// ------------------------------------------------------------------------------------------------
interface Target {
  /** The operation the fault is armed on, as the proxy names it. */
  op: string
  /** Which call of it, when the deploy makes several. */
  label?: string
  skip?: number
  /** Inputs that make the deploy call the operation. */
  inputs?: Record<string, string>
  /** The history alias exists already (UpdateAlias instead of CreateAlias). */
  alias?: boolean
  /** Faults armed beside the one under test (e.g. to make a waiter poll). */
  with?: Array<[string, FaultKind | FaultSpec, ArmOptions?]>
}

const TRANSIENT: Array<[FaultKind | FaultSpec, number]> = [
  ['throttle', 1],
  ['http500', 2],
  ['http503', 2],
  ['reset', 2],
  [{ kind: 'slow', delayMs: 1000 }, 1]
]

const READS: Target[] = [
  { op: 'GetFunction', label: 'preflight' },
  { op: 'GetRole' },
  { op: 'GetRuntimeManagementConfig' },
  { op: 'GetDistributionConfig' },
  { op: 'GetFunctionConfiguration', label: 'is it already live?' },
  // The waiter's first poll says InProgress; the fault meets its second poll.
  {
    op: 'GetFunction',
    label: 'waitUntilFunctionUpdatedV2',
    skip: 2,
    with: [['GetFunction', 'in-progress', { skip: 1 }]]
  },
  {
    op: 'GetFunctionConfiguration',
    label: 'waitUntilPublishedVersionActive',
    skip: 1,
    with: [['PublishVersion', 'in-progress']]
  },
  { op: 'GetDistribution', label: 'wait until Deployed' },
  { op: 'GetAlias' }
]
const LAMBDA_WRITES: Target[] = [
  { op: 'UpdateFunctionConfiguration', inputs: { timeout: '4' } },
  { op: 'UpdateFunctionCode' },
  { op: 'PublishVersion' },
  { op: 'CreateAlias' },
  { op: 'UpdateAlias', alias: true }
]
const UPDATE_DISTRIBUTION: Target = { op: 'UpdateDistribution' }
const WRITES = [...LAMBDA_WRITES, UPDATE_DISTRIBUTION]

const kindOf = (f: FaultKind | FaultSpec): FaultKind => (typeof f === 'string' ? f : f.kind)
const title = (t: Target, f: FaultKind | FaultSpec, times: number) =>
  `${t.op}${t.label ? ` (${t.label})` : ''} x ${kindOf(f)}${times > 1 ? ` x${times}` : ''}`

type Row = [string, Target, FaultKind | FaultSpec, number]
const row = (t: Target, f: FaultKind | FaultSpec, times: number): Row => [
  title(t, f, times),
  t,
  f,
  times
]

const MATRIX: Row[] = [
  ...[...READS, ...WRITES].flatMap(t => TRANSIENT.map(([f, n]) => row(t, f, n))),
  // Lambda: "an update is in progress", which the SDK does not retry.
  ...LAMBDA_WRITES.map(t => row(t, 'conflict', 2)),
  // The write is done but its answer is lost: the SDK sends it again.
  ...WRITES.map(t => row(t, 'reset-after', 1)),
  // Every answer lost, until the SDK gives up: the action must find out that the write landed.
  row(UPDATE_DISTRIBUTION, 'reset-after', 6),
  // Two more edits by someone else, each landing just before our UpdateDistribution: genuine 412s.
  [
    title(UPDATE_DISTRIBUTION, 'concurrent-edit', 2),
    UPDATE_DISTRIBUTION,
    { kind: 'concurrent-edit', comment: 'raced by another team' },
    2
  ],
  // Lambda still applying the update: the waiters poll again.
  [
    'GetFunction (waitUntilFunctionUpdatedV2) x in-progress',
    { op: 'GetFunction', skip: 1 },
    'in-progress',
    1
  ],
  ['PublishVersion x in-progress', { op: 'PublishVersion' }, 'in-progress', 1],
  // Lambda moves to a new RevisionId when it finishes applying an update: PublishVersion must be
  // guarded by that one, not by the one in the update's answer.
  row({ op: 'UpdateFunctionCode' }, 'revision-moves', 1),
  row(
    {
      op: 'UpdateFunctionConfiguration',
      label: 'no new code',
      inputs: { timeout: '4', package: '' }
    },
    'revision-moves',
    1
  )
]

/**
 * The transient matrix in parts: the reads, and everything else, each dealt into `of` files (every
 * `of`-th row from `index`, 1-based) so that jest's workers share it out evenly.
 */
export function transientFaults(part: 'reads' | 'writes', index = 1, of = 1): void {
  const rows = MATRIX.filter(r => READS.includes(r[1]) === (part === 'reads')).filter(
    (_, i) => i % of === index - 1
  )
  const name = of > 1 ? `${part} ${index}/${of}` : part
  describe(`transient faults (${name}): the deploy succeeds and changes exactly one association`, () => {
    it.each(rows)('%s', async (_title, target, fault, times) => {
      const s = await site({ alias: target.alias })
      const [id] = s.dists as [string]
      const before = await rawConfig(id)
      const beforeConfig = (await getDistributionConfig(em, id)).config
      // Every case also meets another team's edit, made between our read and our write.
      const theirs = `edited by another team (case ${serial})`
      await em.editBeforeNextUpdate(id, theirs)
      const resource = target.op === 'GetRole' ? `${s.name}-role` : undefined
      const armed = proxy.arm(target.op, fault, { times, skip: target.skip, resource })
      for (const [op, f, o] of target.with ?? []) proxy.arm(op, f, o)
      const injectedBefore = proxy.injected()

      const r = await deploy(s, target.inputs)

      const injected = proxy.injected() - injectedBefore
      // + the edit made in the emulator, unless the proxy's own edits replaced it.
      tally.injected += injected + (proxy.edits().length === 0 ? 1 : 0)
      tally.cases++
      const lastEdit = proxy.edits().at(-1)?.comment ?? theirs
      const after = await rawConfig(id)
      const afterConfig = (await getDistributionConfig(em, id)).config
      const expected = before
        .replace(`<Comment>${beforeConfig.Comment}</Comment>`, `<Comment>${lastEdit}</Comment>`)
        .replace(`${s.fnArn}:1</LambdaFunctionARN>`, `${s.fnArn}:2</LambdaFunctionARN>`)
      const alias = await clients(em)
        .lambda.send(new GetAliasCommand({ FunctionName: s.name, Name: HISTORY_ALIAS }))
        .catch(() => undefined)
      // A lost change: someone's edit overwritten, any other field changed, our association not
      // live, or the deploy not recorded in the history a later rollback relies on.
      const lost = [
        afterConfig.Comment !== lastEdit,
        after !== expected,
        liveArn(afterConfig) !== `${s.fnArn}:2`,
        alias?.FunctionVersion !== '2'
      ].filter(Boolean).length
      tally.lost += lost

      expect(armed.injected()).toBe(times) // the fault really happened
      expect({ code: r.code, errors: errors(r) }).toEqual({ code: 0, errors: '' })
      expect(r.outputs).toMatchObject({
        status: 'deployed',
        version: '2',
        'version-arn': `${s.fnArn}:2`,
        'previous-version': '1'
      })
      expect(JSON.parse(r.outputs.changes!)).toEqual([
        {
          distributionId: id,
          cacheBehavior: 'default',
          eventType: 'viewer-response',
          from: '1',
          to: '2'
        }
      ])
      // The whole config: their edit and our association, and not one other byte changed.
      expect(afterConfig.Comment).toBe(lastEdit)
      expect(after).toBe(expected)
      expect(await getDistributionStatus(em, id)).toBe('Deployed')
      expect(alias?.FunctionVersion).toBe('2')
      // Retries never publish twice.
      const versions = await clients(em).lambda.send(
        new ListVersionsByFunctionCommand({ FunctionName: s.name })
      )
      expect(versions.Versions!.map(v => v.Version)).toEqual(['$LATEST', '1', '2'])
      expect(lost).toBe(0)
      tally.survived += injected + (proxy.edits().length === 0 ? 1 : 0)
    })
  })
}

export function permanentFaults(): void {
  // ------------------------------------------------------------------------------------------------
  // Permanent faults: exit 1, a message that says what to do, and nothing left half done.
  // ------------------------------------------------------------------------------------------------
  interface Permanent {
    op: string
    fault: FaultKind | FaultSpec
    /** Which distribution the fault is armed on (the function or role for Lambda and IAM). */
    on?: 'first' | 'second'
    status: 'failed' | 'rolled-back'
    message: RegExp
    /**
     * The mutating calls that reach AWS, in order, history alias writes aside (rolled-back: the
     * switch of the first distribution and the switch back).
     */
    writes: string[]
    /**
     * Run the bundle in its own process. Inside jest's VM context Node's socket errors are not
     * `instanceof Error` of the test's realm, so the SDK wraps them ("AWS SDK error wrapper for ...")
     * and their code (ECONNRESET) is lost: only a real process shows what a user gets.
     */
    bundle?: boolean
  }

  const PUBLISHED = ['UpdateFunctionCode', 'PublishVersion']
  const ROLLED_BACK = [...PUBLISHED, 'UpdateDistribution', 'UpdateDistribution']

  const PERMANENT: Array<[string, Permanent]> = [
    [
      'AccessDenied on GetFunction',
      {
        op: 'GetFunction',
        fault: 'access-denied',
        status: 'failed',
        message: /AccessDeniedException[\s\S]*Grant lambda:GetFunction to the role/,
        writes: []
      }
    ],
    [
      'AccessDenied on GetDistributionConfig (second distribution)',
      {
        op: 'GetDistributionConfig',
        fault: 'access-denied',
        on: 'second',
        status: 'failed',
        message: /AccessDenied[\s\S]*Grant cloudfront:GetDistributionConfig to the role/,
        writes: []
      }
    ],
    [
      'NoSuchDistribution on GetDistributionConfig (second distribution)',
      {
        op: 'GetDistributionConfig',
        fault: 'no-such-distribution',
        on: 'second',
        status: 'failed',
        message:
          /NoSuchDistribution: The specified distribution does not exist[\s\S]*distribution-id/,
        writes: []
      }
    ],
    [
      // The journal and the lock are what keep every report true: without them, no deploy.
      'AccessDenied on GetAlias (the journal and the lock)',
      {
        op: 'GetAlias',
        fault: 'access-denied',
        status: 'failed',
        message: /GetAlias on headers-\d+:lambda-edge-live failed[\s\S]*Grant lambda:GetAlias/,
        writes: []
      }
    ],
    [
      'AccessDenied on UpdateFunctionCode',
      {
        op: 'UpdateFunctionCode',
        fault: 'access-denied',
        status: 'failed',
        message: /Grant lambda:UpdateFunctionCode to the role/,
        writes: []
      }
    ],
    [
      'the network stays down for UpdateFunctionCode (every attempt reset)',
      {
        op: 'UpdateFunctionCode',
        fault: 'reset',
        bundle: true,
        status: 'failed',
        message:
          /UpdateFunctionCode on headers-\d+ failed[\s\S]*No usable answer from AWS after 6 attempts/,
        writes: []
      }
    ],
    [
      'AccessDenied on PublishVersion',
      {
        op: 'PublishVersion',
        fault: 'access-denied',
        status: 'failed',
        message: /Grant lambda:PublishVersion to the role/,
        writes: ['UpdateFunctionCode']
      }
    ],
    [
      'AccessDenied on UpdateDistribution (second distribution)',
      {
        op: 'UpdateDistribution',
        fault: 'access-denied',
        on: 'second',
        status: 'rolled-back',
        message: /AccessDenied[\s\S]*Grant cloudfront:UpdateDistribution/,
        writes: ROLLED_BACK
      }
    ],
    [
      'NoSuchDistribution on UpdateDistribution (second distribution)',
      {
        op: 'UpdateDistribution',
        fault: 'no-such-distribution',
        on: 'second',
        status: 'rolled-back',
        message:
          /NoSuchDistribution: The specified distribution does not exist[\s\S]*distribution-id/,
        writes: ROLLED_BACK
      }
    ],
    [
      'InvalidLambdaFunctionAssociation on UpdateDistribution (second distribution)',
      {
        op: 'UpdateDistribution',
        fault: {
          kind: 'invalid-association',
          message:
            'The function execution role must be assumable with edgelambda.amazonaws.com as well as lambda.amazonaws.com principals. Update the IAM role and try again.'
        },
        on: 'second',
        status: 'rolled-back',
        message:
          /InvalidLambdaFunctionAssociation: The function execution role must be assumable with edgelambda\.amazonaws\.com[\s\S]*CloudFront refused the association/,
        writes: ROLLED_BACK
      }
    ],
    [
      'AccessDenied on GetDistribution (the wait)',
      {
        op: 'GetDistribution',
        fault: 'access-denied',
        on: 'second',
        status: 'rolled-back',
        message: /Grant cloudfront:GetDistribution\b/,
        // Both switched, then both switched back.
        writes: [...ROLLED_BACK, 'UpdateDistribution', 'UpdateDistribution']
      }
    ]
  ]

  describe('permanent faults: exit 1, what to do, and no half-done state (two distributions)', () => {
    it.each(PERMANENT)('%s', async (_title, p) => {
      const s = await site({ distributions: 2 })
      const before = await Promise.all(s.dists.map(rawConfig))
      const resource = p.on === 'first' ? s.dists[0] : p.on === 'second' ? s.dists[1] : undefined
      const armed = proxy.arm(p.op, p.fault, { times: Infinity, resource })

      const r = await deploy(s, {}, p.bundle ? runBundle : runAction)

      const injected = armed.injected()
      tally.injected += injected
      tally.cases++
      const after = await Promise.all(s.dists.map(rawConfig))
      // Half done: any distribution left other than it was (switched, or something else changed).
      const lost = after.filter((xml, i) => xml !== before[i]).length
      tally.lost += lost

      expect(injected).toBeGreaterThan(0)
      expect(r.code).toBe(1)
      expect(r.outputs.status).toBe(p.status)
      expect(errors(r)).toMatch(p.message)
      expect(after).toEqual(before)
      expect(proxy.mutatingForwarded().filter(op => !op.endsWith('Alias'))).toEqual(p.writes)
      expect(lost).toBe(0)
      tally.survived += injected
    })

    it('the first distribution switched but its answer was lost: still switched back', async () => {
      const s = await site({ distributions: 2 })
      const [first, second] = s.dists as [string, string]
      const before = await Promise.all(s.dists.map(rawConfig))
      proxy.arm('UpdateDistribution', 'reset-after', { resource: first })
      proxy.arm('UpdateDistribution', 'access-denied', { times: Infinity, resource: second })
      const injectedBefore = proxy.injected()

      const r = await deploy(s)

      const injected = proxy.injected() - injectedBefore
      tally.injected += injected
      tally.cases++
      const after = await Promise.all(s.dists.map(rawConfig))
      const lost = after.filter((xml, i) => xml !== before[i]).length
      tally.lost += lost
      expect(r.code).toBe(1)
      expect(r.outputs.status).toBe('rolled-back')
      expect(errors(r)).toMatch(/Grant cloudfront:UpdateDistribution/)
      expect(after).toEqual(before)
      // The switch (answer lost), the SDK's retry (412: our own change), the switch back.
      expect(proxy.mutatingForwarded(first)).toEqual([
        'UpdateDistribution',
        'UpdateDistribution',
        'UpdateDistribution'
      ])
      expect(lost).toBe(0)
      tally.survived += injected
    })

    // Reads the deploy can do without, by design: a warning that names the permission, and a deploy.
    it.each([['GetRole', /iam:GetRole on headers-\d+-role failed \(AccessDenied\)/]])(
      'AccessDenied on %s warns and deploys',
      async (op, warning) => {
        const s = await site({ distributions: 2 })
        const armed = proxy.arm(op, 'access-denied', { times: Infinity })

        const r = await deploy(s)

        tally.injected += armed.injected()
        tally.cases++
        const live = await Promise.all(
          s.dists.map(async id => liveArn((await getDistributionConfig(em, id)).config))
        )
        const lost = live.filter(arn => arn !== `${s.fnArn}:2`).length
        tally.lost += lost
        expect(armed.injected()).toBeGreaterThan(0)
        expect(r.code).toBe(0)
        expect(r.outputs.status).toBe('deployed')
        expect(errors(r)).toMatch(warning)
        expect(lost).toBe(0)
        tally.survived += armed.injected()
      }
    )

    it('a deployment that outlasts wait-timeout-seconds puts both distributions back', async () => {
      const s = await site({ distributions: 2 })
      const before = await Promise.all(s.dists.map(rawConfig))
      await em.setDeployDelay(60)

      const r = await deploy(s, { 'wait-timeout-seconds': '2' })

      tally.injected++
      tally.cases++
      await em.setDeployDelay(0)
      const after = await Promise.all(s.dists.map(rawConfig))
      const lost = after.filter((xml, i) => xml !== before[i]).length
      tally.lost += lost
      expect(r.code).toBe(1)
      expect(r.outputs.status).toBe('rolled-back')
      expect(errors(r)).toMatch(/timed out after 2 s \(.*: InProgress/)
      expect(after).toEqual(before)
      expect(lost).toBe(0)
      tally.survived++
    })

    it('the rollback itself rides out a throttle and a concurrent edit, and keeps the edit', async () => {
      const s = await site({ distributions: 2 })
      const [first, second] = s.dists as [string, string]
      const before = await Promise.all(s.dists.map(rawConfig))
      const firstComment = (await getDistributionConfig(em, first)).config.Comment!
      proxy.arm('UpdateDistribution', 'access-denied', { times: Infinity, resource: second })
      // The first distribution's switch succeeds; its switch back is throttled, then raced.
      proxy.arm('UpdateDistribution', 'throttle', { skip: 1, resource: first })
      proxy.arm(
        'UpdateDistribution',
        { kind: 'concurrent-edit', comment: 'edited during the rollback' },
        { skip: 1, resource: first }
      )
      const injectedBefore = proxy.injected()

      const r = await deploy(s)

      const injected = proxy.injected() - injectedBefore
      tally.injected += injected
      tally.cases++
      const [edit] = proxy.edits()
      const after = await Promise.all(s.dists.map(rawConfig))
      const expectedFirst = before[0]!.replace(
        `<Comment>${firstComment}</Comment>`,
        `<Comment>${edit?.comment}</Comment>`
      )
      const lost = Number(after[0] !== expectedFirst) + Number(after[1] !== before[1])
      tally.lost += lost
      expect(injected).toBeGreaterThanOrEqual(3)
      expect(r.code).toBe(1)
      expect(r.outputs.status).toBe('rolled-back')
      expect(edit?.comment).toBe('edited during the rollback #1')
      expect(after).toEqual([expectedFirst, before[1]])
      expect(lost).toBe(0)
      tally.survived += injected
    })
  })
}
