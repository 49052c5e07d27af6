// The emulator's continuous deployment (moto has none), driven through the SDK as the action drives
// it: CopyDistribution, the policy CRUD, ContinuousDeploymentPolicyId on the primary and
// UpdateDistributionWithStagingConfig, with ETags and If-Match like AWS's API reference says.
import {
  type ContinuousDeploymentPolicyConfig,
  CopyDistributionCommand,
  CreateContinuousDeploymentPolicyCommand,
  DeleteContinuousDeploymentPolicyCommand,
  GetContinuousDeploymentPolicyCommand,
  GetContinuousDeploymentPolicyConfigCommand,
  ListContinuousDeploymentPoliciesCommand,
  ListDistributionsCommand,
  UpdateContinuousDeploymentPolicyCommand,
  UpdateDistributionCommand,
  UpdateDistributionWithStagingConfigCommand
} from '@aws-sdk/client-cloudfront'
import {
  clients,
  createDistribution,
  getDistributionConfig,
  getDistributionStatus,
  startEmulator,
  type Emulator
} from './harness/emulator.mjs'

let em: Emulator
const cf = () => clients(em).cloudfront

beforeAll(async () => {
  em = await startEmulator()
})
afterAll(async () => {
  await em?.stop()
})
beforeEach(async () => {
  await em.reset()
})

const errorName = async (p: Promise<unknown>): Promise<string> =>
  p.then(
    () => 'no error',
    (e: Error) => e.name
  )

async function primaryAndStaging(): Promise<{
  primary: string
  staging: string
  domain: string
}> {
  const primary = await createDistribution(em, { httpVersion: 'http2' })
  const copy = await cf().send(
    new CopyDistributionCommand({
      PrimaryDistributionId: primary.id,
      Staging: true,
      IfMatch: primary.etag,
      CallerReference: `staging-${primary.id}`
    })
  )
  return {
    primary: primary.id,
    staging: copy.Distribution!.Id!,
    domain: copy.Distribution!.DomainName!
  }
}

const headerPolicy = (
  domain: string,
  header = 'aws-cf-cd-test'
): ContinuousDeploymentPolicyConfig => ({
  StagingDistributionDnsNames: { Quantity: 1, Items: [domain] },
  Enabled: true,
  TrafficConfig: { Type: 'SingleHeader', SingleHeaderConfig: { Header: header, Value: 'run-1' } }
})

describe('CopyDistribution', () => {
  it('makes a staging copy of the primary with the If-Match of the primary, InProgress at first', async () => {
    const primary = await createDistribution(em, {
      httpVersion: 'http2',
      behaviors: ['/api/*'],
      comment: 'primary'
    })
    expect(
      await errorName(
        cf().send(
          new CopyDistributionCommand({
            PrimaryDistributionId: primary.id,
            Staging: true,
            IfMatch: 'STALE',
            CallerReference: 'x'
          })
        )
      )
    ).toBe('PreconditionFailed')
    const copy = await cf().send(
      new CopyDistributionCommand({
        PrimaryDistributionId: primary.id,
        Staging: true,
        IfMatch: primary.etag,
        CallerReference: 'copy-1'
      })
    )
    const staging = copy.Distribution!
    expect(staging.Id).not.toBe(primary.id)
    expect(staging.Status).toBe('InProgress')
    expect(staging.DistributionConfig?.Staging).toBe(true)
    expect(staging.DistributionConfig?.Comment).toBe('primary')
    expect(staging.DistributionConfig?.CacheBehaviors?.Items?.[0]?.PathPattern).toBe('/api/*')
    const list = await cf().send(new ListDistributionsCommand({}))
    const flags = Object.fromEntries(
      (list.DistributionList?.Items ?? []).map(d => [d.Id, d.Staging])
    )
    expect(flags).toEqual({ [primary.id]: false, [staging.Id!]: true })
  })

  it('refuses a primary with HTTP/3 and changes nothing', async () => {
    const primary = await createDistribution(em, { httpVersion: 'http2and3' })
    const r = cf().send(
      new CopyDistributionCommand({
        PrimaryDistributionId: primary.id,
        Staging: true,
        IfMatch: primary.etag,
        CallerReference: 'copy-h3'
      })
    )
    await expect(r).rejects.toThrow(/HTTP\/3/)
    const list = await cf().send(new ListDistributionsCommand({}))
    expect(list.DistributionList?.Quantity).toBe(1)
  })
})

