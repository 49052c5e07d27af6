/**
 * Lambda@Edge runs Node.js and Python only. Dates from the AWS Lambda runtimes page
 * ("Deprecated runtimes"); `blockUpdate` is the day Lambda starts refusing to update functions
 * on that runtime, which is what breaks a deploy. Kept as data: a new deprecation is a new row.
 */
export interface RuntimeRow {
  id: string
  deprecated?: string
  blockUpdate?: string
}

export const RUNTIMES: readonly RuntimeRow[] = [
  { id: 'nodejs24.x' },
  { id: 'nodejs22.x' },
  { id: 'nodejs20.x', deprecated: '2026-04-30' },
  { id: 'nodejs18.x', deprecated: '2025-09-01', blockUpdate: '2026-03-09' },
  { id: 'nodejs16.x', deprecated: '2024-06-12', blockUpdate: '2025-02-28' },
  { id: 'nodejs14.x', deprecated: '2023-12-04', blockUpdate: '2025-02-28' },
  { id: 'nodejs12.x', deprecated: '2023-03-31', blockUpdate: '2025-02-28' },
  { id: 'nodejs10.x', deprecated: '2021-07-30', blockUpdate: '2022-02-14' },
  { id: 'python3.14' },
  { id: 'python3.13' },
  { id: 'python3.12' },
  { id: 'python3.11' },
  { id: 'python3.10' },
  { id: 'python3.9', deprecated: '2025-12-15', blockUpdate: '2027-03-03' },
  { id: 'python3.8', deprecated: '2024-10-14', blockUpdate: '2025-02-28' },
  { id: 'python3.7', deprecated: '2023-12-04', blockUpdate: '2025-02-28' }
]

export type RuntimeFamily = 'nodejs' | 'python'

export function runtimeFamily(runtime: string | undefined): RuntimeFamily | undefined {
  if (runtime?.startsWith('nodejs')) return 'nodejs'
  if (runtime?.startsWith('python')) return 'python'
  return undefined
}

export const runtimeRow = (id: string): RuntimeRow | undefined => RUNTIMES.find(r => r.id === id)
