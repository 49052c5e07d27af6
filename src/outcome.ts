/** What a run ended with: everything the outputs, the summary and the PR comment need. */
import type { BakeReport } from './bake/bake.js'
import type { Change } from './plan.js'
import type { PlanJson } from './plan/render.js'
import type { Verdict } from './rules/evaluate.js'
import type { Timings } from './report/summary.js'

export interface PruneReport {
  dryRun: boolean
  deleted: number[]
  wouldDelete: number[]
  skippedReplicated: number[]
  kept: { version: number; why: 'newest' | 'referenced' | 'protected' }[]
}

// `pruned` only from the CLI's prune command; the action's outputs never carry it.
// `canary`: the new version serves the staging distributions' share; promotion is pending.
export type Status =
  | 'deployed'
  | 'unchanged'
  | 'validated'
  | 'planned'
  | 'rolled-back'
  | 'pruned'
  | 'canary'
  | 'cancelled'
  | 'failed'

/** What a canary did, distribution by distribution, for the outputs, summary and comment. */
export interface CanaryReport {
  traffic: 'header' | 'weight'
  header: string
  /** The run's header value: requests carrying it reach staging while the policy is on. */
  headerValue: string
  weightPercent?: number
  stickinessSeconds?: number
  promote: 'auto' | 'manual'
  distributions: {
    primaryId: string
    stagingId: string
    policyId: string
    createdStaging: boolean
  }[]
  /** What was checked on the staging distributions before promotion (one line each). */
  verified: string[]
  state: 'live' | 'promoted' | 'aborted'
}

export interface Outcome {
  status: Status
  functionArn?: string
  version?: string
  versionArn?: string
  /** Every function of the run -> the version now associated (set for several functions). */
  versions?: Record<string, string>
  /** mode plan: the plan value as the `plan` output shows it. */
  plan?: PlanJson
  /** Versions associated before this run, in the order of the slots. */
  previousVersions: string[]
  changes: Change[]
  /** For rolled-back: the changes that were made and then undone. */
  undone?: Change[]
  timings: Timings
  verdict?: Verdict
  /** Several functions: each one's preflight (verdict is then the first one's). */
  functionVerdicts?: FunctionVerdict[]
  /** Why the run failed or was rolled back (already translated into what to do). */
  errors: string[]
  /** Distribution id -> last status seen, when a wait ran. */
  states?: Record<string, string>
  /** GetDistribution calls the waits made (after the update, and after a rollback). */
  polls?: number
  pruned?: PruneReport
  /** The slots already held this version, unverified: this run waited and checked it instead. */
  resumed?: boolean
  /** What the slots hold at the end when it is not what this run wanted (cancelled, replaced). */
  liveNote?: string
  /** The CloudWatch bake after Deployed and the health check, when bake-seconds > 0. */
  bake?: BakeReport
  /** The run stopped on a bad input (the CLI exits 2 for these). */
  inputError?: boolean
  canary?: CanaryReport
}

export interface FunctionVerdict {
  functionName: string
  eventType: string
  verdict: Verdict
}

export const emptyOutcome = (status: Status): Outcome => ({
  status,
  previousVersions: [],
  changes: [],
  timings: {},
  errors: []
})
