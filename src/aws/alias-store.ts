/**
 * An alias used as a small record in AWS (the journal, the lock): read it with its RevisionId,
 * write it back only if nobody wrote in between. CreateAlias fails when the alias exists and
 * UpdateAlias with a RevisionId fails with 412 when it changed (Lambda API reference, UpdateAlias:
 * "Only update the alias if the revision ID matches the ID that's specified";
 * https://docs.aws.amazon.com/lambda/latest/api/API_UpdateAlias.html): both are a compare-and-swap.
 */
import { CreateAliasCommand, GetAliasCommand, UpdateAliasCommand } from '@aws-sdk/client-lambda'
import { backoff, realClock } from '../clock.js'
import { err, ok, type Result } from '../result.js'
import type { AwsClients } from './clients.js'
import { type AwsFailure, errorCode, translate } from './errors.js'

export interface AliasRecord {
  exists: boolean
  description?: string
  /** The version the alias points at ('$LATEST' or a number). */
  version?: string
  revisionId?: string
  /** The alias ARN: the function's ARN with the alias name after it. */
  arn?: string
}

export async function readAlias(
  clients: AwsClients,
  fn: string,
  name: string
): Promise<Result<AliasRecord, AwsFailure>> {
  try {
    const a = await clients.lambda.send(new GetAliasCommand({ FunctionName: fn, Name: name }))
    return ok({
      exists: true,
      description: a.Description,
      version: a.FunctionVersion,
      revisionId: a.RevisionId,
      arn: a.AliasArn
    })
  } catch (e) {
    if (errorCode(e) === 'ResourceNotFoundException') return ok({ exists: false })
    return err(translate(e, 'GetAlias', `${fn}:${name}`))
  }
}

const isResourceConflict = (e: unknown): boolean =>
  /^(Resource)?ConflictException$/.test(errorCode(e))
const alreadyExists = (e: unknown): boolean =>
  isResourceConflict(e) && /already exists/i.test((e as Error).message ?? '')
const isConflict = (e: unknown): boolean =>
  errorCode(e) === 'PreconditionFailedException' || alreadyExists(e)
/** How many times a write is tried while Lambda says an update of the function is in progress. */
const BUSY_ATTEMPTS = 5

/**
 * Writes `next` over what `read` saw. 'conflict': someone wrote in between, or our own earlier
 * attempt landed and its answer was lost (the SDK retried and met a 412 or "already exists"): the
 * caller re-reads and decides which.
 */
export async function writeAlias(
  clients: AwsClients,
  fn: string,
  name: string,
  read: AliasRecord,
  next: { description: string; version: string },
  sleep: (ms: number) => Promise<void> = realClock.sleep
): Promise<Result<AliasRecord | 'conflict', AwsFailure>> {
  // Lambda refuses an alias write (409, "An update is in progress") while the function itself is
  // being updated, and the SDK does not retry a 409: wait a little and write again.
  for (let attempt = 0; ; attempt++) {
    const r = await writeOnce(clients, fn, name, read, next)
    if (r !== 'busy' || attempt + 1 >= BUSY_ATTEMPTS)
      return r === 'busy'
        ? err({
            code: 'ResourceConflictException',
            message: `${fn}:${name} stayed busy (an update of the function is in progress).`,
            advice: 'Re-run when the function update has finished.'
          })
        : r
    await sleep(backoff(attempt, 500, 5000))
  }
}

async function writeOnce(
  clients: AwsClients,
  fn: string,
  name: string,
  read: AliasRecord,
  next: { description: string; version: string }
): Promise<Result<AliasRecord | 'conflict', AwsFailure> | 'busy'> {
  const input = {
    FunctionName: fn,
    Name: name,
    FunctionVersion: next.version,
    Description: next.description
  }
  try {
    // UpdateAlias without a RevisionId would overwrite blindly: a record read without one is re-read.
    if (read.exists && !read.revisionId) return ok('conflict')
    const a = read.exists
      ? await clients.lambda.send(new UpdateAliasCommand({ ...input, RevisionId: read.revisionId }))
      : await clients.lambda.send(new CreateAliasCommand(input))
    return ok({
      exists: true,
      description: a.Description ?? next.description,
      version: a.FunctionVersion ?? next.version,
      revisionId: a.RevisionId,
      arn: a.AliasArn ?? read.arn
    })
  } catch (e) {
    if (isConflict(e)) return ok('conflict')
    if (isResourceConflict(e)) return 'busy'
    return err(translate(e, read.exists ? 'UpdateAlias' : 'CreateAlias', `${fn}:${name}`))
  }
}

/** The unqualified function ARN inside an alias ARN. */
export const functionArnOf = (aliasArn: string): string => aliasArn.replace(/:[^:]+$/, '')
