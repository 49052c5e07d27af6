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
