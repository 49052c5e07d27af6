/**
 * The Node.js and Python runtimes Lambda lists, with their deprecation dates, as data. Lambda@Edge
 * runs these two families only. A new deprecation, or a new runtime, is a new or changed row.
 *
 * Sources, read 2026-12-01:
 * - Lambda Developer Guide, "Lambda runtimes" (https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html):
 *   supported and deprecated runtimes with "Deprecation date", "Block function create" and
 *   "Block function update". Where our stored copy of the page was older than a later AWS change,
 *   the row says which AWS notice or tracker quoting the page gave the newer date.
 * - Lambda Developer Guide, "Runtime deprecation policy" (https://docs.aws.amazon.com/lambda/latest/dg/runtime-support-policy.html):
 *   the identifiers retired long ago (nodejs, nodejs4.3, nodejs4.3-edge, nodejs6.10, nodejs8.10, python2.7, python3.6).
 *
 * `blockUpdate` is the day Lambda starts refusing UpdateFunctionCode/Configuration on that runtime,
 * which is what breaks a deploy (this action never creates functions).
 */
export interface RuntimeRow {
  id: string
  deprecated?: string
  blockCreate?: string
  blockUpdate?: string
  /** Where the dates come from when it is not the runtimes page itself. */
  note?: string
}

const RETIRED = 'retired: Lambda refuses create and update (Runtime deprecation policy page)'

export const RUNTIMES: readonly RuntimeRow[] = [
  {
    id: 'nodejs24.x',
    deprecated: '2028-04-30',
    blockCreate: '2028-06-01',
    blockUpdate: '2028-07-01'
  },
  {
    id: 'nodejs22.x',
    deprecated: '2027-04-30',
    blockCreate: '2027-06-01',
    blockUpdate: '2027-07-01'
  },
  {
    id: 'nodejs20.x',
    deprecated: '2026-04-30',
    // The page first said create Jun 1, 2026 / update Jul 1, 2026; AWS moved both in June 2026
    // (aws-cloudformation/cfn-lint#4531 quotes the page: Feb 1, 2027 and Mar 3, 2027).
    blockCreate: '2027-02-01',
    blockUpdate: '2027-03-03',
    note: 'block dates extended by AWS in June 2026 (was 2026-06-01 / 2026-07-01)'
  },
  { id: 'nodejs18.x', deprecated: '2025-09-01', blockUpdate: '2026-03-09' },
  {
    id: 'nodejs16.x',
    deprecated: '2024-06-12',
    blockCreate: '2025-10-01',
    blockUpdate: '2025-11-01'
  },
  {
    id: 'nodejs14.x',
    deprecated: '2023-12-04',
    blockCreate: '2024-07-09',
    blockUpdate: '2025-11-01'
  },
  {
    id: 'nodejs12.x',
    deprecated: '2023-03-31',
    blockCreate: '2023-03-31',
    blockUpdate: '2023-04-30'
  },
  {
    id: 'nodejs10.x',
    deprecated: '2021-07-30',
    blockCreate: '2021-07-30',
    blockUpdate: '2022-02-14'
  },
  { id: 'nodejs8.10', deprecated: '2020-03-06', blockUpdate: '2020-03-06', note: RETIRED },
  { id: 'nodejs6.10', deprecated: '2019-08-12', blockUpdate: '2019-08-12', note: RETIRED },
  { id: 'nodejs4.3-edge', deprecated: '2019-04-30', blockUpdate: '2019-04-30', note: RETIRED },
  { id: 'nodejs4.3', deprecated: '2020-03-06', blockUpdate: '2020-03-06', note: RETIRED },
  { id: 'nodejs', deprecated: '2016-10-31', blockUpdate: '2016-10-31', note: RETIRED },
  {
    id: 'python3.14',
    deprecated: '2029-06-30',
    blockCreate: '2029-07-31',
    blockUpdate: '2029-08-31'
  },
  {
    id: 'python3.13',
    deprecated: '2029-06-30',
    blockCreate: '2029-07-31',
    blockUpdate: '2029-08-31'
  },
  {
    id: 'python3.12',
    deprecated: '2028-10-31',
    blockCreate: '2028-11-30',
    blockUpdate: '2029-01-10'
  },
  {
    id: 'python3.11',
    deprecated: '2027-06-30',
    note: 'AWS extended it by a year in June 2026 (aws-cloudformation/cfn-lint#4532); block dates not yet in our copy'
  },
  {
    id: 'python3.10',
    deprecated: '2026-10-31',
    blockCreate: '2027-02-01',
    blockUpdate: '2027-03-03',
    note: 'AWS Health notice of April 2026 quoting the runtimes page'
  },
  {
    id: 'python3.9',
    deprecated: '2025-12-15',
    blockCreate: '2027-02-01',
    blockUpdate: '2027-03-03'
  },
  {
    id: 'python3.8',
    deprecated: '2024-10-14',
    blockCreate: '2025-10-01',
    blockUpdate: '2025-11-01'
  },
  {
    id: 'python3.7',
    deprecated: '2023-12-04',
    blockCreate: '2024-01-09',
    blockUpdate: '2025-11-01'
  },
  { id: 'python3.6', deprecated: '2022-07-18', blockUpdate: '2022-08-29', note: RETIRED },
  { id: 'python2.7', deprecated: '2021-07-15', blockUpdate: '2022-05-30', note: RETIRED }
]

export type RuntimeFamily = 'nodejs' | 'python'

export function runtimeFamily(runtime: string | undefined): RuntimeFamily | undefined {
  if (runtime?.startsWith('nodejs')) return 'nodejs'
  if (runtime?.startsWith('python')) return 'python'
  return undefined
}

export const runtimeRow = (id: string): RuntimeRow | undefined => RUNTIMES.find(r => r.id === id)

/**
 * How Lambda names each family's current runtimes: `nodejs<major>.x` and `python3.<minor>`. An
 * identifier of that shape that is newer than every row is a runtime this table has not heard of
 * yet (a warning); any other unlisted identifier is not a Lambda runtime at all (an error).
 */
const FAMILY_PATTERN: Record<RuntimeFamily, RegExp> = {
  nodejs: /^nodejs(\d+)\.x$/,
  python: /^python3\.(\d+)$/
}

function newestListed(family: RuntimeFamily): number {
  return Math.max(
    ...RUNTIMES.flatMap(r => {
      const m = FAMILY_PATTERN[family].exec(r.id)
      return m ? [Number(m[1])] : []
    })
  )
}

/** True for an unlisted identifier that follows its family's pattern and is newer than every row. */
export function newerThanTable(runtime: string): boolean {
  const family = runtimeFamily(runtime)
  const m = family ? FAMILY_PATTERN[family].exec(runtime) : null
  return family !== undefined && m !== null && Number(m[1]) > newestListed(family)
}
