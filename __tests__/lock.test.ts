import { decide, parseLease, runIdentity, serializeLease, type Lease } from '../src/lock.js'

const lease = (o: Partial<Lease> = {}): Lease => ({
  repo: 'octo/site',
  run: '100',
  attempt: 1,
  actor: 'alice',
  expires: 1_000,
  token: 'tok-a',
  ...o
})

describe('lock decisions', () => {
  const me = lease({ token: 'tok-me', run: '200', repo: 'octo/other' })
  it('takes a free lock, waits for a live one, takes an expired one', () => {
    expect(decide(undefined, me, 500)).toEqual({ kind: 'take', why: 'free' })
    expect(decide(lease(), me, 500)).toEqual({ kind: 'held', by: lease() })
    expect(decide(lease(), me, 1_000)).toEqual({ kind: 'take', why: 'expired' })
  })
  it('recognises its own lease (a write whose answer was lost)', () => {
    expect(decide(me, me, 500)).toEqual({ kind: 'mine' })
  })
  it("takes over an earlier attempt of the same run, never another run's lease", () => {
    const retry = lease({ attempt: 2, token: 'tok-b' })
    expect(decide(lease(), retry, 500)).toEqual({ kind: 'take', why: 'own-earlier-attempt' })
    expect(decide(lease({ run: '101' }), retry, 500).kind).toBe('held')
    expect(decide(lease({ attempt: 3 }), retry, 500).kind).toBe('held')
  })
  it('fits the alias description and round-trips', () => {
    const long = lease({ repo: 'o'.repeat(39) + '/' + 'r'.repeat(100), actor: 'a'.repeat(39) })
    const text = serializeLease(long)
    expect(text.length).toBeLessThanOrEqual(256)
    expect(parseLease(text)?.token).toBe('tok-a')
    expect(parseLease('{}')).toBeUndefined()
  })
  it('names the run from the runner, or the host from the CLI', () => {
    const env = {
      GITHUB_REPOSITORY: 'o/r',
      GITHUB_RUN_ID: '9',
      GITHUB_RUN_ATTEMPT: '3',
      GITHUB_ACTOR: 'bob'
    }
    expect(runIdentity(env, { host: 'h', user: 'u', pid: 1 }, 't')).toMatchObject({
      repo: 'o/r',
      run: '9',
      attempt: 3,
      actor: 'bob'
    })
    expect(runIdentity({}, { host: 'laptop', user: 'carol', pid: 42 }, 'xyz123')).toMatchObject({
      repo: 'cli@laptop',
      run: 'cli-42-xyz123',
      actor: 'carol'
    })
  })
})
