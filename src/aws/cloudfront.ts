/**
 * CloudFront adapter. Every write is read-modify-write: GetDistributionConfig gives the config and
 * its ETag, the pure planner edits a copy, UpdateDistribution sends it back with IfMatch. When
 * someone else changed the distribution in between (412 PreconditionFailed) we read again and
 * re-plan on top of their change, so it survives.
 */
import {
  type DistributionConfig,
  GetDistributionCommand,
  GetDistributionConfigCommand,
  paginateListDistributions,
  UpdateDistributionCommand
} from '@aws-sdk/client-cloudfront'
import { backoff, type Clock, sleepUnless } from '../clock.js'
import {
  type Change,
  type DesiredAssociation,
  formatPlanError,
  planDistribution,
  type Skipped
} from '../plan.js'
import { err, ok, type Result } from '../result.js'
import type { AwsClients } from './clients.js'
import { DEFAULT_POLL_SCHEDULE, nextPollGap, type PollSchedule } from './poll-schedule.js'
import {
  type AwsFailure,
  errorCode,
  formatFailure,
  httpStatus,
  isThrottling,
  sdkAttempts,
  translate
} from './errors.js'

export interface Snapshot {
  id: string
  config: DistributionConfig
  etag: string
}

export async function readDistribution(
  clients: AwsClients,
  id: string
): Promise<Result<Snapshot, AwsFailure>> {
  try {
    const res = await clients.cloudfront.send(new GetDistributionConfigCommand({ Id: id }))
    if (!res.DistributionConfig || !res.ETag)
      return err({
        code: 'EmptyResponse',
        message: `GetDistributionConfig on ${id} returned no config or ETag`
      })
    return ok({ id, config: res.DistributionConfig, etag: res.ETag })
  } catch (e) {
    return err(translate(e, 'GetDistributionConfig', `distribution ${id}`))
  }
}

export interface ApplyOptions {
  clock: Clock
  /** A snapshot already read (its ETag is used for the first attempt: one call fewer). */
  first?: Snapshot
  maxAttempts?: number
  onRetry?: (attempt: number, reason: string) => void
}

export interface Applied<C extends Change = Change> {
  changes: C[]
  /** False when the distribution already matched: nothing was written. */
  updated: boolean
  /** Slots left alone because they no longer hold what a restore expected. */
  skipped: Skipped[]
}

/**
 * Whether a failed UpdateDistribution may nevertheless have been applied: no answer at all (the
 * connection dropped after the request went out), a 5xx, or an error the SDK met only on a retry,
 * after an earlier attempt whose answer was lost.
 */
const mayHaveLanded = (e: unknown): boolean => {
  const status = httpStatus(e)
  return status === undefined || status >= 500 || sdkAttempts(e) > 1
}

/**
 * Plans and writes the desired associations, retrying with fresh reads on PreconditionFailed and
 * after a write whose outcome is unknown (its answer was lost, or a 5xx).
 */
export async function applyAssociations(
  clients: AwsClients,
  id: string,
  desired: readonly DesiredAssociation[],
  owner: string,
  o: ApplyOptions
): Promise<Result<Applied, AwsFailure>> {
  return writeDistribution(
    clients,
    id,
    config => {
      const plan = planDistribution(id, config, desired, owner)
      return plan.ok ? ok(plan.value) : err(plan.error.map(e => formatPlanError(id, e)).join('\n'))
    },
    o
  )
}

/** An edit of a distribution config: the new config and what changed, or why it is refused. */
export type ConfigEdit<C extends Change> = (
  config: DistributionConfig
) => Result<{ config: DistributionConfig; changes: C[]; skipped: Skipped[] }, string>

/**
 * Read-modify-write of one distribution with IfMatch: `edit` runs on the config read (or on
 * `o.first`), and again on a fresh read after a 412 or a write whose answer was lost.
 */
