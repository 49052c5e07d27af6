/**
 * Everything the action tells GitHub besides the job summary: the sticky PR comment and, opt-in,
 * a GitHub Deployment with its statuses. Best effort: a failure is a warning and never changes
 * the outcome of the run.
 */
import * as core from '../workflow-commands.js'
import type { Config } from '../config.js'
import type { Outcome } from '../outcome.js'
import { renderCanary } from './canary.js'
import { commentKey, type CommentInput, renderComment } from './comment.js'
import {
  contextTarget,
  createDeployment,
  type GitHubTarget,
  refOf,
  reportOnPullRequests,
  runUrlOf,
  setDeploymentStatus
} from './github.js'
import { functionRows, pendingRows } from './functions.js'
import { rollbackHint } from './hint.js'

type Base = Omit<CommentInput, 'phase' | 'status' | 'changes' | 'errors'>

export class GitHubReporter {
  private deploymentId?: number
  // A PR that refused the first comment (a fork's read-only token) refuses the second too: warn once.
  private readonly refused = new Set<string>()

  private constructor(
    private readonly cfg: Config,
    private readonly target: GitHubTarget,
    private readonly base: Base
  ) {}

  static async create(cfg: Config): Promise<GitHubReporter | undefined> {
    if (!cfg.githubToken || cfg.mode === 'validate') return undefined
    if (!cfg.comment && !cfg.environment) return undefined
    const target = await contextTarget(cfg.githubToken)
    if (!target.ok) {
      core.warning(target.error)
      return undefined
    }
    return new GitHubReporter(cfg, target.value, {
      // Several functions share one sticky comment, keyed by all their names.
      key: commentKey(cfg.functions.map(f => f.functionName).join(','), cfg.distributionIds),
      mode: cfg.mode,
      functionName: cfg.functionName,
      distributionIds: cfg.distributionIds,
      eventType: cfg.eventType,
      cacheBehaviors: cfg.cacheBehaviors,
      runUrl: runUrlOf(target.value),
      ref: refOf(target.value)
    })
  }

  private get several(): boolean {
    return this.cfg.functions.length > 1
  }

  private get changesAws(): boolean {
    return this.cfg.mode === 'deploy' || this.cfg.mode === 'rollback' || this.cfg.mode === 'promote'
  }

  async started(): Promise<void> {
    if (!this.changesAws) return
    await Promise.allSettled([
      this.comment({
        phase: 'in-progress',
        status: 'failed',
        changes: [],
        errors: [],
        functions: this.several ? pendingRows(this.cfg) : undefined
      }),
      this.startDeployment()
    ])
  }

  async finished(o: Outcome): Promise<void> {
    await Promise.allSettled([
      this.comment({
        phase: 'final',
        status: o.status,
        version: o.version,
        resumed: o.resumed,
        changes: o.changes,
        undone: o.undone,
        errors: o.errors,
        durations: o.timings,
        bake: o.bake,
        rollbackHint: rollbackHint(this.cfg, o),
        canary: o.canary && renderCanary(this.cfg, o.canary),
        functions: this.several ? functionRows(this.cfg, o) : undefined
      }),
      this.finishDeployment(o)
    ])
  }

  private async comment(
    input: Pick<CommentInput, 'phase' | 'status' | 'changes' | 'errors'> & Partial<CommentInput>
  ): Promise<void> {
    if (!this.cfg.comment) return
    for (const r of await reportOnPullRequests(this.target, this.base.key, pr =>
      renderComment({ ...this.base, ...input, merged: pr.merged })
    )) {
      if (r.ok)
        core.info(`PR #${r.value.pr}: status comment ${r.value.created ? 'created' : 'updated'}.`)
      else core.warning(r.error)
    }
  }

  private async startDeployment(): Promise<void> {
    if (!this.cfg.environment) return
    const created = await createDeployment(this.target, {
      environment: this.cfg.environment,
      description: `lambda-edge-deploy ${this.cfg.mode} of ${this.cfg.functionName}`
    })
    if (!created.ok) return core.warning(created.error)
    this.deploymentId = created.value
    const s = await setDeploymentStatus(this.target, created.value, {
      state: 'in_progress',
      logUrl: this.base.runUrl
    })
    if (!s.ok) core.warning(s.error)
  }

  private async finishDeployment(o: Outcome): Promise<void> {
    if (this.deploymentId === undefined) return
    const good =
      o.status === 'deployed' ||
      o.status === 'unchanged' ||
      (o.status === 'rolled-back' && this.cfg.mode === 'rollback')
    const s = await setDeploymentStatus(this.target, this.deploymentId, {
      // A canary waiting for promotion is neither done nor failed.
      state: o.status === 'canary' ? 'in_progress' : good ? 'success' : 'failure',
      environmentUrl: this.cfg.healthCheckUrl,
      logUrl: this.base.runUrl,
      description: `${o.status}${o.version ? `: version ${o.version}` : ''}`
    })
    if (!s.ok) core.warning(s.error)
  }
}
