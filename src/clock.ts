/** Time, injected: retry and wait tests run instantly with a fake clock. */
export interface Clock {
  now(): number
  sleep(ms: number): Promise<void>
  /** In [0, 1), for jitter; tests pass a fixed one so schedules are exact. */
  random?(): number
}

export const realClock: Clock = {
  now: () => Date.now(),
  sleep: ms => new Promise(resolve => setTimeout(resolve, ms)),
  random: () => Math.random()
}

/** Exponential backoff with full jitter, capped. */
export function backoff(
  attempt: number,
  baseMs: number,
  capMs: number,
  random: () => number = Math.random
): number {
  return Math.round(Math.min(capMs, baseMs * 2 ** attempt) * (0.5 + random() / 2))
}

/** Sleeps on the injected clock, but wakes at once when `signal` aborts (a cancelled job). */
export function sleepUnless(clock: Clock, ms: number, signal?: AbortSignal): Promise<void> {
  if (!signal) return clock.sleep(ms)
  if (signal.aborted) return Promise.resolve()
  return new Promise(resolve => {
    const done = (): void => {
      signal.removeEventListener('abort', done)
      resolve()
    }
    signal.addEventListener('abort', done, { once: true })
    void clock.sleep(ms).then(done)
  })
}
