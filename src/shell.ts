/**
 * What both shells (the action and the CLI) give the engine about the process they run in: who
 * this run is (the lock's owner) and a signal that aborts when the job is cancelled.
 */
import { randomBytes } from 'node:crypto'
import { hostname, userInfo } from 'node:os'
import { type Lease, runIdentity } from './lock.js'

export function identity(env: NodeJS.ProcessEnv = process.env): Lease {
  let user = 'unknown'
  try {
    user = userInfo().username
  } catch {
    // No passwd entry (some containers): the host and pid still tell runs apart.
  }
  return runIdentity(
    env,
    { host: hostname(), user, pid: process.pid },
    randomBytes(9).toString('base64url')
  )
}

/**
 * The runner cancels a job with SIGINT, then SIGTERM about 7.5 s later, then kills it: the first
 * signal aborts the waits so the run can record what is live and release its lock in time. Later
 * signals are ignored (the work left is short and must not be cut).
 */
export function cancelOnSignals(onCancel: (signal: string) => void = () => {}): AbortSignal {
  const controller = new AbortController()
  const handler = (sig: NodeJS.Signals): void => {
    if (controller.signal.aborted) return
    onCancel(sig)
    controller.abort(sig)
  }
  process.on('SIGINT', handler)
  process.on('SIGTERM', handler)
  return controller.signal
}
