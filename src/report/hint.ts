/** How to undo this run: the exact step (or CLI line) to roll back, for the comment. */
import type { Config } from '../config.js'
import type { Outcome } from '../outcome.js'

export function rollbackHint(cfg: Config, o: Outcome): string | undefined {
  if (cfg.mode !== 'deploy' || (o.status !== 'deployed' && o.status !== 'cancelled'))
    return undefined
  const previous = o.previousVersions.filter(v => /^\d+$/.test(v))
  const to = previous.length === 1 ? previous[0]! : 'previous'
  const action =
    process.env.GITHUB_ACTION_REPOSITORY && process.env.GITHUB_ACTION_REF
      ? `${process.env.GITHUB_ACTION_REPOSITORY}@${process.env.GITHUB_ACTION_REF}`
      : 'lambda-edge-deploy'
  const list = (xs: readonly string[]): string => xs.join(',')
  if (cfg.functions.length > 1) return severalHint(cfg, action, list)
  return [
    '# Run your rollback workflow (workflow_dispatch) with this step:',
    `- uses: ${action}`,
    '  with:',
    '    mode: rollback',
    `    function-name: ${cfg.functionName}`,
    `    distribution-id: ${list(cfg.distributionIds)}`,
    `    event-type: ${cfg.eventType}`,
    `    cache-behavior: ${list(cfg.cacheBehaviors)}`,
    `    rollback-to: ${to}`,
    '# or from a terminal with AWS credentials:',
    `npx lambda-edge-deploy rollback --function-name ${cfg.functionName} --distribution-id ${list(cfg.distributionIds)} --event-type ${cfg.eventType} --cache-behavior '${list(cfg.cacheBehaviors)}' --rollback-to ${to}`
  ].join('\n')
}

/** Several functions: each goes back to its own previous good version, in one step. */
function severalHint(cfg: Config, action: string, list: (xs: readonly string[]) => string): string {
  const items = cfg.functions.flatMap(f => [
    `- function-name: ${f.functionName}`,
    `  event-type: ${f.eventType}`,
    `  cache-behavior: ${list(f.cacheBehaviors)}`
  ])
  return [
    '# Run your rollback workflow (workflow_dispatch) with this step:',
    `- uses: ${action}`,
    '  with:',
    '    mode: rollback',
    `    distribution-id: ${list(cfg.distributionIds)}`,
    '    functions: |',
    ...items.map(l => `      ${l}`),
    '# or from a terminal with AWS credentials, the list above saved as functions.yml:',
    `npx lambda-edge-deploy rollback --functions functions.yml --distribution-id ${list(cfg.distributionIds)}`
  ].join('\n')
}