export async function writeDistribution<C extends Change>(
  clients: AwsClients,
  id: string,
  edit: ConfigEdit<C>,
  o: ApplyOptions
): Promise<Result<Applied<C>, AwsFailure>> {
  const maxAttempts = o.maxAttempts ?? 5
  let snapshot = o.first
  // The changes of a write that may have been applied although its answer was lost: when the SDK
  // retries it, the retry carries the old ETag and meets our own change as a 412.
  let unanswered: C[] | undefined
  // Why the last attempt failed, when that was not a 412.
  let unknown: AwsFailure | undefined
  for (let attempt = 0; attempt < maxAttempts; attempt++) {
    if (!snapshot) {
      const read = await readDistribution(clients, id)
      if (!read.ok)
        return unknown && unanswered
          ? err({
              ...unknown,
              message: `${unknown.message} (it may have been applied all the same: ${id} could not be read again to check)`
            })
          : read
      snapshot = read.value
    }
    const plan = edit(snapshot.config)
    if (!plan.ok) return err({ code: 'PlanRefused', message: plan.error })
    if (plan.value.changes.length === 0)
      // Already in place. If our own earlier write put it there, it is still our change: it must
      // be reported, waited for and, on failure, rolled back like any other.
      // (Our own landed restore makes its slots look "changed by someone else": not a skip.)
      return ok(
        unanswered
          ? { changes: unanswered, updated: true, skipped: [] }
          : { changes: [], updated: false, skipped: plan.value.skipped }
      )
    try {
      await clients.cloudfront.send(
        new UpdateDistributionCommand({
          Id: id,
          IfMatch: snapshot.etag,
          DistributionConfig: plan.value.config
        })
      )
      return ok({ changes: plan.value.changes, updated: true, skipped: plan.value.skipped })
    } catch (e) {
      const code = errorCode(e)
      const precondition = code === 'PreconditionFailed' || code === 'InvalidIfMatchVersion'
      if (!precondition && !mayHaveLanded(e))
        return err(translate(e, 'UpdateDistribution', `distribution ${id}`))
      // A lost answer, or a 412 the SDK met on a retry (after an attempt whose answer was lost):
      // the change may be live. The next read tells; a change that is live but reported as
      // failed would be neither waited for nor rolled back.
      unanswered = precondition && sdkAttempts(e) === 1 ? undefined : plan.value.changes
      unknown = precondition ? undefined : translate(e, 'UpdateDistribution', `distribution ${id}`)
      o.onRetry?.(
        attempt + 1,
        precondition
          ? `${code}: distribution ${id} changed since it was read; reading it again`
          : `${code}: no answer to UpdateDistribution on ${id}; reading it again to see whether it was applied`
      )
      snapshot = undefined
      await o.clock.sleep(backoff(attempt, 200, 3000))
    }
  }
  if (unknown) return err(unknown)
  return err({
    code: 'PreconditionFailed',
    message: `UpdateDistribution on ${id} kept failing with PreconditionFailed after ${maxAttempts} attempts: the distribution is being changed continuously by someone else.`,
    advice: 'Re-run when the other change has finished.'
  })
}

export type DeployState = 'Deployed' | 'InProgress' | string

export async function readStatus(
  clients: AwsClients,
  id: string
): Promise<
  Result<{ status: DeployState; domainName?: string; config?: DistributionConfig }, AwsFailure>
> {
  try {
    const res = await clients.cloudfront.send(new GetDistributionCommand({ Id: id }))
    return ok({
      status: res.Distribution?.Status ?? 'unknown',
      domainName: res.Distribution?.DomainName,
      config: res.Distribution?.DistributionConfig
    })
  } catch (e) {
    return err(translate(e, 'GetDistribution', `distribution ${id}`))
  }
}

export interface WaitDeployedOptions {
  clock: Clock
  timeoutSeconds: number
  /** How often to poll; CloudFront's own waiter sleeps 60 s, which is most of a typical deploy. */
  schedule?: PollSchedule
  onPoll?: (id: string, status: DeployState, elapsedMs: number) => void
  /** A cancelled job: stop polling at once. */
  signal?: AbortSignal
}

export interface WaitOutcome {
  states: Record<string, DeployState>
  elapsedMs: number
  /** Each distribution's config as its last poll saw it (GetDistribution returns it): the slots, re-read for free. */
  configs: Record<string, DistributionConfig>
  /** GetDistribution calls made by the wait (throttled ones included), for the summary. */
  polls: number
}

const THROTTLED_POLL_MS = 4000
const isPermanent = (code: string): boolean =>
  /AccessDenied|NoSuchDistribution|InvalidClientTokenId|ExpiredToken/.test(code)

