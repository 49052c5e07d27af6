/**
 * The reads a plan needs, for every function of the run side by side: the preflight (function,
 * package, rules), the hash of the code a publish would carry, the distributions, and whether a
 * version live in the function's slots already holds that code and configuration. Only reads.
 */
import { createHash } from 'node:crypto'
import type { Snapshot } from '../aws/cloudfront.js'
import type { AwsClients } from '../aws/clients.js'
import { readFunction, readVersion } from '../aws/lambda.js'
import type { Config, FunctionConfig } from '../config.js'
import { sameFunction, versionOf } from '../edge.js'
import { currentAssociation } from '../plan.js'
import { type Preflight, runPreflight, type PreflightFailure } from '../preflight.js'
import { err, ok, type Result } from '../result.js'
import { applyChanges } from '../rules/evaluate.js'
import type { FunctionRead } from './value.js'

export interface FunctionReading {
  read: FunctionRead
  preflight: Preflight
  /** The zip a publish uploads (undefined: publish the current code). */
  zip?: Buffer
}

const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('base64')

/** The config one function sees: the run's, with that function's own inputs. */
export const configFor = (cfg: Config, f: FunctionConfig): Config => ({ ...cfg, ...f })

/** Names an input error after the item it came from when the run has a `functions` list. */
function nameInput(cfg: Config, index: number, e: PreflightFailure): PreflightFailure {
  if (e.kind !== 'input' || cfg.functions.length < 2) return e
  return { ...e, input: `functions[${index}].${e.input}` }
}

/** The one version of this function live in all its slots, if there is exactly one. */
function liveVersion(f: FunctionRead, snapshots: readonly Snapshot[]): string | undefined {
  const live = new Set(
    snapshots.flatMap(s =>
      f.spec.cacheBehaviors.map(
        b => currentAssociation(s.config, b, f.spec.eventType)?.LambdaFunctionARN ?? null
      )
    )
  )
  const [only] = [...live]
  if (live.size !== 1 || !only || !sameFunction(only, f.arn)) return undefined
  return versionOf(only) !== undefined ? only : undefined
}

/** Whether the live version's code and configuration equal what a publish would carry. */
async function sameAsLive(
  clients: AwsClients,
  f: FunctionRead,
  snapshots: readonly Snapshot[]
): Promise<string | undefined> {
  const live = liveVersion(f, snapshots)
  if (live === undefined) return undefined
  const v = await readVersion(clients, f.latest.name, versionOf(live)!)
  if (!v.ok || v.value.CodeSha256 !== f.codeSha) return undefined
  const e = f.effective
  const same =
    v.value.Runtime === e.runtime &&
    v.value.Handler === e.handler &&
    (v.value.MemorySize ?? 128) === e.memorySize &&
    (v.value.Timeout ?? 3) === e.timeout
  return same ? live : undefined
}

/**
 * Preflights every function side by side; the first failure of each kind is returned. The
 * distributions may still be on their way (a promise): only the live-version check waits for them.
 */
export async function readFunctions(
  cfg: Config,
  clients: AwsClients,
  snapshots: readonly Snapshot[] | PromiseLike<readonly Snapshot[]>,
  today: string,
  now: number
): Promise<Result<FunctionReading[], PreflightFailure[]>> {
  const all = await Promise.all(
    cfg.functions.map(async (f, i): Promise<Result<FunctionReading, PreflightFailure>> => {
      const pre = await runPreflight(configFor(cfg, f), clients, today, now)
      if (!pre.ok) return err(nameInput(cfg, i, pre.error))
      // Only a change needs the package's bytes and their hash (is the live version this code?
      // the upload): validate reads no more of the zip than its directory and the files the rules
      // open (reading and hashing a 50 MB package alone took ~0.7 s of a 1.2 s validate).
      const changes = cfg.mode === 'plan' || cfg.mode === 'deploy'
      const zip = changes && pre.value.pkg ? await pre.value.pkg.bytes() : undefined
      const read: FunctionRead = {
        spec: f,
        arn: pre.value.fn.arn,
        latest: pre.value.fn.facts,
        effective: pre.value.effective,
        codeSha: zip ? sha256(zip) : (pre.value.fn.facts.codeSha256 ?? ''),
        verdict: pre.value.verdict
      }
      if (changes) read.sameAsLive = await sameAsLive(clients, read, await snapshots)
      return ok({ read, preflight: pre.value, zip })
    })
  )
  const failures = all.flatMap(r => (r.ok ? [] : [r.error]))
  return failures.length > 0 ? err(failures) : ok(all.flatMap(r => (r.ok ? [r.value] : [])))
}

/**
 * After waiting for another run's lock: what that run did is the starting point now. Each
 * function's $LATEST is read again (its RevisionId guards the publish) and whether a live version
 * already holds this code is asked again; the package, the rules and the smoke run stand.
 */
export async function rereadFunctions(
  clients: AwsClients,
  readings: readonly FunctionReading[],
  snapshots: readonly Snapshot[]
): Promise<Result<FunctionReading[], PreflightFailure[]>> {
  const all = await Promise.all(
    readings.map(async (r): Promise<Result<FunctionReading, PreflightFailure>> => {
      const fn = await readFunction(clients, r.read.latest.name)
      if (!fn.ok) return err({ kind: 'aws', failure: fn.error })
      const effective = applyChanges(fn.value.facts, r.read.spec.changes)
      const read: FunctionRead = {
        ...r.read,
        latest: fn.value.facts,
        effective,
        codeSha: r.zip ? r.read.codeSha : (fn.value.facts.codeSha256 ?? '')
      }
      read.sameAsLive = await sameAsLive(clients, read, snapshots)
      return ok({ ...r, read, preflight: { ...r.preflight, fn: fn.value, effective } })
    })
  )
  const failures = all.flatMap(r => (r.ok ? [] : [r.error]))
  return failures.length > 0 ? err(failures) : ok(all.flatMap(r => (r.ok ? [r.value] : [])))
}
