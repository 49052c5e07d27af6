/**
 * Properties of the pure planner over arbitrary distribution configs and requests (fast-check).
 * The example-based cases live in plan.test.ts; these say what must hold for every config:
 * only the requested slots move, Quantity always matches Items, the input is never mutated, a
 * second identical request changes nothing, reverse(changes) puts everything back, and a refusal
 * happens exactly when a requested behavior is unknown or a requested slot is someone else's.
 */
import type {
  CacheBehavior,
  DefaultCacheBehavior,
  DistributionConfig,
  LambdaFunctionAssociation,
  LambdaFunctionAssociations
} from '@aws-sdk/client-cloudfront'
import fc from 'fast-check'
import { EVENT_TYPES, type EventType } from '../src/edge.js'
import { desiredFor, planDistribution, reverse, type PlanError } from '../src/plan.js'

const OURS = 'arn:aws:lambda:us-east-1:123456789012:function:edge-fn'

/** Who may hold a slot. The look-alikes are other functions: the planner must not take their slots. */
const HOLDERS = [
  { arn: OURS, ours: true },
  { arn: 'arn:aws:lambda:us-east-1:123456789012:function:edge-fn-2', ours: false },
  { arn: 'arn:aws:lambda:us-east-1:123456789012:function:someone-else', ours: false },
  { arn: 'arn:aws:lambda:us-east-1:999999999999:function:edge-fn', ours: false }
] as const

const PATTERNS = ['/api/*', '/img/*', '/static/*', '*.jpg', '/a/b/c*', '/v2/*', '/health', '/x?y*']
/** Never a behavior of any generated config. */
const UNKNOWN = ['/nope/*', 'Default', '/API/*', '']
const BEHAVIOR_FIELDS = [
  'Compress',
  'CachePolicyId',
  'OriginRequestPolicyId',
  'FieldLevelEncryptionId',
  'RealtimeLogConfigArn',
  'SmoothStreaming',
  'TrustedKeyGroups',
  'GrpcConfig'
]
const TOP_FIELDS = [
  'PriceClass',
  'HttpVersion',
  'IsIPV6Enabled',
  'WebACLId',
  'Logging',
  'Restrictions',
  'CustomErrorResponses',
  'ViewerCertificate',
  'Staging',
  'DefaultRootObject'
]

const arbJson = fc.jsonValue({ maxDepth: 2 })

/** 0..4 associations with distinct event types, in any order, from several functions. */
const arbAssociations: fc.Arbitrary<LambdaFunctionAssociations | undefined> = fc
  .shuffledSubarray([...EVENT_TYPES], { minLength: 0, maxLength: 4 })
  .chain(types =>
    fc.tuple(
      ...types.map(eventType =>
        fc
          .record({
            holder: fc.oneof(
              { weight: 3, arbitrary: fc.constant(HOLDERS[0]) },
              { weight: 1, arbitrary: fc.constantFrom(...HOLDERS.slice(1)) }
            ),
            version: fc.integer({ min: 1, max: 40 }),
            includeBody: fc.option(fc.boolean(), { nil: undefined })
          })
          .map(({ holder, version, includeBody }): LambdaFunctionAssociation => {
            const a: LambdaFunctionAssociation = {
              LambdaFunctionARN: `${holder.arn}:${version}`,
              EventType: eventType
            }
            if (includeBody !== undefined) a.IncludeBody = includeBody
            return a
          })
      )
    )
  )
  .chain((items): fc.Arbitrary<LambdaFunctionAssociations | undefined> =>
    items.length > 0
      ? fc.constant({ Quantity: items.length, Items: items })
      : // The three ways CloudFront (and moto, and people) write "no associations".
        fc.constantFrom<LambdaFunctionAssociations | undefined>(
          undefined,
          { Quantity: 0 },
          { Quantity: 0, Items: [] }
        )
  )

