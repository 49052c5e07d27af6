import { DEFAULT_POLL_SCHEDULE, nextPollGap } from '../src/aws/poll-schedule.js'

const gap = (elapsedMs: number, round: number, pending: number, random = 0.5): number =>
  nextPollGap(DEFAULT_POLL_SCHEDULE, elapsedMs, round, pending, random)

describe('nextPollGap', () => {
  it('starts at about 1 s and grows to 4 s during the first two minutes', () => {
    expect(gap(0, 0, 1)).toBe(1000)
    expect(gap(3000, 2, 1)).toBe(2000)
    expect(gap(60_000, 30, 1)).toBe(4000)
    expect(gap(119_999, 60, 1, 0.999)).toBeLessThanOrEqual(4600)
  })

  it('slows to about 12 s after two minutes', () => {
    expect(gap(120_000, 60, 1)).toBe(12_000)
    expect(gap(600_000, 200, 1, 0)).toBe(10_200)
    expect(gap(600_000, 200, 1, 0.999)).toBeLessThanOrEqual(13_800)
  })

  it('stretches the gap so that many distributions share one budget', () => {
    // 20 distributions: 120 calls a minute at first (10 s rounds), then 30 (40 s rounds).
    expect(gap(60_000, 30, 20)).toBe(10_000)
    expect(gap(300_000, 90, 20)).toBe(40_000)
    // Up to 8 distributions keep the 4-second pace.
    expect(gap(60_000, 30, 8)).toBe(4000)
  })
})
