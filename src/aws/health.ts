/**
 * The health check after Deployed: fetch the URL until it answers the expected status, for up to
 * a minute (edge locations pick up the new version over a few seconds even after Deployed).
 */
import { type Clock, sleepUnless } from '../clock.js'
import { err, ok, type Result } from '../result.js'

export interface HealthOptions {
  url: string
  expectStatus: number
  clock: Clock
  budgetMs?: number
  intervalMs?: number
  fetchImpl?: typeof fetch
  /** A cancelled job: stop at once. */
  signal?: AbortSignal
}

export async function checkHealth(
  o: HealthOptions
): Promise<Result<{ attempts: number; status: number }, string>> {
  const start = o.clock.now()
  const budget = o.budgetMs ?? 60_000
  const doFetch = o.fetchImpl ?? fetch
  let last: string
  for (let attempt = 1; ; attempt++) {
    try {
      const res = await doFetch(o.url, {
        redirect: 'manual',
        signal: o.signal
          ? AbortSignal.any([AbortSignal.timeout(10_000), o.signal])
          : AbortSignal.timeout(10_000),
        headers: { 'user-agent': 'lambda-edge-deploy health check' }
      })
      await res.body?.cancel()
      if (res.status === o.expectStatus) return ok({ attempts: attempt, status: res.status })
      last = `HTTP ${res.status}`
    } catch (e) {
      last = e instanceof Error ? e.message : String(e)
    }
    if (o.signal?.aborted)
      return err(`Health check of ${o.url} cancelled after ${attempt} attempt(s).`)
    if (o.clock.now() - start + (o.intervalMs ?? 5000) > budget)
      return err(
        `Health check of ${o.url} failed: expected HTTP ${o.expectStatus}, last answer ${last} after ${attempt} attempt(s) in ${Math.round((o.clock.now() - start) / 1000)} s.`
      )
    await sleepUnless(o.clock, o.intervalMs ?? 5000, o.signal)
  }
}
