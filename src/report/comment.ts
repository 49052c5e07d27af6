/**
 * Pure renderer of the sticky PR comment: what is (being) deployed where, what changed, what went
 * wrong and how to roll back. Everything that comes from the PR, the commit, the branch or AWS is
 * escaped; the body always starts with the hidden marker the GitHub adapter looks for and stays
 * under GitHub's 65,536-character limit.
 */
import { createHash } from 'node:crypto'
import type { Mode } from '../edge.js'
import type { Status } from '../outcome.js'
import { versionLabel, type Change } from '../plan.js'
import { code, escapeMarkdown, table } from './markdown.js'
import type { Timings } from './summary.js'
import type { BakeReport } from '../bake/bake.js'
import { renderBake } from './bake.js'
import { type FunctionRow, renderFunctionTable } from './functions.js'

export type CommentPhase = 'in-progress' | 'final'

/** Where the run comes from; all of it is written by whoever pushed or opened the PR. */
export interface CommentRef {
  branch?: string
  title?: string
  sha?: string
}

export interface CommentInput {
  /** From commentKey(): one sticky comment per function and set of distributions. */
  key: string
  phase: CommentPhase
  mode: Mode
  /** Read only when phase is 'final'. */
  status: Status
  functionName: string
  distributionIds: readonly string[]
  eventType: string
  cacheBehaviors: readonly string[]
  /** The version being (or that was) deployed, e.g. '7'. */
  version?: string
  /** Planned changes (in progress, plan) or applied changes (final); `to` may be 'next' in a plan. */
  changes: readonly Change[]
  /** For rolled-back: the changes that were made and then undone. */
  undone?: readonly Change[]
  errors: readonly string[]
  durations?: Timings
  runUrl?: string
  /** The slots already held the version and this run verified it (after an interrupted run). */
  resumed?: boolean
  /** The exact workflow_dispatch (or command) that rolls back, written by the caller. */
  rollbackHint?: string
  /** The canary section (src/report/canary.ts), already rendered from our own values. */
  canary?: string
  ref?: CommentRef
  /** The PR was merged and this run deploys its commit (a push after the merge). */
  merged?: boolean
  /** The CloudWatch bake, when one ran. */
  bake?: BakeReport
  /** Several functions (`functions`): one row each, shown as one table instead of the slots. */
  functions?: readonly FunctionRow[]
}

/** GitHub refuses longer bodies; the margin covers characters that GitHub counts differently. */
export const COMMENT_LIMIT = 65_536
const BUDGET = COMMENT_LIMIT - 1_536

// Caps on single foreign texts, so that one of them cannot eat the budget of the table.
const MAX_TITLE = 256
const MAX_BRANCH = 256
const MAX_ERROR = 2_000
const MAX_HINT = 4_000
const MAX_LISTED = 10

export const commentMarker = (key: string): string => `<!-- lambda-edge-deploy:${key} -->`

/**
 * A key that is stable across runs, short, and safe inside an HTML comment: a readable slug of the
 * function name plus a hash of the name and the sorted distribution ids (the hash makes the key
 * unique even when the slug had to drop characters).
 */
