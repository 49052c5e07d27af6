/**
 * How often the CloudFront wait polls, as data: quick at first (most deploys the action sees are
 * noticed within seconds), then a few calls a minute, so a long propagation with many
 * distributions is not the noisiest client in the account. AWS publishes no request rate for
 * CloudFront's control plane, and its own waiters poll once a minute; GetDistribution is
 * throttled like any other call, so the budget is ours to choose.
 */

export interface PollPhase {
  /** The phase applies while the wait has lasted less than this. */
  untilMs: number
  /** Gap before the first round of the phase; grows by `stepMs` per round up to `maxGapMs`. */
  minGapMs: number
  stepMs: number
  maxGapMs: number
  /** GetDistribution calls a minute that all pending distributions share (stretches the gap). */
  callsPerMinute: number
}

export interface PollSchedule {
  phases: readonly PollPhase[]
  /** Each gap is multiplied by a factor in [1 - jitter, 1 + jitter]. */
  jitter: number
}

/**
 * First two minutes: 1 s growing to 4 s (x1.15 at most: 4.6 s), so Deployed is seen within 5 s;
 * up to 8 distributions keep that pace under 120 calls a minute. Then every 12 s (10.2 to
 * 13.8 s), 5 calls a minute for one distribution, at most 30 a minute however many are pending.
 */
export const DEFAULT_POLL_SCHEDULE: PollSchedule = {
  jitter: 0.15,
  phases: [
    { untilMs: 120_000, minGapMs: 1000, stepMs: 500, maxGapMs: 4000, callsPerMinute: 120 },
    { untilMs: Infinity, minGapMs: 12_000, stepMs: 0, maxGapMs: 12_000, callsPerMinute: 30 }
  ]
}

function phaseAt(schedule: PollSchedule, elapsedMs: number): PollPhase {
  const phase =
    schedule.phases.find(p => elapsedMs < p.untilMs) ?? schedule.phases[schedule.phases.length - 1]
  if (phase === undefined) throw new Error('a poll schedule needs at least one phase')
  return phase
}

/**
 * The pause before the next round of polls. `round` counts rounds since the wait began,
 * `pending` is how many distributions the next round will poll, `random` in [0, 1).
 */
export function nextPollGap(
  schedule: PollSchedule,
  elapsedMs: number,
  round: number,
  pending: number,
  random: number
): number {
  const p = phaseAt(schedule, elapsedMs)
  const paced = Math.min(p.maxGapMs, p.minGapMs + round * p.stepMs)
  const budgeted = (Math.max(1, pending) * 60_000) / p.callsPerMinute
  const factor = 1 - schedule.jitter + 2 * schedule.jitter * random
  return Math.round(Math.max(paced, budgeted) * factor)
}
