import {
  emptyJournal,
  isVerified,
  parseJournal,
  previousGood,
  recordIntent,
  recordRollback,
  recordVerdict,
  serializeJournal,
  slotDigest,
  type Intent
} from '../src/journal.js'

const intent = (version: number, from?: number, kind: Intent['kind'] = 'deploy'): Intent => ({
  kind,
  version,
  from,
  run: '123.1',
  body: false,
  slots: slotDigest(['E1|default|origin-request'])
})

describe('deploy journal', () => {
  it('previous after v2 good, v3 bad (rolled back), v4 good is v2', () => {
    let j = recordVerdict(emptyJournal(), 2, 'good', { replaced: [1] })
    j = recordVerdict(j, 3, 'bad')
    j = recordVerdict(j, 4, 'good', { replaced: [2] })
    expect(previousGood(j, 4)).toBe(2)
  })

  it('a cancelled version is never previous, and is not verified until a re-run verifies it', () => {
    let j = recordVerdict(emptyJournal(), 2, 'good', { replaced: [1] })
    j = recordIntent(j, intent(3, 2))
    expect(isVerified(j, 3)).toBe(false)
    j = recordVerdict(j, 3, 'cancelled')
    expect(j.cancelled).toEqual([3])
    expect(isVerified(j, 3)).toBe(false)
    j = recordIntent(j, intent(4, 3))
    j = recordVerdict(j, 4, 'good', { replaced: [3] })
    // 3 replaced by 4 but never verified: it stays out of good.
    expect(j.good).toEqual([1, 2, 4])
    expect(previousGood(j, 4)).toBe(2)
    j = recordVerdict(j, 3, 'good')
    expect(j.cancelled).toEqual([])
  })

  it('a pending intent makes its version unverified, the verdict clears it', () => {
    let j = recordVerdict(emptyJournal(), 5, 'good')
    j = recordIntent(j, intent(5))
    expect(isVerified(j, 5)).toBe(false)
    j = recordVerdict(j, 5, 'good')
    expect(isVerified(j, 5)).toBe(true)
    expect(j.pending).toBeUndefined()
  })

  it('a version known bad is not made good by being replaced', () => {
    let j = recordVerdict(emptyJournal(), 5, 'bad')
    j = recordVerdict(j, 6, 'good', { replaced: [5] })
    expect(previousGood(j, 6)).toBeUndefined()
  })

  it('round-trips (intent and IncludeBody included) and stays under 256 characters', () => {
    let j = emptyJournal()
    for (let v = 1; v <= 400; v++)
      j =
        v % 3 === 0
          ? recordVerdict(j, v, 'bad')
          : recordVerdict(j, v, 'good', { body: v % 2 === 0 })
    j = recordIntent(j, { ...intent(401, 400, 'rollback'), body: 'mixed', run: '9'.repeat(60) })
    const text = serializeJournal(j)
    expect(text.length).toBeLessThanOrEqual(256)
    const back = parseJournal(text)
    expect(back.good.at(-1)).toBe(400)
    expect(back.bad.at(-1)).toBe(399)
    expect(back.body[400]).toBe(true)
    expect(back.pending).toMatchObject({ kind: 'rollback', version: 401, from: 400, body: 'mixed' })
  })

  it('reads the older {good, bad} history, and a missing or hand-written description as empty', () => {
    expect(parseJournal(undefined)).toEqual(emptyJournal())
    expect(parseJournal('deployed by hand')).toEqual(emptyJournal())
    expect(parseJournal('{"good":[1,"x",-2,3],"bad":null}')).toMatchObject({
      good: [1, 3],
      bad: []
    })
  })

  it('a rollback marks the version rolled back from bad and the target good', () => {
    const j = recordRollback({ ...emptyJournal(), good: [1, 2, 4], bad: [3] }, 4, 2)
    expect(j.good).toEqual([1, 2])
    expect(j.bad).toEqual([3, 4])
  })
})