export function commentKey(functionName: string, distributionIds: readonly string[]): string {
  const ids = [...new Set(distributionIds)].sort()
  const hash = createHash('sha256')
    .update(`${functionName}\n${ids.join(',')}`)
    .digest('hex')
    .slice(0, 10)
  // Only [A-Za-z0-9_-], no '--' (which HTML comments must not contain), no leading/trailing '-'.
  const slug = functionName
    .replace(/[^A-Za-z0-9_-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '')
  return slug ? `${slug}-${hash}` : hash
}

const ICON: Record<Status, string> = {
  deployed: '✅',
  unchanged: '☑️',
  validated: '✅',
  planned: '📝',
  'rolled-back': '↩️',
  pruned: '🧹',
  canary: '🐤',
  cancelled: '⏹️',
  failed: '❌'
}

const IN_PROGRESS: Record<Mode, string> = {
  deploy: 'Deploying',
  rollback: 'Rolling back',
  plan: 'Planning',
  validate: 'Validating',
  promote: 'Promoting'
}

const clip = (text: string, max: number): string =>
  text.length > max ? `${text.slice(0, max - 1)}…` : text

function listed(items: readonly string[]): string {
  const shown = items.slice(0, MAX_LISTED).map(i => code(i))
  const more = items.length - shown.length
  return more > 0 ? `${shown.join(', ')} and ${more} more` : shown.join(', ')
}

const several = (i: CommentInput): boolean => (i.functions?.length ?? 0) > 1

/** "`fn` version `7`": what is being deployed; with several functions, their names. */
function subject(i: CommentInput): string {
  if (several(i)) return listed(i.functions!.map(f => f.functionName))
  return i.version ? `${code(i.functionName)} version ${code(i.version)}` : code(i.functionName)
}

/** "`viewer-request` of `default` on `E1`, `E2`": where. */
function place(i: CommentInput): string {
  if (several(i)) return listed(i.distributionIds)
  const behaviors = i.cacheBehaviors.length > 0 ? ` of ${listed(i.cacheBehaviors)}` : ''
  const dists = i.distributionIds.length > 0 ? ` on ${listed(i.distributionIds)}` : ''
  return `${code(i.eventType)}${behaviors}${dists}`
}

/** "Live on `E1`: ...": what the author of a merged PR wants to read after the push deploys it. */
function liveHeadline(i: CommentInput): string {
  const behaviors = i.cacheBehaviors.length > 0 ? ` of ${listed(i.cacheBehaviors)}` : ''
  const already = i.status === 'unchanged' ? ' (already associated)' : ''
  return `Live on ${listed(i.distributionIds)}: ${subject(i)} in ${code(i.eventType)}${behaviors}${already}`
}

function finalHeadline(i: CommentInput): string {
  const what = subject(i)
  const where = place(i)
  const count = i.changes.length
  if (i.merged && (i.status === 'deployed' || i.status === 'unchanged')) return liveHeadline(i)
  switch (i.status) {
    case 'deployed':
      return i.resumed
        ? `Deployed ${what} to ${where} (resumed: an earlier run associated it, this run verified it)`
        : `Deployed ${what} to ${where}`
    case 'unchanged':
      return `No change: ${what} is already associated with ${where}`
    case 'validated':
      return `Validated ${what} for ${where}; nothing was deployed`
    case 'planned':
      return `Plan for ${what} on ${where}: ${count} association change(s), nothing applied`
    case 'rolled-back':
      // A requested rollback succeeded; in any other mode it means the run failed and was undone.
      return i.mode === 'rollback'
        ? `Rolled back ${where} to ${what}${i.resumed ? ' (resumed)' : ''}`
        : `The ${i.mode} of ${what} failed and was rolled back on ${where}`
    case 'pruned':
      return `Pruned old versions of ${what}`
    case 'cancelled':
      return `The ${i.mode} of ${what} to ${where} was cancelled before it was verified`
    case 'canary':
      return `Canary: ${what} is live on the staging distributions of ${where}; promotion pending`
    case 'failed':
      return `The ${i.mode} of ${what} to ${where} failed`
  }
}

function headline(i: CommentInput): string {
  if (i.phase === 'in-progress')
    return `### ⏳ ${IN_PROGRESS[i.mode]} ${subject(i)} to ${place(i)}: in progress`
  return `### ${ICON[i.status]} ${finalHeadline(i)}`
}

function refLine(ref: CommentRef | undefined): string | undefined {
  if (!ref) return undefined
  const parts: string[] = []
  if (ref.title) parts.push(`PR: ${escapeMarkdown(clip(ref.title, MAX_TITLE))}`)
  if (ref.branch) parts.push(`branch ${code(clip(ref.branch, MAX_BRANCH))}`)
  if (ref.sha) {
    const sha = /^[0-9a-f]{7,64}$/i.test(ref.sha) ? ref.sha.slice(0, 7) : clip(ref.sha, 64)
    parts.push(`commit ${code(sha)}`)
  }
  return parts.length > 0 ? parts.join(' · ') : undefined
}

/** What a rolled-back run did: the reader must see that nothing of this run is left live. */
function rollbackStory(i: CommentInput): string | undefined {
  if (i.phase !== 'final' || i.status !== 'rolled-back') return undefined
  const undone = i.undone ?? i.changes
  if (undone.length === 0)
    return '**What happened:** the run failed before any association changed; nothing needed restoring.'
  const restored = [...new Set(undone.map(c => versionLabel(c.from)))].map(v => code(v))
  return (
    `**What happened:** the run changed ${undone.length} association(s), then failed; each was ` +
    `restored to what it held before (${restored.join(', ')}). Nothing from this run is live.`
  )
}

const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`

function durationLine(t: Timings | undefined): string | undefined {
  if (!t) return undefined
  const parts: string[] = []
  if (t.publishMs !== undefined) parts.push(`publish ${seconds(t.publishMs)}`)
  if (t.updateMs !== undefined) parts.push(`update distributions ${seconds(t.updateMs)}`)
  if (t.waitMs !== undefined) parts.push(`wait until Deployed ${seconds(t.waitMs)}`)
  return parts.length > 0 ? `Durations: ${parts.join(' · ')}` : undefined
}

// Only a plain http(s) URL becomes a link: anything else could break out of the link syntax.
const SAFE_URL = /^https?:\/\/[^\s()<>[\]"'`]+$/

function runLine(i: CommentInput): string | undefined {
  const updated = i.phase === 'in-progress' ? ' This comment is updated when the run ends.' : ''
  if (i.runUrl === undefined || !SAFE_URL.test(i.runUrl)) return updated.trim() || undefined
  return `[View the workflow run](${i.runUrl}).${updated}`
}