interface BehaviorBody {
  TargetOriginId: string
  ViewerProtocolPolicy: string
  lfa: LambdaFunctionAssociations | undefined
  extra: Record<string, unknown>
}

const arbBehaviorBody: fc.Arbitrary<BehaviorBody> = fc.record({
  TargetOriginId: fc.constantFrom('o1', 'o2'),
  ViewerProtocolPolicy: fc.constantFrom('allow-all', 'https-only', 'redirect-to-https'),
  lfa: arbAssociations,
  extra: fc.dictionary(fc.constantFrom(...BEHAVIOR_FIELDS), arbJson, { maxKeys: 3 })
})

function behavior<T extends DefaultCacheBehavior>(
  head: Partial<CacheBehavior>,
  b: BehaviorBody
): T {
  const out: Record<string, unknown> = {
    ...b.extra,
    ...head,
    TargetOriginId: b.TargetOriginId,
    ViewerProtocolPolicy: b.ViewerProtocolPolicy
  }
  if (b.lfa !== undefined) out.LambdaFunctionAssociations = b.lfa
  return out as T
}

/** A default behavior and 0..6 path behaviors with distinct patterns, plus unrelated fields. */
const arbConfig: fc.Arbitrary<DistributionConfig> = fc
  .record({
    def: arbBehaviorBody,
    paths: fc.uniqueArray(fc.tuple(fc.constantFrom(...PATTERNS), arbBehaviorBody), {
      minLength: 0,
      maxLength: 6,
      selector: ([p]) => p
    }),
    comment: fc.string({ maxLength: 20 }),
    enabled: fc.boolean(),
    extra: fc.dictionary(fc.constantFrom(...TOP_FIELDS), arbJson, { maxKeys: 4 })
  })
  .map(
    ({ def, paths, comment, enabled, extra }) =>
      ({
        ...extra,
        CallerReference: 'caller-ref',
        Comment: comment,
        Enabled: enabled,
        Origins: { Quantity: 1, Items: [{ Id: 'o1', DomainName: 'example.com' }] },
        DefaultCacheBehavior: behavior<DefaultCacheBehavior>({}, def),
        CacheBehaviors: {
          Quantity: paths.length,
          Items: paths.map(([PathPattern, b]) => behavior<CacheBehavior>({ PathPattern }, b))
        }
      }) as DistributionConfig
  )

interface Request {
  behaviors: string[]
  eventType: EventType
  version: number
  includeBody: boolean
}

const namesOf = (c: DistributionConfig): string[] => [
  'default',
  ...(c.CacheBehaviors?.Items ?? []).map(b => b.PathPattern!)
]

/** A config and a request against it: mostly existing behaviors, sometimes an unknown one. */
const arbCase = arbConfig.chain(config =>
  fc.record({
    config: fc.constant(config),
    request: fc.record({
      behaviors: fc.uniqueArray(
        fc.oneof(
          { weight: 10, arbitrary: fc.constantFrom(...namesOf(config)) },
          { weight: 1, arbitrary: fc.constantFrom(...UNKNOWN) }
        ),
        { minLength: 1, maxLength: 4 }
      ),
      eventType: fc.constantFrom(...EVENT_TYPES),
      version: fc.integer({ min: 1, max: 60 }),
      includeBody: fc.boolean()
    })
  })
)

// --- helpers: an independent (simple, slow) model of what the planner must do -------------------

type Behavior = DefaultCacheBehavior | CacheBehavior

function behaviorOf(c: DistributionConfig, name: string): Behavior | undefined {
  if (name === 'default') return c.DefaultCacheBehavior
  return c.CacheBehaviors?.Items?.find(b => b.PathPattern === name)
}

const itemsOf = (b: Behavior | undefined): LambdaFunctionAssociation[] =>
  b?.LambdaFunctionAssociations?.Items ?? []

