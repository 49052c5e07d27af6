/** The runner adapter: step outputs and the job summary. Best effort for the summary. */
import * as core from '../workflow-commands.js'
import type { Config } from '../config.js'
import type { Outcome } from '../outcome.js'
import { parseFunctionArn } from '../edge.js'
import { changeJson, renderPlan } from '../plan/render.js'
import { consoleLinks, renderChanges, renderTimings, renderVerdict } from './summary.js'
import { escapeMarkdown } from './markdown.js'
import { renderCanary } from './canary.js'
import { renderBake } from './bake.js'
import { functionRows, renderFunctionTable } from './functions.js'

/** Function name -> version now associated; a single function's comes from version. */
function versionsOf(o: Outcome): Record<string, string> {
  if (o.undone?.length) return {}
  if (o.versions) return o.versions
  const name = o.functionArn ? parseFunctionArn(o.functionArn)?.name : undefined
  return name && o.version ? { [name]: o.version } : {}
}

export function outputsOf(o: Outcome): Record<string, string> {
  return {
    status: o.status,
    'function-arn': o.functionArn ?? '',
    // "The version now associated": after an undone run that is not the one it published.
    version: o.undone?.length ? '' : (o.version ?? ''),
    'version-arn': o.undone?.length ? '' : (o.versionArn ?? ''),
    'previous-version': o.previousVersions.join(','),
    'staging-distribution-id': (o.canary?.distributions ?? []).map(d => d.stagingId).join(','),
    changes: JSON.stringify(o.changes.map(changeJson)),
    versions: JSON.stringify(versionsOf(o)),
    plan: o.plan ? JSON.stringify(o.plan) : ''
  }
}

export function writeOutputs(o: Outcome): void {
  for (const [k, v] of Object.entries(outputsOf(o))) core.setOutput(k, v)
}

export function renderRun(cfg: Config, o: Outcome): string {
  const parts: string[] = []
  parts.push(`## lambda-edge-deploy: ${cfg.mode} ${o.status}${o.resumed ? ' (resumed)' : ''}`)
  if (o.resumed)
    parts.push(
      'Resumed: the slots already held this version from an earlier run that stopped before verifying it; this run waited for Deployed, checked it and recorded the verdict.'
    )
  if (o.errors.length > 0) parts.push(o.errors.map(e => `> ${escapeMarkdown(e)}`).join('\n>\n'))
  if (o.functionVerdicts)
    parts.push(
      ...o.functionVerdicts.map(f => renderVerdict(f.functionName, f.eventType, f.verdict))
    )
  else if (o.verdict) parts.push(renderVerdict(cfg.functionName, cfg.eventType, o.verdict))
  if (cfg.mode !== 'validate') {
    if (cfg.functions.length > 1 && cfg.mode !== 'plan')
      parts.push(`### Functions\n\n${renderFunctionTable(functionRows(cfg, o))}`)
    else if (o.undone?.length) parts.push(`### Rolled back\n\n${renderChanges(o.undone)}`)
    else if (cfg.mode === 'plan' && o.plan)
      parts.push(`### Plan: what a deploy of this commit would change\n\n${renderPlan(o.plan)}`)
    else if (cfg.mode === 'plan')
      parts.push(
        `### Plan: what a deploy of this commit would change\n\n${renderChanges(o.changes)}`
      )
    else parts.push(`### Associations\n\n${renderChanges(o.changes)}`)
    if (o.canary) parts.push(renderCanary(cfg, o.canary))
    if (o.bake) parts.push(renderBake(o.bake))
    parts.push(renderTimings(o.timings, o.polls))
    parts.push(consoleLinks(cfg.functionName, o.version, cfg.distributionIds))
  }
  return parts.join('\n\n') + '\n'
}

export async function writeSummary(cfg: Config, o: Outcome): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return
  try {
    await core.appendSummary(renderRun(cfg, o))
  } catch (e) {
    core.warning(`Could not write the job summary: ${e instanceof Error ? e.message : String(e)}`)
  }
}
