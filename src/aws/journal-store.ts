/**
 * The journal's home: the description of the alias `lambda-edge-live`, which also points at the
 * last verified live version. Every write is read-modify-write guarded by the alias RevisionId.
 */
import { type Journal, JOURNAL_ALIAS, parseJournal, serializeJournal } from '../journal.js'
import { err, ok, type Result } from '../result.js'
import { type AliasRecord, readAlias, writeAlias } from './alias-store.js'
import type { AwsClients } from './clients.js'
import type { AwsFailure } from './errors.js'

export interface JournalRecord {
  journal: Journal
  /** The version the alias points at: the last verified live one. */
  liveVersion?: number
  alias: AliasRecord
}

const toRecord = (alias: AliasRecord): JournalRecord => {
  const live = Number(alias.version)
  return {
    journal: parseJournal(alias.description),
    liveVersion: Number.isInteger(live) && live > 0 ? live : undefined,
    alias
  }
}

export async function readJournal(
  clients: AwsClients,
  fn: string
): Promise<Result<JournalRecord, AwsFailure>> {
  const a = await readAlias(clients, fn, JOURNAL_ALIAS)
  return a.ok ? ok(toRecord(a.value)) : a
}

/** What a run does to the journal given what it holds now; undefined: nothing to write. */
export type JournalChange = (
  current: JournalRecord
) => { journal: Journal; live: number } | undefined

const ATTEMPTS = 4

/**
 * Applies `change` on top of the journal as it is in AWS. `first` is a record read earlier in the
 * run (one call fewer when nobody wrote since). A change that is already in place (our own write
 * whose answer was lost, found on the re-read) is not written again.
 */
export async function updateJournal(
  clients: AwsClients,
  fn: string,
  change: JournalChange,
  first?: JournalRecord
): Promise<Result<JournalRecord, AwsFailure>> {
  let current = first
  for (let attempt = 1; ; attempt++) {
    if (!current) {
      const read = await readJournal(clients, fn)
      if (!read.ok) return read
      current = read.value
    }
    const next = change(current)
    if (!next) return ok(current)
    const description = serializeJournal(next.journal)
    if (
      current.alias.exists &&
      description === current.alias.description &&
      current.liveVersion === next.live
    )
      return ok(current)
    const w = await writeAlias(clients, fn, JOURNAL_ALIAS, current.alias, {
      description,
      version: String(next.live)
    })
    if (!w.ok) return w
    if (w.value !== 'conflict') return ok(toRecord(w.value))
    if (attempt >= ATTEMPTS)
      return err({
        code: 'PreconditionFailedException',
        message: `The journal alias ${fn}:${JOURNAL_ALIAS} kept changing under this run (${ATTEMPTS} attempts).`,
        advice: 'Another process writes it continuously: find it, then re-run.'
      })
    current = undefined
  }
}
