/** A function that passes every Lambda@Edge rule: tests change one field at a time. */
import type { FunctionFacts } from '../../src/rules/facts.js'

export const goodFn = (): FunctionFacts => ({
  name: 'edge-fn',
  arn: 'arn:aws:lambda:us-east-1:123456789012:function:edge-fn',
  runtime: 'nodejs22.x',
  handler: 'index.handler',
  memorySize: 128,
  timeout: 5,
  architectures: ['x86_64'],
  packageType: 'Zip',
  environmentVariableNames: [],
  layers: [],
  vpcSubnetIds: [],
  vpcSecurityGroupIds: [],
  ephemeralStorageMb: 512,
  runtimeUpdateMode: 'Auto',
  tagKeys: [],
  roleArn: 'arn:aws:iam::123456789012:role/edge',
  roleTrustedServices: ['lambda.amazonaws.com', 'edgelambda.amazonaws.com']
})
