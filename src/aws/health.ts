/**
 * The health check after Deployed: fetch the URL until it answers the expected status. Two kinds of
 * failure are told apart. A server that answers with another status has given a definite answer:
 * `failures` of those in a row fail the check at once, so a broken version is rolled back within
 * seconds. A connection error or a timeout says nothing about the version (edge locations pick it
 * up over a few seconds even after Deployed, DNS may lag): those keep retrying until the budget ends.
 */
import { type Clock, sleepUnless } from '../clock.js'
import { err, ok, type Result } from '../result.js'

export interface HealthOptions {
  url: string
  expectStatus: number
  clock: Clock
  budgetMs?: number
  intervalMs?: number
  /** Extra request headers (a canary's routing header, so the check reaches staging). */
  headers?: Record<string, string>
  /** Consecutive wrong statuses that fail the check before the budget ends (health-check-failures). */
  failures?: number
  /** One attempt's limit; an attempt that takes longer counts as a timeout, not a wrong status. */
  attemptTimeoutMs?: number
  fetchImpl?: typeof fetch
  /** A cancelled job: stop at once. */
  signal?: AbortSignal
}

/** One attempt: the status a server answered, or why no answer came. */
/** The pause before re-checking a wrong status. */
const CONFIRM_MS = 3000

type Attempt = { kind: 'status'; status: number } | { kind: 'no-answer'; why: string }

async function attempt(o: HealthOptions, timeoutMs: number): Promise<Attempt> {
  try {
    const res = await (o.fetchImpl ?? fetch)(o.url, {
      redirect: 'manual',
      signal: o.signal
        ? AbortSignal.any([AbortSignal.timeout(timeoutMs), o.signal])
        : AbortSignal.timeout(timeoutMs),
      headers: { ...o.headers, 'user-agent': 'lambda-edge-deploy health check' }
    })
    await res.body?.cancel()
    return { kind: 'status', status: res.status }
  } catch (e) {
    return { kind: 'no-answer', why: e instanceof Error ? e.message : String(e) }
  }
}

export async function checkHealth(
  o: HealthOptions
): Promise<Result<{ attempts: number; status: number }, string>> {
  const start = o.clock.now()
  const budget = o.budgetMs ?? 60_000
  const interval = o.intervalMs ?? 5000
  const failures = o.failures ?? 3
  const elapsed = (): string => `${Math.round((o.clock.now() - start) / 1000)} s`
  let wrongInARow = 0
  for (let n = 1; ; n++) {
    // An attempt never runs past the budget by more than a second.
    const left = Math.max(1000, budget - (o.clock.now() - start))
    const a = await attempt(o, Math.min(o.attemptTimeoutMs ?? 10_000, left))
    if (o.signal?.aborted) return err(`Health check of ${o.url} cancelled after ${n} attempt(s).`)
    if (a.kind === 'status' && a.status === o.expectStatus)
      return ok({ attempts: n, status: a.status })
    wrongInARow = a.kind === 'status' ? wrongInARow + 1 : 0
    const last = a.kind === 'status' ? `HTTP ${a.status}` : a.why
    if (wrongInARow >= failures)
      return err(
        `Health check of ${o.url} failed: it answered ${last} ${wrongInARow} time(s) in a row (expected HTTP ${o.expectStatus}; health-check-failures is ${failures}) after ${n} attempt(s) in ${elapsed()}.`
      )
    // A wrong status is confirmed sooner: the wait notices Deployed up to ~4 s late, and a broken
    // version must be rolled back within 15 s of Deployed (issue 11) with room to spare.
    const pause = wrongInARow > 0 ? Math.min(interval, CONFIRM_MS) : interval
    if (o.clock.now() - start + pause > budget)
      return err(
        `Health check of ${o.url} failed: expected HTTP ${o.expectStatus}, last answer ${last} after ${n} attempt(s) in ${elapsed()} (health-check-timeout-seconds).`
      )
    await sleepUnless(o.clock, pause, o.signal)
  }
}
