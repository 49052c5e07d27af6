/**
 * Takes and gives back the per-function lock (see lock.ts) in AWS. A second run waits, saying who
 * holds the lock, until `lock-timeout-seconds`; then it fails with what to do.
 */
import { type Clock, sleepUnless } from '../clock.js'
import {
  decide,
  describeLease,
  FREE,
  type Lease,
  LOCK_ALIAS,
  parseLease,
  serializeLease
} from '../lock.js'
import type { Log } from '../log.js'
import { err, ok, type Result } from '../result.js'
import { type AliasRecord, readAlias, writeAlias } from './alias-store.js'
import type { AwsClients } from './clients.js'
import { formatFailure } from './errors.js'

export interface LockOptions {
  clock: Clock
  log: Log
  timeoutSeconds: number
  leaseSeconds: number
  signal?: AbortSignal
  /** Between two looks at a lock someone else holds. */
  pollMs?: number
}

export interface Held {
  lease: Lease
  /** How long this run waited for another one (0: the lock was free at the first look). */
  waitedMs: number
  /** A lease this run took over (expired, or an earlier attempt of the same run). */
  tookOver?: Lease
  /** The alias as our write left it: the release needs no read when nobody wrote since. */
  record?: AliasRecord
}

const seconds = (clock: Clock): number => Math.floor(clock.now() / 1000)

export async function acquireLock(
  clients: AwsClients,
  fn: string,
  me: Lease,
  o: LockOptions
): Promise<Result<Held, string>> {
  const start = o.clock.now()
  let announced = ''
  let waited = false
  for (;;) {
    const read = await readAlias(clients, fn, LOCK_ALIAS)
    if (!read.ok) return err(`Could not read the deploy lock: ${formatFailure(read.error)}`)
    const current = parseLease(read.value.description)
    const d = decide(current, me, seconds(o.clock))
    const waitedMs = waited ? o.clock.now() - start : 0
    if (d.kind === 'mine') return ok({ lease: current!, waitedMs, record: read.value })
    if (d.kind === 'take') {
      const lease = { ...me, expires: seconds(o.clock) + o.leaseSeconds }
      const w = await writeAlias(clients, fn, LOCK_ALIAS, read.value, {
        description: serializeLease(lease),
        version: '$LATEST'
      })
      if (!w.ok) return err(`Could not take the deploy lock: ${formatFailure(w.error)}`)
      if (w.value === 'conflict') {
        // Someone else, or our own write answered late: look again, and read the state afresh after.
        waited = true
        continue
      }
      if (d.why !== 'free' && current)
        o.log.warning(
          `Took over the deploy lock of ${fn} (${d.why}): ${describeLease(current, seconds(o.clock))}.`
        )
      return ok({
        lease,
        waitedMs,
        tookOver: d.why === 'free' ? undefined : current,
        record: w.value
      })
    }
    const holder = describeLease(d.by, seconds(o.clock))
    if (announced !== d.by.token) {
      o.log.info(`Waiting for the deploy lock of ${fn}: held by ${holder}.`)
      announced = d.by.token
    }
    const left = o.timeoutSeconds * 1000 - (o.clock.now() - start)
    if (left <= 0)
      return err(
        `Another deploy of ${fn} holds its lock: ${holder}. Gave up after ${o.timeoutSeconds} s (lock-timeout-seconds); nothing was changed. Re-run when it has finished, raise lock-timeout-seconds, or, if that run is gone, break the lock: lambda-edge-deploy unlock --function-name ${fn}.`
      )
    if (o.signal?.aborted)
      return err(
        `Cancelled while waiting for the deploy lock of ${fn} (held by ${holder}); nothing was changed.`
      )
    waited = true
    await sleepUnless(o.clock, Math.min(o.pollMs ?? 5000, left), o.signal)
  }
}

/** Frees the lock if this run still holds it; anything else is a warning, never a failure. */
export async function releaseLock(
  clients: AwsClients,
  fn: string,
  held: Held,
  log: Log
): Promise<void> {
  let known = held.record
  for (let attempt = 0; attempt < 3; attempt++) {
    if (!known) {
      const read = await readAlias(clients, fn, LOCK_ALIAS)
      if (!read.ok)
        return log.warning(`Could not release the deploy lock: ${formatFailure(read.error)}`)
      known = read.value
    }
    const current = parseLease(known.description)
    if (!current) return // already free (our release whose answer was lost)
    if (current.token !== held.lease.token)
      return log.warning(
        `The deploy lock of ${fn} is now held by ${current.repo} run ${current.run}: left as is.`
      )
    const w = await writeAlias(clients, fn, LOCK_ALIAS, known, {
      description: FREE,
      version: '$LATEST'
    })
    if (!w.ok)
      return log.warning(
        `Could not release the deploy lock: ${formatFailure(w.error)}; it expires by itself.`
      )
    if (w.value !== 'conflict') return
    known = undefined
  }
}

/** The CLI's `unlock`: frees the lock whoever holds it, and says whose it was. */
export async function breakLock(
  clients: AwsClients,
  fn: string,
  nowSeconds: number
): Promise<Result<string, string>> {
  const read = await readAlias(clients, fn, LOCK_ALIAS)
  if (!read.ok) return err(formatFailure(read.error))
  const current = parseLease(read.value.description)
  if (!current) return ok(`The deploy lock of ${fn} was not held; nothing to do.`)
  const w = await writeAlias(clients, fn, LOCK_ALIAS, read.value as AliasRecord, {
    description: FREE,
    version: '$LATEST'
  })
  if (!w.ok) return err(formatFailure(w.error))
  if (w.value === 'conflict')
    return err(`The deploy lock of ${fn} changed while breaking it: run unlock again.`)
  return ok(`Broke the deploy lock of ${fn}, held by ${describeLease(current, nowSeconds)}.`)
}
