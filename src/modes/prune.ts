/**
 * Prune: delete old versions nobody needs. Referenced means associated anywhere in the account;
 * protected means live or last-good in the rollback history, or the target of any alias.
 * Lambda refuses to delete a version CloudFront still replicates (hours after its last
 * association goes): those are reported as skipped and never fail anything.
 */
import { listAssociatedArns } from '../aws/cloudfront.js'
import { formatFailure } from '../aws/errors.js'
import { aliasedVersions, deleteVersion, type FunctionState, listVersions } from '../aws/lambda.js'
import { sameFunction, versionOf } from '../edge.js'
import { previousGood } from '../journal.js'
import { readJournal } from '../aws/journal-store.js'
import type { PruneReport } from '../outcome.js'
import { planRetention } from '../retention.js'
import type { AwsClients } from '../aws/clients.js'
import type { Log } from '../log.js'

export interface PruneContext {
  clients: AwsClients
  log: Log
  fn: FunctionState
  /** How many of the newest versions to keep whatever else holds. */
  keep: number
  dryRun: boolean
}

export async function prune(ctx: PruneContext): Promise<{ pruned: PruneReport; errors: string[] }> {
  const { clients, fn } = ctx
  const name = fn.facts.name
  const report: PruneReport = {
    dryRun: ctx.dryRun,
    deleted: [],
    wouldDelete: [],
    skippedReplicated: [],
    kept: []
  }
  const [versions, arns, aliases, history] = await Promise.all([
    listVersions(clients, name),
    listAssociatedArns(clients),
    aliasedVersions(clients, name),
    readJournal(clients, name)
  ])
  // Without a full picture of what is in use, deleting anything would be a guess.
  const missing = [versions, arns, aliases, history].flatMap(r =>
    r.ok ? [] : [formatFailure(r.error)]
  )
  if (missing.length > 0 || !versions.ok || !arns.ok || !aliases.ok || !history.ok) {
    for (const m of missing) ctx.log.warning(`Prune skipped: ${m}`)
    return { pruned: report, errors: missing }
  }
  const referenced = new Set(
    arns.value
      .filter(a => sameFunction(a, fn.arn))
      .flatMap(a => (versionOf(a) ? [Number(versionOf(a))] : []))
  )
  const live = history.value.liveVersion
  const lastGood = previousGood(history.value.journal, live)
  // A deploy under way (or cancelled) names its version before associating it: never delete it.
  const pending = history.value.journal.pending?.version
  const protectedVersions = new Set([
    ...aliases.value,
    ...(live ? [live] : []),
    ...(lastGood ? [lastGood] : []),
    ...(pending ? [pending] : [])
  ])
  const plan = planRetention({
    versions: versions.value,
    keep: ctx.keep,
    referenced,
    protectedVersions
  })
  report.kept = plan.keep
  if (ctx.dryRun) {
    report.wouldDelete = plan.remove
    ctx.log.info(
      `Prune (dry run): would delete ${plan.remove.length ? plan.remove.join(', ') : 'nothing'}.`
    )
    return { pruned: report, errors: [] }
  }
  const errors: string[] = []
  // One at a time: deletes are rare, and Lambda throttles bursts of control-plane writes.
  for (const v of plan.remove) {
    const r = await deleteVersion(clients, name, v)
    if (r === 'deleted') report.deleted.push(v)
    else if (r === 'replicated') report.skippedReplicated.push(v)
    else errors.push(r.error)
  }
  ctx.log.info(
    `Prune: deleted ${report.deleted.join(', ') || 'nothing'}${report.skippedReplicated.length ? `; skipped, still replicated: ${report.skippedReplicated.join(', ')}` : ''}.`
  )
  for (const e of errors) ctx.log.warning(`Prune: ${e}`)
  return { pruned: report, errors }
}