const isOurs = (arn: string | undefined): boolean =>
  HOLDERS.some(h => h.ours && arn !== undefined && arn.startsWith(`${h.arn}:`))

/** The refusals the planner must give for this request, in request order; none means success. */
function expectedErrors(c: DistributionConfig, r: Request): PlanError[] {
  const out: PlanError[] = []
  for (const name of r.behaviors) {
    const b = behaviorOf(c, name)
    if (!b) {
      out.push({ kind: 'unknown-behavior', cacheBehavior: name, existing: namesOf(c) })
      continue
    }
    const holder = itemsOf(b).find(a => a.EventType === r.eventType)?.LambdaFunctionARN
    if (holder !== undefined && !isOurs(holder))
      out.push({ kind: 'slot-taken', cacheBehavior: name, eventType: r.eventType, holder })
  }
  return out
}

/**
 * A copy without the requested slots. The requested behaviors' association lists are written in
 * one shape ({Quantity, Items}) because the planner may rewrite an absent or Items-less list there.
 */
function withoutSlots(c: DistributionConfig, behaviors: string[], eventType: EventType) {
  const copy = structuredClone(c)
  for (const name of behaviors) {
    const b = behaviorOf(copy, name)
    if (!b) continue
    const items = itemsOf(b).filter(a => a.EventType !== eventType)
    b.LambdaFunctionAssociations = { Quantity: items.length, Items: items }
  }
  return copy
}

/** Every association list of a config: [where, Quantity, Items.length]. */
function quantities(c: DistributionConfig): [string, number | undefined, number][] {
  const all = [
    ['default', c.DefaultCacheBehavior] as const,
    ...(c.CacheBehaviors?.Items ?? []).map(b => [b.PathPattern!, b] as const)
  ]
  return all.flatMap(([name, b]) =>
    b?.LambdaFunctionAssociations
      ? [
          [name, b.LambdaFunctionAssociations.Quantity, itemsOf(b).length] as [
            string,
            number,
            number
          ]
        ]
      : []
  )
}

/** What each behavior's slots hold, in order, with IncludeBody's default made explicit. */
function associations(c: DistributionConfig): Record<string, [string, string, boolean][]> {
  return Object.fromEntries(
    namesOf(c).map(name => [
      name,
      itemsOf(behaviorOf(c, name)).map(
        a =>
          [a.EventType!, a.LambdaFunctionARN!, a.IncludeBody ?? false] as [string, string, boolean]
      )
    ])
  )
}

function deepFreeze<T>(o: T): T {
  if (typeof o === 'object' && o !== null && !Object.isFrozen(o)) {
    Object.freeze(o)
    for (const v of Object.values(o)) deepFreeze(v)
  }
  return o
}

// --- the properties ------------------------------------------------------------------------------

const RUNS = { numRuns: 1500 }

