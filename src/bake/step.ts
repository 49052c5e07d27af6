/**
 * The bake as a step of settle: runs only on deploy, when bake-seconds > 0 and a distribution was
 * changed. Puts its report on the outcome and returns the errors that fail the deploy (and so start
 * the automatic rollback); too little traffic is a warning, not an error and not a pass.
 */
import type { ModeContext } from '../modes/shared.js'
import type { Outcome } from '../outcome.js'
import { againstBefore, type BakeTarget, runBake } from './bake.js'

/**
 * `targets`: what to judge against what; by default every changed distribution against its own
 * traffic before the deploy. A canary passes its staging distributions against their primaries.
 */
export async function bakeStep(
  ctx: ModeContext,
  out: Outcome,
  writesStartedAt: number,
  targets: readonly BakeTarget[] = againstBefore([
    ...new Set(out.changes.map(c => c.distributionId))
  ])
): Promise<string[]> {
  const { cfg } = ctx
  if (cfg.mode !== 'deploy' || cfg.bake.seconds === 0 || out.changes.length === 0) return []
  const ids = targets.map(t => t.distributionId)
  const report = await ctx.log.group(`Bake: CloudFront metrics of ${ids.join(', ')}`, () =>
    runBake({ ...ctx, bake: cfg.bake }, targets, writesStartedAt)
  )
  out.bake = report
  switch (report.result) {
    case 'pass':
      return []
    case 'too-little-traffic':
      ctx.log.warning(
        `The bake could not judge: fewer than bake-min-requests (${cfg.bake.minRequests}) requests in ${cfg.bake.seconds} s (${report.distributions.map(d => `${d.distributionId}: ${d.bake.requests}`).join(', ')}). The new version stays, unjudged by its traffic; lower bake-min-requests or raise bake-seconds.`
      )
      return []
    case 'fail':
      return [`The bake failed: ${report.failure}`]
    case 'error':
      return [
        `The bake could not read CloudWatch, so the new version is not verified: ${report.failure}`
      ]
  }
}
