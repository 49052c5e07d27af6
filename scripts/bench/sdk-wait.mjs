// The SDK's own CloudFront waiter with its defaults (minDelay 60 s, maxDelay 2100 s), as a user
// would call it; only maxWaitTime is required, and the bench passes its cap.
//
//   node scripts/bench/sdk-wait.mjs DISTRIBUTION_ID MAX_WAIT_SECONDS
//
// The endpoint and credentials come from the environment (AWS_ENDPOINT_URL, AWS_ACCESS_KEY_ID...).
import { CloudFrontClient, waitUntilDistributionDeployed } from '@aws-sdk/client-cloudfront'

const [id, maxWait] = process.argv.slice(2)
const client = new CloudFrontClient({ region: 'us-east-1' })
try {
  const result = await waitUntilDistributionDeployed(
    { client, maxWaitTime: Number(maxWait) },
    { Id: id }
  )
  console.log(result.state)
} catch (e) {
  console.error(e instanceof Error ? e.message : String(e))
  process.exitCode = 1
} finally {
  client.destroy()
}
