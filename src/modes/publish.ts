/**
 * Publishing the versions a Plan needs: per function, configuration, then code, then
 * PublishVersion guarded by the code hash and the RevisionId; every function side by side.
 * Nothing live changes here: the slots move only after every publish succeeded.
 */
import { formatFailure } from '../aws/errors.js'
import { publish, updateCode, updateConfiguration } from '../aws/lambda.js'
import type { Preflight } from '../preflight.js'
import { configFor, type FunctionReading } from '../plan/read.js'
import { type Plan, toPublish } from '../plan/value.js'
import type { FunctionFacts } from '../rules/facts.js'
import type { ModeContext } from './shared.js'

export interface PublishContext extends ModeContext {
  preflight: Preflight
  /** Used when the `description` input is empty (repository@sha run N). */
  defaultDescription: string
}

const CONFIG_FIELDS = ['runtime', 'handler', 'memorySize', 'timeout'] as const
type ConfigFields = Pick<FunctionFacts, (typeof CONFIG_FIELDS)[number]>
const configDiffers = (a: ConfigFields, b: ConfigFields): boolean =>
  CONFIG_FIELDS.some(k => a[k] !== b[k])

/** Configuration, then code, then PublishVersion guarded by the code hash. */
export async function publishNew(
  ctx: PublishContext,
  codeSha: string,
  zip: Buffer | undefined
): Promise<{ version: string; versionArn: string } | { error: string }> {
  const { cfg, clients, preflight } = ctx
  const name = preflight.fn.facts.name
  const wait = { maxWaitSeconds: Math.min(cfg.waitTimeoutSeconds, 900) }
  let revisionId = preflight.fn.revisionId
  // Nothing live changes before PublishVersion, but $LATEST does: say so if a later step fails.
  const changed: string[] = []
  const failedAfter = (message: string): { error: string } => ({
    error: changed.length
      ? `${message}\n$LATEST of ${name} already has the new ${changed.join(' and ')} (no version was published, nothing live changed); re-run to publish, or restore it by hand.`
      : message
  })
  if (configDiffers(preflight.fn.facts, preflight.effective)) {
    const r = await updateConfiguration(clients, name, cfg.changes, wait)
    if (!r.ok) return { error: formatFailure(r.error) }
    revisionId = r.value
    changed.push('configuration')
  }
  if (zip && codeSha !== preflight.fn.facts.codeSha256) {
    const r = await updateCode(clients, name, zip, wait)
    if (!r.ok) return failedAfter(formatFailure(r.error))
    revisionId = r.value.revisionId
    changed.push('code')
  }
  const p = await publish(
    clients,
    name,
    { codeSha256: codeSha || undefined, revisionId },
    cfg.description ?? ctx.defaultDescription,
    wait
  )
  return p.ok
    ? { version: p.value.version, versionArn: p.value.versionArn }
    : failedAfter(formatFailure(p.error))
}

/** Publishes every function that needs a version, side by side: function ARN -> version ARN. */
export async function publishAll(
  ctx: ModeContext & { defaultDescription: string },
  plan: Plan,
  readings: readonly FunctionReading[]
): Promise<{ versions: Map<string, string>; errors: string[] }> {
  const byArn = new Map(readings.map(r => [r.read.arn, r]))
  const results = await Promise.all(
    toPublish(plan).map(async f => {
      const r = byArn.get(f.functionArn)!
      const p = await publishNew(
        {
          ...ctx,
          cfg: configFor(ctx.cfg, r.read.spec),
          preflight: r.preflight,
          defaultDescription: ctx.defaultDescription
        },
        r.read.codeSha,
        r.zip
      )
      if ('error' in p)
        return {
          arn: f.functionArn,
          error: ctx.cfg.functions.length > 1 ? `${f.functionName}: ${p.error}` : p.error
        }
      ctx.log.info(`Published ${p.versionArn}`)
      return { arn: f.functionArn, versionArn: p.versionArn }
    })
  )
  const versions = new Map<string, string>()
  for (const f of plan.functions)
    if (f.version.kind === 'existing') versions.set(f.functionArn, f.version.versionArn)
  for (const r of results) if (r.versionArn) versions.set(r.arn, r.versionArn)
  return { versions, errors: results.flatMap(r => (r.error ? [r.error] : [])) }
}