describe('continuous deployment policies', () => {
  it('are created, read, updated with If-Match (new ETag) and listed', async () => {
    const { domain } = await primaryAndStaging()
    const created = await cf().send(
      new CreateContinuousDeploymentPolicyCommand({
        ContinuousDeploymentPolicyConfig: headerPolicy(domain)
      })
    )
    const id = created.ContinuousDeploymentPolicy!.Id!
    const read = await cf().send(new GetContinuousDeploymentPolicyConfigCommand({ Id: id }))
    expect(read.ETag).toBe(created.ETag)
    expect(read.ContinuousDeploymentPolicyConfig?.TrafficConfig?.SingleHeaderConfig).toEqual({
      Header: 'aws-cf-cd-test',
      Value: 'run-1'
    })
    const weight: ContinuousDeploymentPolicyConfig = {
      ...headerPolicy(domain),
      TrafficConfig: {
        Type: 'SingleWeight',
        SingleWeightConfig: {
          Weight: 0.1,
          SessionStickinessConfig: { IdleTTL: 300, MaximumTTL: 600 }
        }
      }
    }
    expect(
      await errorName(
        cf().send(
          new UpdateContinuousDeploymentPolicyCommand({
            Id: id,
            IfMatch: 'STALE',
            ContinuousDeploymentPolicyConfig: weight
          })
        )
      )
    ).toBe('PreconditionFailed')
    const updated = await cf().send(
      new UpdateContinuousDeploymentPolicyCommand({
        Id: id,
        IfMatch: read.ETag,
        ContinuousDeploymentPolicyConfig: weight
      })
    )
    expect(updated.ETag).not.toBe(read.ETag)
    const got = await cf().send(new GetContinuousDeploymentPolicyCommand({ Id: id }))
    expect(
      got.ContinuousDeploymentPolicy?.ContinuousDeploymentPolicyConfig?.TrafficConfig
        ?.SingleWeightConfig?.Weight
    ).toBe(0.1)
    const list = await cf().send(new ListContinuousDeploymentPoliciesCommand({}))
    expect(list.ContinuousDeploymentPolicyList?.Quantity).toBe(1)
  })

  it.each([
    [
      'a header without the aws-cf-cd- prefix',
      { Type: 'SingleHeader', SingleHeaderConfig: { Header: 'x-canary', Value: '1' } }
    ],
    ['a weight over 15%', { Type: 'SingleWeight', SingleWeightConfig: { Weight: 0.2 } }],
    [
      'stickiness under 300 s',
      {
        Type: 'SingleWeight',
        SingleWeightConfig: {
          Weight: 0.05,
          SessionStickinessConfig: { IdleTTL: 60, MaximumTTL: 600 }
        }
      }
    ]
  ] as const)('refuse %s (InvalidArgument)', async (_what, traffic) => {
    const { domain } = await primaryAndStaging()
    const config = {
      ...headerPolicy(domain),
      TrafficConfig: traffic
    } as ContinuousDeploymentPolicyConfig
    expect(
      await errorName(
        cf().send(
          new CreateContinuousDeploymentPolicyCommand({ ContinuousDeploymentPolicyConfig: config })
        )
      )
    ).toBe('InvalidArgument')
  })

  it('cannot be deleted while attached to a primary', async () => {
    const { primary, domain } = await primaryAndStaging()
    const created = await cf().send(
      new CreateContinuousDeploymentPolicyCommand({
        ContinuousDeploymentPolicyConfig: headerPolicy(domain)
      })
    )
    const id = created.ContinuousDeploymentPolicy!.Id!
    const { config, etag } = await getDistributionConfig(em, primary)
    await cf().send(
      new UpdateDistributionCommand({
        Id: primary,
        IfMatch: etag,
        DistributionConfig: { ...config, ContinuousDeploymentPolicyId: id }
      })
    )
    expect(
      await errorName(
        cf().send(new DeleteContinuousDeploymentPolicyCommand({ Id: id, IfMatch: created.ETag }))
      )
    ).toBe('ContinuousDeploymentPolicyInUse')
  })
})

describe('UpdateDistributionWithStagingConfig', () => {
  it('copies the staging config onto the primary, keeps its policy id, disables the policy', async () => {
    const { primary, staging, domain } = await primaryAndStaging()
    const created = await cf().send(
      new CreateContinuousDeploymentPolicyCommand({
        ContinuousDeploymentPolicyConfig: headerPolicy(domain)
      })
    )
    const policyId = created.ContinuousDeploymentPolicy!.Id!
    const p = await getDistributionConfig(em, primary)
    await cf().send(
      new UpdateDistributionCommand({
        Id: primary,
        IfMatch: p.etag,
        DistributionConfig: { ...p.config, ContinuousDeploymentPolicyId: policyId }
      })
    )
    const s = await getDistributionConfig(em, staging)
    await cf().send(
      new UpdateDistributionCommand({
        Id: staging,
        IfMatch: s.etag,
        DistributionConfig: { ...s.config, Comment: 'tested on staging' }
      })
    )
    const primaryNow = await getDistributionConfig(em, primary)
    const stagingNow = await getDistributionConfig(em, staging)
    // One stale ETag of the two is enough for a 412.
    expect(
      await errorName(
        cf().send(
          new UpdateDistributionWithStagingConfigCommand({
            Id: primary,
            StagingDistributionId: staging,
            IfMatch: `${primaryNow.etag}, ${s.etag}`
          })
        )
      )
    ).toBe('PreconditionFailed')
    expect(
      await errorName(
        cf().send(
          new UpdateDistributionWithStagingConfigCommand({
            Id: primary,
            StagingDistributionId: staging,
            IfMatch: primaryNow.etag
          })
        )
      )
    ).toBe('InvalidIfMatchVersion')
    const promoted = await cf().send(
      new UpdateDistributionWithStagingConfigCommand({
        Id: primary,
        StagingDistributionId: staging,
        IfMatch: `${primaryNow.etag}, ${stagingNow.etag}`
      })
    )
    expect(promoted.ETag).not.toBe(primaryNow.etag)
    expect(promoted.Distribution?.Status).toBe('InProgress')
    const after = await getDistributionConfig(em, primary)
    expect(after.config.Comment).toBe('tested on staging')
    expect(after.config.ContinuousDeploymentPolicyId).toBe(policyId)
    expect(after.config.CallerReference).toBe(p.config.CallerReference)
    expect(after.config.Staging).toBeFalsy()
    const policy = await cf().send(new GetContinuousDeploymentPolicyConfigCommand({ Id: policyId }))
    expect(policy.ContinuousDeploymentPolicyConfig?.Enabled).toBe(false)
    expect(await getDistributionStatus(em, primary)).toBe('Deployed')
  })
})
