/**
 * After the associations moved: wait until Deployed, re-read the slots, check health, and on any
 * failure put every changed slot back (auto-rollback) and wait for that too. A cancelled job stops
 * at once instead: no rollback, the run says what is live. Shared by deploy and rollback.
 */
import type { DistributionConfig } from '@aws-sdk/client-cloudfront'
import { checkHealth } from '../aws/health.js'
import { bakeStep } from '../bake/step.js'
import type { Outcome, Status } from '../outcome.js'
import { type Change, currentAssociation, versionLabel } from '../plan.js'
import { restore, type ModeContext, touchedIds, waitUntilDeployed } from './shared.js'

/**
 * Slots that no longer hold what this run wrote, seen in the configs of the wait's last polls:
 * someone outside the lock replaced them. Their version is not ours to report as deployed.
 */
export function replacedSlots(
  changes: readonly Change[],
  configs: Record<string, DistributionConfig>
): string[] {
  return changes.flatMap(c => {
    const config = configs[c.distributionId]
    if (!config) return []
    const now = currentAssociation(config, c.cacheBehavior, c.eventType)?.LambdaFunctionARN ?? null
    return now === c.to
      ? []
      : [
          `${c.distributionId} ${c.cacheBehavior} ${c.eventType} now holds ${versionLabel(now)}, set by someone else while this run waited (not through the lock): ${versionLabel(c.to)} is not live there.`
        ]
  })
}

type Checked = { errors: string[]; cancelled: boolean }

async function verify(ctx: ModeContext, out: Outcome): Promise<Checked> {
  const { cfg } = ctx
  if (cfg.wait) {
    const waited = await waitUntilDeployed(ctx, touchedIds(out.changes))
    out.timings.waitMs = waited.elapsedMs
    out.states = waited.states
    out.polls = (out.polls ?? 0) + waited.polls
    if (waited.cancelled) return { errors: [waited.reason], cancelled: true }
    if (!waited.ok) return { errors: [waited.reason], cancelled: false }
    const replaced = replacedSlots(out.changes, waited.configs)
    if (replaced.length > 0) return { errors: replaced, cancelled: false }
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
        intervalMs: Math.min(5000, Math.max(250, (cfg.healthCheckTimeoutSeconds * 1000) / 4)),
        signal: ctx.signal
      })
    )
    if (!health.ok) return { errors: [health.error], cancelled: ctx.signal?.aborted === true }
    ctx.log.info(
      `Health check answered HTTP ${health.value.status} after ${health.value.attempts} attempt(s).`
    )
  }
  return { errors: [], cancelled: false }
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
  const checked: Checked =
    updateErrors.length > 0 ? { errors: updateErrors, cancelled: false } : await verify(ctx, out)
  const { errors } = checked
  if (checked.cancelled) return { ...out, status: 'cancelled', errors }
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