/** A fence longer than any backtick run inside, so the hint cannot close it early. */
function fenced(text: string): string {
  const longest = Math.max(2, ...(text.match(/`+/g) ?? []).map(r => r.length))
  const fence = '`'.repeat(longest + 1)
  return `${fence}\n${text}\n${fence}`
}

function rollbackSection(hint: string | undefined): string | undefined {
  if (!hint) return undefined
  return [
    '<details><summary>How to roll back</summary>',
    '',
    fenced(clip(hint.replace(/\r\n?/g, '\n'), MAX_HINT)),
    '',
    '</details>'
  ].join('\n')
}

const version = (arn: string | null): string => (arn === null ? '_none_' : code(versionLabel(arn)))

function changeTitle(i: CommentInput): string {
  if (i.phase === 'in-progress' || i.status === 'planned') return '#### Planned changes'
  if (i.status === 'rolled-back') return '#### Restored associations'
  if (i.status === 'failed') return '#### Changes applied before the failure'
  if (i.status === 'cancelled') return '#### Associated, not verified'
  return '#### Changes'
}

/** The table header plus one line per row; a rolled-back run shows each slot going back. */
function changeLines(i: CommentInput): { head: string; rows: string[] } | undefined {
  if (several(i)) {
    const rendered = renderFunctionTable(i.functions!).split('\n')
    return {
      head: `#### Functions\n\n${rendered.slice(0, 2).join('\n')}`,
      rows: rendered.slice(2)
    }
  }
  const rolledBack = i.phase === 'final' && i.status === 'rolled-back'
  const changes = rolledBack ? (i.undone ?? i.changes) : i.changes
  if (changes.length === 0) return undefined
  const header = [
    'Distribution',
    'Behavior',
    'Event type',
    rolledBack ? 'Version (undone → restored)' : 'Version (from → to)'
  ]
  const rendered = table(
    header,
    changes.map(c => [
      code(c.distributionId),
      code(c.cacheBehavior),
      code(c.eventType),
      rolledBack ? `${version(c.to)} → ${version(c.from)}` : `${version(c.from)} → ${version(c.to)}`
    ])
  ).split('\n')
  return {
    head: `${changeTitle(i)}\n\n${rendered.slice(0, 2).join('\n')}`,
    rows: rendered.slice(2)
  }
}

const errorLines = (errors: readonly string[]): string[] =>
  errors.map(e => `- ${escapeMarkdown(clip(e, MAX_ERROR))}`)

/** Keeps the leading lines that fit in `budget` characters and says how many were left out. */
function fitLines(lines: readonly string[], budget: number, noun: string): string[] {
  const kept: string[] = []
  let used = 0
  for (const line of lines) {
    // Room for the "... N more" note, which is at most ~40 characters.
    if (used + line.length + 1 > budget - 48) break
    kept.push(line)
    used += line.length + 1
  }
  const left = lines.length - kept.length
  return left > 0
    ? [...kept, `_... ${left} more ${noun} not shown (GitHub comment size limit)._`]
    : kept
}

const joined = (sections: readonly (string | undefined)[]): string =>
  sections.filter((s): s is string => s !== undefined && s !== '').join('\n\n')

export function renderComment(i: CommentInput): string {
  const frame = [commentMarker(i.key), headline(i), refLine(i.ref), rollbackStory(i)]
  const bake = i.phase === 'final' && i.bake ? renderBake(i.bake) : undefined
  const tail = [
    i.canary,
    bake,
    durationLine(i.durations),
    runLine(i),
    rollbackSection(i.rollbackHint)
  ]
  const changes = changeLines(i)
  const errors = errorLines(i.errors)
  const errorHead = errors.length > 0 ? '#### Errors' : undefined
  const fixed = joined([...frame, changes?.head, errorHead, ...tail]).length + 8
  // Errors say why the run failed, so they may take up to half of what is left; the table gets the rest.
  const room = Math.max(0, BUDGET - fixed)
  const shownErrors = fitLines(errors, Math.max(room / 2, 200), 'errors')
  const errorText = shownErrors.join('\n')
  const rows = changes ? fitLines(changes.rows, room - errorText.length, 'rows') : []
  const body = joined([
    ...frame,
    changes ? [changes.head, ...rows].join('\n') : emptyChanges(i),
    errorHead ? `${errorHead}\n\n${errorText}` : undefined,
    ...tail
  ])
  return lastResort(body + '\n')
}

function emptyChanges(i: CommentInput): string | undefined {
  if (i.mode === 'validate' || i.phase === 'in-progress') return undefined
  if (i.status === 'failed' || i.status === 'rolled-back' || i.status === 'cancelled')
    return undefined
  return '_No association changed._'
}

/** Never reached with the caps above; kept so that no input can ever produce a rejected body. */
function lastResort(body: string): string {
  if (body.length <= BUDGET) return body
  return `${body.slice(0, BUDGET - 64)}\n\n_... truncated (GitHub comment size limit)._\n`
}
