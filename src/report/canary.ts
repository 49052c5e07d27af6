/** The canary's state for the summary and the PR comment, with the promote and abort commands. */
import type { Config } from '../config.js'
import type { CanaryReport } from '../outcome.js'
import { code, escapeMarkdown, table } from './markdown.js'

const STATE: Record<CanaryReport['state'], string> = {
  live: 'live on the staging distributions, promotion pending',
  promoted: 'promoted onto the primary distributions',
  aborted: 'aborted: the policies are disabled, all traffic is on the primary distributions'
}

function step(cfg: Config, mode: 'promote' | 'rollback'): string {
  const list = (xs: readonly string[]): string => xs.join(',')
  return [
    `- uses: ${process.env.GITHUB_ACTION_REPOSITORY ?? 'lambda-edge-deploy'}@${process.env.GITHUB_ACTION_REF ?? 'v1'}`,
    '  with:',
    `    mode: ${mode}`,
    `    function-name: ${cfg.functionName}`,
    `    distribution-id: ${list(cfg.distributionIds)}`,
    `    event-type: ${cfg.eventType}`,
    `    cache-behavior: ${list(cfg.cacheBehaviors)}`
  ].join('\n')
}

/** The workflow steps (and CLI lines) that promote or abort a live canary. */
export function canaryCommands(cfg: Config): string {
  const flags = `--function-name ${cfg.functionName} --distribution-id ${cfg.distributionIds.join(',')} --event-type ${cfg.eventType} --cache-behavior '${cfg.cacheBehaviors.join(',')}'`
  return [
    '# Promote (the staging config becomes the primary config):',
    step(cfg, 'promote'),
    `# or: npx lambda-edge-deploy promote ${flags}`,
    '# Abort (disable the policy: all traffic back to the primary at once):',
    step(cfg, 'rollback'),
    `# or: npx lambda-edge-deploy rollback ${flags}`
  ].join('\n')
}

export function renderCanary(cfg: Config, c: CanaryReport): string {
  const traffic =
    c.traffic === 'weight'
      ? `${c.weightPercent}% of viewers (sticky for ${c.stickinessSeconds} s)` +
        (c.header ? `, after a check through header ${code(c.header)}` : '')
      : `requests with header ${code(`${c.header}: ${c.headerValue}`)}`
  const rows = c.distributions.map(d => [
    code(d.primaryId),
    code(d.stagingId) + (d.createdStaging ? ' (created)' : ''),
    d.policyId ? code(d.policyId) : '-'
  ])
  const parts = [
    `### Canary: ${STATE[c.state]}`,
    `Traffic to staging: ${traffic}. Promotion: ${c.promote}.`,
    table(['Primary', 'Staging', 'Policy'], rows)
  ]
  if (c.verified.length > 0)
    parts.push(`Verified on staging:\n${c.verified.map(v => `- ${escapeMarkdown(v)}`).join('\n')}`)
  if (c.state === 'live') parts.push(`\`\`\`\n${canaryCommands(cfg)}\n\`\`\``)
  return parts.join('\n\n')
}
