import { describe, expect, it } from '@jest/globals'
import { checkHealth } from '../../src/aws/health.js'
import type { Clock } from '../../src/clock.js'

/** A clock that only moves when the check sleeps: every test runs instantly. */
function fakeClock(): Clock & { t: number } {
  const c = { t: 0, now: () => c.t, sleep: async (ms: number) => void (c.t += ms) }
  return c
}

/** Answers in order: a number is an HTTP status, 'refused' a connection error. */
function script(answers: (number | 'refused')[]): { fetchImpl: typeof fetch; calls: () => number } {
  let i = 0
  const fetchImpl = (async () => {
    const a = answers[Math.min(i++, answers.length - 1)]!
    if (a === 'refused') throw new TypeError('fetch failed: connect ECONNREFUSED')
    return new Response(null, { status: a })
  }) as unknown as typeof fetch
  return { fetchImpl, calls: () => i }
}

const URL_ = 'https://www.example.com/health'

describe('checkHealth', () => {
  it('fails at the third consecutive wrong status, 6 s in (re-checked every 3 s), long before the 60 s budget', async () => {
    const clock = fakeClock()
    const s = script([500])
    const r = await checkHealth({
      url: URL_,
      expectStatus: 200,
      clock,
      budgetMs: 60_000,
      intervalMs: 5000,
      failures: 3,
      fetchImpl: s.fetchImpl
    })
    expect(r.ok).toBe(false)
    expect(s.calls()).toBe(3)
    expect(clock.t).toBe(6_000)
    expect(!r.ok && r.error).toContain('answered HTTP 500 3 time(s) in a row')
    expect(!r.ok && r.error).toContain('health-check-failures is 3')
  })

  it('keeps retrying connection errors until the budget ends', async () => {
    const clock = fakeClock()
    const s = script(['refused'])
    const r = await checkHealth({
      url: URL_,
      expectStatus: 200,
      clock,
      budgetMs: 60_000,
      intervalMs: 5000,
      failures: 3,
      fetchImpl: s.fetchImpl
    })
    expect(r.ok).toBe(false)
    expect(s.calls()).toBe(13)
    expect(!r.ok && r.error).toMatch(
      /last answer fetch failed: connect ECONNREFUSED after 13 attempt\(s\) in 60 s/
    )
  })

  it('a connection error breaks the run of wrong statuses', async () => {
    const clock = fakeClock()
    const s = script([500, 500, 'refused', 500, 500, 200])
    const r = await checkHealth({
      url: URL_,
      expectStatus: 200,
      clock,
      budgetMs: 60_000,
      intervalMs: 5000,
      failures: 3,
      fetchImpl: s.fetchImpl
    })
    expect(r).toEqual({ ok: true, value: { attempts: 6, status: 200 } })
  })

  it('passes on the expected status, even a redirect the user asked for', async () => {
    const s = script([503, 301])
    const r = await checkHealth({
      url: URL_,
      expectStatus: 301,
      clock: fakeClock(),
      failures: 3,
      fetchImpl: s.fetchImpl
    })
    expect(r).toEqual({ ok: true, value: { attempts: 2, status: 301 } })
  })

  it('health-check-failures 1 fails on the first wrong answer', async () => {
    const s = script([404])
    const r = await checkHealth({
      url: URL_,
      expectStatus: 200,
      clock: fakeClock(),
      failures: 1,
      fetchImpl: s.fetchImpl
    })
    expect(r.ok).toBe(false)
    expect(s.calls()).toBe(1)
  })
})
