/**
 * One deploy at a time per function, whatever runs it (two workflows, two repositories, a laptop):
 * a lease held in AWS beside the function, in the description of the alias `lambda-edge-lock`
 * (pointing at $LATEST). Taking it is a compare-and-swap: CreateAlias fails when the alias exists,
 * UpdateAlias carries the RevisionId it read and fails when anyone wrote in between. Pure: which
 * lease may be taken, and how it reads; the alias adapter does the calls.
 */
export const LOCK_ALIAS = 'lambda-edge-lock'
/** What the alias says when nobody holds the lock. */
export const FREE = '{}'

export interface Lease {
  /** owner/repo on a runner; `cli@HOST` from the CLI. */
  repo: string
  /** GITHUB_RUN_ID on a runner (a re-run keeps it), a fresh id from the CLI. */
  run: string
  attempt: number
  actor: string
  /** Epoch seconds after which anyone may take the lease over. */
  expires: number
  /** Random per process: tells a write of ours whose answer was lost from someone else's. */
  token: string
}

const str = (v: unknown): string => (typeof v === 'string' ? v : '')

export function parseLease(description: string | undefined): Lease | undefined {
  try {
    const r = JSON.parse(description ?? '') as Record<string, unknown>
    if (typeof r !== 'object' || r === null || typeof r.tok !== 'string') return undefined
    return {
      repo: str(r.repo),
      run: str(r.run),
      attempt: Number(r.att) || 1,
      actor: str(r.by),
      expires: Number(r.exp) || 0,
      token: r.tok
    }
  } catch {
    return undefined
  }
}

/** Under the alias description's 256 characters: long names are cut, the identity fields kept. */
export function serializeLease(l: Lease): string {
  return JSON.stringify({
    repo: l.repo.slice(0, 100),
    run: l.run.slice(0, 40),
    att: l.attempt,
    by: l.actor.slice(0, 39),
    exp: l.expires,
    tok: l.token.slice(0, 24)
  })
}

export type LockDecision =
  | { kind: 'take'; why: 'free' | 'expired' | 'own-earlier-attempt' }
  /** The lease already is ours (a write whose answer was lost, then re-read). */
  | { kind: 'mine' }
  | { kind: 'held'; by: Lease }

/** Whether `me` may take the lock given what the alias holds now (`undefined`: free). */
export function decide(current: Lease | undefined, me: Lease, nowSeconds: number): LockDecision {
  if (!current) return { kind: 'take', why: 'free' }
  if (current.token === me.token) return { kind: 'mine' }
  // A later attempt of the same workflow run: the earlier one is over (the runner starts a re-run
  // only when the previous attempt has finished), so its lease is stale.
  if (current.repo === me.repo && current.run === me.run && current.attempt < me.attempt)
    return { kind: 'take', why: 'own-earlier-attempt' }
  if (current.expires <= nowSeconds) return { kind: 'take', why: 'expired' }
  return { kind: 'held', by: current }
}

export function describeLease(l: Lease, nowSeconds: number): string {
  const left = Math.max(0, l.expires - nowSeconds)
  const minutes = Math.ceil(left / 60)
  return `${l.repo} run ${l.run} (attempt ${l.attempt}) by ${l.actor || 'unknown'}, lease expires in ${minutes} min`
}

/** How long a lease lasts: the longest a deploy may take, plus a margin for the rest of the run. */
export const leaseSeconds = (waitTimeoutSeconds: number, healthTimeoutSeconds: number): number =>
  waitTimeoutSeconds * 2 + healthTimeoutSeconds + 600

/**
 * Who this run is, from the runner's environment (GITHUB_REPOSITORY, GITHUB_RUN_ID,
 * GITHUB_RUN_ATTEMPT, GITHUB_ACTOR); outside a runner (the CLI) a run of its own on this host.
 */
export function runIdentity(
  env: Record<string, string | undefined>,
  local: { host: string; user: string; pid: number },
  token: string
): Lease {
  const onRunner = Boolean(env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID)
  return {
    repo: onRunner ? env.GITHUB_REPOSITORY! : `cli@${local.host}`,
    run: onRunner ? env.GITHUB_RUN_ID! : `cli-${local.pid}-${token.slice(0, 6)}`,
    attempt: Number(env.GITHUB_RUN_ATTEMPT) || 1,
    actor: onRunner ? (env.GITHUB_ACTOR ?? '') : local.user,
    expires: 0,
    token
  }
}

/** The run id the journal records: RUN.ATTEMPT. */
export const journalRunId = (l: Lease): string => `${l.run}.${l.attempt}`
