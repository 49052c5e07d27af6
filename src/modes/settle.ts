/**
 * After the associations moved: wait until Deployed, check health, and on any failure put every
 * changed slot back (auto-rollback) and wait for that too. Shared by deploy and rollback.
 */
import { checkHealth } from '../aws/health.js'
import { bakeStep } from '../bake/step.js'
import type { Outcome, Status } from '../outcome.js'
import { restore, type ModeContext, touchedIds, waitUntilDeployed } from './shared.js'

async function verify(ctx: ModeContext, out: Outcome): Promise<string[]> {
  const { cfg } = ctx
  if (cfg.wait) {
    const waited = await waitUntilDeployed(ctx, touchedIds(out.changes))
    out.timings.waitMs = waited.elapsedMs
    out.states = waited.states
    out.polls = (out.polls ?? 0) + waited.polls
    if (!waited.ok) return [waited.reason]
  }
  if (cfg.healthCheckUrl) {
    const health = await ctx.log.group(`Health check ${cfg.healthCheckUrl}`, () =>
      checkHealth({
        url: cfg.healthCheckUrl!,
        expectStatus: cfg.healthCheckStatus,
        clock: ctx.clock,
        budgetMs: cfg.healthCheckTimeoutSeconds * 1000,
        failures: cfg.healthCheckFailures,
        // A few tries even in a short budget.
        intervalMs: Math.min(5000, Math.max(250, (cfg.healthCheckTimeoutSeconds * 1000) / 4))
      })
    )
    if (!health.ok) return [health.error]
    ctx.log.info(
      `Health check answered HTTP ${health.value.status} after ${health.value.attempts} attempt(s).`
    )
  }
  return []
}

export async function settle(
  ctx: ModeContext,
  owner: string,
  out: Outcome,
  updateErrors: string[],
  success: Status = 'deployed'
): Promise<Outcome> {
  // The writes just ended: the bake's baseline is the traffic before they began.
  const writesStartedAt = ctx.clock.now() - (out.timings.updateMs ?? 0)
  const errors = updateErrors.length > 0 ? updateErrors : await verify(ctx, out)
  // Hook: the CloudWatch bake (src/bake/), after Deployed and the health check passed.
  if (errors.length === 0) errors.push(...(await bakeStep(ctx, out, writesStartedAt)))
  if (errors.length === 0) return { ...out, status: success }
  if (out.changes.length === 0 || !ctx.cfg.autoRollback) return { ...out, status: 'failed', errors }
  ctx.log.warning(`Putting back the ${out.changes.length} association(s) this run changed.`)
  const leftovers = await restore(ctx, owner, out.changes)
  if (leftovers.length > 0) return { ...out, status: 'failed', errors: [...errors, ...leftovers] }
  if (ctx.cfg.wait) {
    const waited = await waitUntilDeployed(ctx, touchedIds(out.changes))
    out.polls = (out.polls ?? 0) + waited.polls
    if (!waited.ok) errors.push(`After the rollback: ${waited.reason}`)
  }
  return { ...out, status: 'rolled-back', undone: out.changes, changes: [], errors }
}
