import { planRetention } from '../src/retention.js'

describe('planRetention', () => {
  it('keeps the newest N, referenced and protected versions, and removes the rest', () => {
    const plan = planRetention({
      versions: [1, 2, 3, 4, 5, 6, 7],
      keep: 2,
      referenced: new Set([3]),
      protectedVersions: new Set([1])
    })
    expect(plan.remove).toEqual([5, 4, 2])
    expect(plan.keep).toEqual([
      { version: 7, why: 'newest' },
      { version: 6, why: 'newest' },
      { version: 3, why: 'referenced' },
      { version: 1, why: 'protected' }
    ])
  })

  it('removes nothing when everything is within the newest N', () => {
    expect(
      planRetention({
        versions: [2, 1],
        keep: 5,
        referenced: new Set(),
        protectedVersions: new Set()
      }).remove
    ).toEqual([])
  })
})
