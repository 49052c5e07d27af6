import {
  emptyHistory,
  parseHistory,
  previousGood,
  recordFailure,
  recordRollback,
  recordSuccess,
  serializeHistory
} from '../src/history.js'

describe('deploy history', () => {
  it('previous after v2 ok, v3 failed (rolled back), v4 ok is v2', () => {
    let h = recordSuccess(emptyHistory(), 2, [1])
    h = recordFailure(h, 3)
    h = recordSuccess(h, 4, [2])
    expect(previousGood(h, 4)).toBe(2)
  })

  it('after rolling back from v4 to v2, previous is the good one before v2', () => {
    let h = recordSuccess(emptyHistory(), 2, [1])
    h = recordSuccess(h, 4, [2])
    h = recordFailure(h, 4)
    expect(previousGood(h, 2)).toBe(1)
    expect(h.bad).toEqual([4])
  })

  it('a version known bad is not made good by being replaced', () => {
    let h = recordFailure(emptyHistory(), 5)
    h = recordSuccess(h, 6, [5])
    expect(previousGood(h, 6)).toBeUndefined()
  })

  it('has no previous on a first deploy of a function with nothing live', () => {
    expect(previousGood(recordSuccess(emptyHistory(), 1, []), 1)).toBeUndefined()
  })

  it('round-trips and stays under the 256-character alias description limit', () => {
    let h = emptyHistory()
    for (let v = 1; v <= 400; v++) h = v % 3 === 0 ? recordFailure(h, v) : recordSuccess(h, v, [])
    const text = serializeHistory(h)
    expect(text.length).toBeLessThanOrEqual(256)
    const back = parseHistory(text)
    expect(back.good.at(-1)).toBe(400)
    expect(back.bad.at(-1)).toBe(399)
  })

  it('reads a missing or hand-written description as empty', () => {
    expect(parseHistory(undefined)).toEqual(emptyHistory())
    expect(parseHistory('deployed by hand')).toEqual(emptyHistory())
    expect(parseHistory('{"good":[1,"x",-2,3],"bad":null}')).toEqual({ good: [1, 3], bad: [] })
  })
})

describe('recordRollback', () => {
  it('marks the version rolled back from as bad and the target as good', () => {
    const h = recordRollback({ good: [1, 2, 4], bad: [3] }, 4, 2)
    expect(h).toEqual({ good: [1, 2], bad: [3, 4] })
  })
})
