/**
 * The canary tests' small world: a function with version 1 live on a distribution, and what a
 * user looks at afterwards (the slot, the policy, the staging distributions in the account).
 * `em` is read when called: the emulator starts in beforeAll.
 */
import {
  GetContinuousDeploymentPolicyConfigCommand,
  ListDistributionsCommand
} from '@aws-sdk/client-cloudfront'
import {
  clients,
  createDistribution,
  getDistributionConfig,
  type Emulator
} from '../harness/emulator.mjs'
import { edgeFunction, publishVersion } from './world.js'

export function canaryWorld(emulator: () => Emulator) {
  /** Version 1 of `headers` live on the default behavior of a distribution (no HTTP/3 by default). */
  async function site(httpVersion: 'http2' | 'http2and3' = 'http2') {
    const em = emulator()
    const fnArn = await edgeFunction(em, 'headers')
    const v1 = await publishVersion(em, 'headers')
    const dist = await createDistribution(em, {
      httpVersion,
      behaviors: ['/static/*'],
      associations: [{ cacheBehavior: 'default', eventType: 'viewer-response', arn: v1 }]
    })
    await em.markDeployed(dist.id)
    return { fnArn, v1, dist }
  }

  /** The version the default behavior's slot holds. */
  const slot = async (id: string): Promise<string | undefined> =>
    (await getDistributionConfig(emulator(), id)).config.DefaultCacheBehavior
      ?.LambdaFunctionAssociations?.Items?.[0]?.LambdaFunctionARN

  /** The continuous deployment policy attached to a primary. */
  async function policy(primaryId: string) {
    const { config } = await getDistributionConfig(emulator(), primaryId)
    const res = await clients(emulator()).cloudfront.send(
      new GetContinuousDeploymentPolicyConfigCommand({ Id: config.ContinuousDeploymentPolicyId })
    )
    return res.ContinuousDeploymentPolicyConfig!
  }

  async function stagingIds(): Promise<string[]> {
    const list = await clients(emulator()).cloudfront.send(new ListDistributionsCommand({}))
    return (list.DistributionList?.Items ?? []).filter(d => d.Staging).map(d => d.Id!)
  }

  return { site, slot, policy, stagingIds }
}
