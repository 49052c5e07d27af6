/**
 * One table for every function of a run (deploy or rollback with `functions`): the function, the
 * version its slots hold, each slot from -> to, and what happened to it. Pure; the job summary and
 * the sticky PR comment render the same rows.
 */
import type { Config } from '../config.js'
import { parseFunctionArn } from '../edge.js'
import type { Outcome } from '../outcome.js'
import { type Change, versionLabel } from '../plan.js'
import { code, table } from './markdown.js'

export interface FunctionRow {
  functionName: string
  /** The version the run associated (or restored from, when `restored`). */
  version?: string
  /** This function's slots: the changes made, or those undone when `restored`. */
  slots: Change[]
  /** The run failed after its write and put these slots back. */
  restored: boolean
  status: string
}

const nameOf = (given: string): string => parseFunctionArn(given)?.name ?? given

/** A function whose slots did not move in a successful run was already where it should be. */
function statusOf(cfg: Config, o: Outcome, moved: boolean): string {
  const succeeded =
    o.status === 'deployed' || (o.status === 'rolled-back' && cfg.mode === 'rollback')
  if (succeeded && !moved) return 'unchanged'
  if (o.status === 'rolled-back' && cfg.mode !== 'rollback') return 'restored'
  return o.status
}

export function functionRows(cfg: Config, o: Outcome): FunctionRow[] {
  const restored = (o.undone?.length ?? 0) > 0
  const all = restored ? o.undone! : o.changes
  return cfg.functions.map(f => {
    const name = nameOf(f.functionName)
    const slots = all.filter(c => c.functionName === name)
    return {
      functionName: name,
      version: o.versions?.[name],
      slots,
      restored,
      status: statusOf(cfg, o, slots.length > 0)
    }
  })
}

/** Rows before the run ends: the functions, nothing changed yet. */
export const pendingRows = (cfg: Config): FunctionRow[] =>
  cfg.functions.map(f => ({
    functionName: nameOf(f.functionName),
    slots: [],
    restored: false,
    status: 'in progress'
  }))

function slotCell(r: FunctionRow): string {
  if (r.slots.length === 0) return '-'
  return r.slots
    .map(c => {
      const where = `${code(c.distributionId)} ${code(c.cacheBehavior)} ${c.eventType}`
      // Undone: the slot went to `to`, then back to `from`.
      const move = r.restored
        ? `${versionLabel(c.to)} → ${versionLabel(c.from)} (restored)`
        : `${versionLabel(c.from)} → ${versionLabel(c.to)}`
      return `${where}: ${move}`
    })
    .join('<br>')
}

export function renderFunctionTable(rows: readonly FunctionRow[]): string {
  return table(
    ['Function', 'Version', 'Slots (from → to)', 'Status'],
    rows.map(r => [code(r.functionName), r.version ?? '-', slotCell(r), r.status])
  )
}
