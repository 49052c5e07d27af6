/**
 * Lost answers: the SDK retries a write that landed, meets a 412 or "already exists", and the
 * re-read must recognise the write as our own (injected with aws-sdk-client-mock; the emulator
 * tests cover the real compare-and-swap).
 */
import {
  CreateAliasCommand,
  GetAliasCommand,
  LambdaClient,
  PreconditionFailedException,
  ResourceConflictException,
  UpdateAliasCommand
} from '@aws-sdk/client-lambda'
import { mockClient } from 'aws-sdk-client-mock'
import type { AwsClients } from '../src/aws/clients.js'
import { updateJournal } from '../src/aws/journal-store.js'
import { acquireLock } from '../src/aws/lease.js'
import { recordVerdict } from '../src/journal.js'
import { serializeLease } from '../src/lock.js'
import { runner } from './helpers/in-process.js'

const lambda = mockClient(LambdaClient)
const clients = { lambda: new LambdaClient({ region: 'us-east-1' }) } as unknown as AwsClients
beforeEach(() => lambda.reset())
const quiet = {
  info: () => {},
  warning: () => {},
  group: <T>(_t: string, f: () => Promise<T>) => f(),
  progress: () => {}
}
const clock = { now: () => 0, sleep: async () => {} }

describe('journal writes', () => {
  it('re-reads after a 412 and keeps the entry another run wrote in between', async () => {
    lambda
      .on(GetAliasCommand)
      .resolvesOnce({ FunctionVersion: '4', Description: '{"g":[3,4]}', RevisionId: 'r1' })
      .resolves({ FunctionVersion: '5', Description: '{"g":[3,4,5]}', RevisionId: 'r2' })
    lambda
      .on(UpdateAliasCommand)
      .rejectsOnce(
        new PreconditionFailedException({
          message: 'The Revision Id provided does not match',
          $metadata: {}
        })
      )
      .resolves({ RevisionId: 'r3' })
    const r = await updateJournal(clients, 'fn', c => ({
      journal: recordVerdict(c.journal, 6, 'good', {
        replaced: c.liveVersion ? [c.liveVersion] : []
      }),
      live: 6
    }))
    expect(r.ok).toBe(true)
    const writes = lambda.commandCalls(UpdateAliasCommand).map(c => c.args[0].input)
    expect(writes.map(w => w.RevisionId)).toEqual(['r1', 'r2'])
    expect(JSON.parse(writes[1]!.Description!).g).toEqual([3, 4, 5, 6])
  })

  it('a write whose answer was lost is found on the re-read and not written again', async () => {
    // Our write landed (r2 carries it); the SDK's retry met the 412.
    lambda
      .on(GetAliasCommand)
      .resolvesOnce({ FunctionVersion: '4', Description: '{"g":[4]}', RevisionId: 'r1' })
      .resolves({
        FunctionVersion: '6',
        Description: '{"g":[4,6],"b":[],"c":[]}',
        RevisionId: 'r2'
      })
    lambda
      .on(UpdateAliasCommand)
      .rejects(new PreconditionFailedException({ message: 'stale', $metadata: {} }))
    const r = await updateJournal(clients, 'fn', c => ({
      journal: recordVerdict(c.journal, 6, 'good', { replaced: [4] }),
      live: 6
    }))
    expect(r.ok).toBe(true)
    expect(lambda.commandCalls(UpdateAliasCommand)).toHaveLength(1)
  })

  it('gives up after a bounded number of lost races with a clear error', async () => {
    lambda
      .on(GetAliasCommand)
      .resolves({ FunctionVersion: '1', Description: '{}', RevisionId: 'r' })
    lambda
      .on(UpdateAliasCommand)
      .rejects(new PreconditionFailedException({ message: 'stale', $metadata: {} }))
    const r = await updateJournal(clients, 'fn', c => ({
      journal: recordVerdict(c.journal, 2, 'good'),
      live: 2
    }))
    expect(r.ok).toBe(false)
    expect(lambda.commandCalls(UpdateAliasCommand)).toHaveLength(4)
  })
})

describe('lock writes', () => {
  const me = runner('octo/site', '7')
  it('a CreateAlias whose answer was lost ("already exists" on the retry) is recognised as ours', async () => {
    lambda
      .on(GetAliasCommand)
      .rejectsOnce(
        Object.assign(new Error('Alias not found'), { name: 'ResourceNotFoundException' })
      )
      .resolves({
        FunctionVersion: '$LATEST',
        Description: serializeLease({ ...me, expires: 99 }),
        RevisionId: 'r5'
      })
    lambda.on(CreateAliasCommand).rejects(
      new ResourceConflictException({
        message: 'Alias already exists: lambda-edge-lock',
        $metadata: {}
      })
    )
    const r = await acquireLock(clients, 'fn', me, {
      clock,
      log: quiet,
      timeoutSeconds: 0,
      leaseSeconds: 60
    })
    expect(r.ok).toBe(true)
    expect(lambda.commandCalls(CreateAliasCommand)).toHaveLength(1)
    expect(lambda.commandCalls(UpdateAliasCommand)).toHaveLength(0)
  })
})