describe('planDistribution (properties)', () => {
  const seen = { planned: 0, refused: 0, unknown: 0, taken: 0, moved: 0 }
  afterAll(() => {
    console.log(`planner properties: ${JSON.stringify(seen)}`)
    // The generators must reach both outcomes often, or the properties prove little.
    expect(seen.planned).toBeGreaterThan(RUNS.numRuns / 5)
    expect(seen.refused).toBeGreaterThan(RUNS.numRuns / 10)
    expect(seen.unknown).toBeGreaterThan(0)
    expect(seen.taken).toBeGreaterThan(0)
    expect(seen.moved).toBeGreaterThan(RUNS.numRuns / 10)
  })

  it('moves only the requested slots, keeps Quantity = Items.length, mutates nothing, is idempotent and reversible; refuses exactly unknown behaviors and foreign slots', () => {
    fc.assert(
      fc.property(arbCase, ({ config, request }) => {
        const pristine = structuredClone(config)
        // A frozen input: any write to it throws in this (strict, ESM) module's callee as well.
        deepFreeze(config)
        const arn = `${OURS}:${request.version}`
        const desired = desiredFor(request.behaviors, request.eventType, arn, request.includeBody)
        const plan = planDistribution('E1', config, desired, OURS)
        expect(config).toEqual(pristine)

        const want = expectedErrors(config, request)
        if (!plan.ok) {
          seen.refused++
          if (plan.error.some(e => e.kind === 'unknown-behavior')) seen.unknown++
          if (plan.error.some(e => e.kind === 'slot-taken')) seen.taken++
          expect(plan.error).toEqual(want)
          return
        }
        seen.planned++
        expect(want).toEqual([])
        const next = plan.value.config

        // 1. Only the requested slots differ.
        expect(withoutSlots(next, request.behaviors, request.eventType)).toEqual(
          withoutSlots(config, request.behaviors, request.eventType)
        )
        // ...and each requested slot now holds exactly what was asked.
        // (An absent IncludeBody is false: such a slot is already what was asked and stays as is.)
        for (const name of request.behaviors)
          expect(
            itemsOf(behaviorOf(next, name))
              .filter(a => a.EventType === request.eventType)
              .map(a => [a.LambdaFunctionARN, a.IncludeBody ?? false])
          ).toEqual([[arn, request.includeBody]])

        // 2. CloudFront's InconsistentQuantities can never happen.
        for (const [, quantity, length] of quantities(next)) expect(quantity).toBe(length)

        // 3. The changes describe exactly the slots that moved, from what they held.
        if (plan.value.changes.length > 0) seen.moved++
        for (const c of plan.value.changes) {
          const before = itemsOf(behaviorOf(config, c.cacheBehavior)).find(
            a => a.EventType === c.eventType
          )
          expect(c).toEqual({
            distributionId: 'E1',
            cacheBehavior: c.cacheBehavior,
            eventType: request.eventType,
            from: before?.LambdaFunctionARN ?? null,
            to: arn,
            includeBody: request.includeBody,
            fromIncludeBody: before?.IncludeBody ?? false
          })
          expect(request.behaviors).toContain(c.cacheBehavior)
        }
        const unchangedSlots = request.behaviors.filter(name => {
          const a = itemsOf(behaviorOf(config, name)).find(x => x.EventType === request.eventType)
          return a?.LambdaFunctionARN === arn && (a.IncludeBody ?? false) === request.includeBody
        })
        expect(plan.value.changes).toHaveLength(request.behaviors.length - unchangedSlots.length)

        // 4. The same request again changes nothing.
        const again = planDistribution('E1', deepFreeze(structuredClone(next)), desired, OURS)
        expect(again.ok && again.value.changes).toEqual([])

        // 5. reverse(changes) restores every association, and nothing else moves.
        const back = planDistribution('E1', next, reverse(plan.value.changes), OURS)
        expect(back.ok).toBe(true)
        if (!back.ok) return
        expect(associations(back.value.config)).toEqual(associations(config))
        expect(withoutSlots(back.value.config, request.behaviors, request.eventType)).toEqual(
          withoutSlots(config, request.behaviors, request.eventType)
        )
        for (const [, quantity, length] of quantities(back.value.config))
          expect(quantity).toBe(length)
      }),
      RUNS
    )
  })

  it('refuses a foreign slot whatever the request wants there, and never partially applies', () => {
    fc.assert(
      fc.property(arbCase, ({ config, request }) => {
        const desired = desiredFor(
          request.behaviors,
          request.eventType,
          `${OURS}:${request.version}`,
          request.includeBody
        )
        const plan = planDistribution('E1', deepFreeze(config), desired, OURS)
        const want = expectedErrors(config, request)
        // Success and refusal are decided by the model alone: no other reason to refuse exists.
        expect(plan.ok).toBe(want.length === 0)
        // A refusal carries no config: nothing can be written half-planned.
        if (!plan.ok) expect(plan).not.toHaveProperty('value')
      }),
      RUNS
    )
  })
})