/**
 * Polls every distribution until all report Deployed or the time is up, on a shared budget
 * (src/aws/poll-schedule.ts): gaps of 1 to 4 s for two minutes, then about 12 s; throttling
 * backs off further.
 */
export async function waitDeployed(
  clients: AwsClients,
  ids: readonly string[],
  o: WaitDeployedOptions
): Promise<Result<WaitOutcome, WaitOutcome & { reason: string }>> {
  const start = o.clock.now()
  const states: Record<string, DeployState> = Object.fromEntries(ids.map(id => [id, 'InProgress']))
  const configs: Record<string, DistributionConfig> = {}
  const schedule = o.schedule ?? DEFAULT_POLL_SCHEDULE
  const random = (): number => (o.clock.random ?? Math.random)()
  let polls = 0
  for (let round = 0; ; round++) {
    let throttled = false
    let fatal: string | undefined
    const pending = ids.filter(id => states[id] !== 'Deployed')
    polls += pending.length
    await Promise.all(
      pending.map(async id => {
        const r = await readStatus(clients, id)
        if (r.ok) {
          states[id] = r.value.status
          if (r.value.config) configs[id] = r.value.config
        } else if (isThrottling(r.error.code)) throttled = true
        else if (isPermanent(r.error.code)) fatal = formatFailure(r.error)
        else states[id] = `unknown (${r.error.code})`
        o.onPoll?.(id, states[id]!, o.clock.now() - start)
      })
    )
    const elapsedMs = o.clock.now() - start
    if (o.signal?.aborted) return err({ states, configs, elapsedMs, polls, reason: 'cancelled' })
    // Waiting out the timeout on an error that cannot clear by itself only delays the bad news.
    if (fatal !== undefined) return err({ states, configs, elapsedMs, polls, reason: fatal })
    if (ids.every(id => states[id] === 'Deployed')) return ok({ states, configs, elapsedMs, polls })
    if (elapsedMs >= o.timeoutSeconds * 1000)
      return err({
        states,
        configs,
        elapsedMs,
        polls,
        reason: `timed out after ${o.timeoutSeconds} s`
      })
    const stillPending = ids.filter(id => states[id] !== 'Deployed').length
    const gap = nextPollGap(schedule, elapsedMs, round, stillPending, random())
    // Throttled: back off from 4 s at least (2 to 4 s with jitter, then doubling), however short
    // the ordinary polls are; the SDK has already retried each throttled poll itself.
    const delay = throttled ? Math.max(gap, backoff(round, THROTTLED_POLL_MS, 30_000, random)) : gap
    await sleepUnless(
      o.clock,
      Math.min(delay, Math.max(0, o.timeoutSeconds * 1000 - elapsedMs)),
      o.signal
    )
    if (o.signal?.aborted)
      return err({
        states,
        configs,
        elapsedMs: o.clock.now() - start,
        polls,
        reason: 'cancelled'
      })
  }
}

type WithBehaviors = Pick<DistributionConfig, 'DefaultCacheBehavior' | 'CacheBehaviors'>

const arnsOf = (d: WithBehaviors): string[] =>
  [d.DefaultCacheBehavior, ...(d.CacheBehaviors?.Items ?? [])].flatMap(b =>
    (b?.LambdaFunctionAssociations?.Items ?? []).flatMap(a =>
      a.LambdaFunctionARN ? [a.LambdaFunctionARN] : []
    )
  )

/**
 * Every Lambda ARN associated anywhere in the account: the default and path behaviors of every
 * distribution, from ListDistributions' summaries (paginated). A summary without its behaviors
 * (moto 5.2 leaves them out) is read in full: pruning must never miss a reference.
 */
export async function listAssociatedArns(
  clients: AwsClients
): Promise<Result<string[], AwsFailure>> {
  const arns: string[] = []
  try {
    for await (const page of paginateListDistributions(
      { client: clients.cloudfront, pageSize: 100 },
      {}
    )) {
      for (const d of page.DistributionList?.Items ?? []) {
        if (d.DefaultCacheBehavior) {
          arns.push(...arnsOf(d))
          continue
        }
        const full = await readDistribution(clients, d.Id ?? '')
        if (!full.ok) return full
        arns.push(...arnsOf(full.value.config))
      }
    }
    return ok(arns)
  } catch (e) {
    return err(translate(e, 'ListDistributions', 'the account'))
  }
}
