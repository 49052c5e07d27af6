/**
 * The history alias is read-modify-write guarded by its RevisionId. moto ignores RevisionId on
 * UpdateAlias (AWS enforces it), so the race is injected with aws-sdk-client-mock.
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
import { updateHistory } from '../src/aws/lambda.js'
import { recordSuccess } from '../src/history.js'

const lambda = mockClient(LambdaClient)
const clients = { lambda: new LambdaClient({ region: 'us-east-1' }) } as unknown as AwsClients
const noWait = { maxWaitSeconds: 1, sleep: async () => {} }
beforeEach(() => lambda.reset())

describe('updateHistory', () => {
  it('re-reads and re-applies when another run wrote the alias in between, keeping its entry', async () => {
    lambda
      .on(GetAliasCommand)
      .resolvesOnce({
        FunctionVersion: '4',
        Description: '{"good":[3,4],"bad":[]}',
        RevisionId: 'r1'
      })
      .resolves({
        FunctionVersion: '5',
        Description: '{"good":[3,4,5],"bad":[]}',
        RevisionId: 'r2'
      })
    lambda
      .on(UpdateAliasCommand)
      .rejectsOnce(
        new PreconditionFailedException({
          message: 'The RevisionId provided does not match',
          $metadata: {}
        })
      )
      .resolves({})
    const r = await updateHistory(
      clients,
      'fn',
      c => ({
        history: recordSuccess(c.history, 6, c.liveVersion ? [c.liveVersion] : []),
        live: 6
      }),
      noWait
    )
    expect(r.ok).toBe(true)
    const writes = lambda.commandCalls(UpdateAliasCommand).map(c => c.args[0].input)
    expect(writes.map(w => w.RevisionId)).toEqual(['r1', 'r2'])
    expect(JSON.parse(writes[1]!.Description!)).toEqual({ good: [3, 4, 5, 6], bad: [] })
  })

  it('a CreateAlias that meets an alias created meanwhile updates it instead of failing', async () => {
    lambda
      .on(GetAliasCommand)
      .rejectsOnce(
        Object.assign(new Error('Alias not found'), { name: 'ResourceNotFoundException' })
      )
      .resolves({ FunctionVersion: '2', Description: '{"good":[2],"bad":[]}', RevisionId: 'r9' })
    lambda.on(CreateAliasCommand).rejects(
      new ResourceConflictException({
        message: 'Alias already exists: lambda-edge-live',
        $metadata: {}
      })
    )
    lambda.on(UpdateAliasCommand).resolves({})
    const r = await updateHistory(
      clients,
      'fn',
      c => ({ history: recordSuccess(c.history, 3, [2]), live: 3 }),
      noWait
    )
    expect(r.ok).toBe(true)
    expect(lambda.commandCalls(CreateAliasCommand)).toHaveLength(1)
    expect(
      JSON.parse(lambda.commandCalls(UpdateAliasCommand)[0]!.args[0].input.Description!)
    ).toEqual({ good: [2, 3], bad: [] })
  })

  it('gives up after a bounded number of lost races with a clear error', async () => {
    lambda
      .on(GetAliasCommand)
      .resolves({ FunctionVersion: '1', Description: '{}', RevisionId: 'r' })
    lambda
      .on(UpdateAliasCommand)
      .rejects(new PreconditionFailedException({ message: 'stale', $metadata: {} }))
    const r = await updateHistory(
      clients,
      'fn',
      () => ({ history: { good: [1], bad: [] }, live: 1 }),
      noWait
    )
    expect(r.ok).toBe(false)
    expect(lambda.commandCalls(UpdateAliasCommand)).toHaveLength(4)
  })
})
