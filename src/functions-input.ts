/**
 * The `functions` input: a YAML list of functions, each taking the per-function inputs. This file
 * only checks the list's shape (valibot) and hands back each item as the same raw strings the
 * single-function inputs give, so config.ts checks both with the very same parsers.
 * yaml and valibot are a quarter of the action's start-up code: the shells load this file only
 * when `functions` is given (config.ts, functionListParser).
 */
import * as v from 'valibot'
import { parse as parseYaml } from 'yaml'
import { err, ok, type Result } from './result.js'
import { PER_FUNCTION_INPUTS, type PerFunctionInput } from './config.js'

export { PER_FUNCTION_INPUTS, type PerFunctionInput }

/** One item as raw strings, like `core.getInput` would give them ('' = not given). */
export type RawFunction = Record<PerFunctionInput, string>

// YAML turns `memory-size: 128` into a number and `include-body: true` into a boolean: both are
// accepted and read back as the text the user wrote; a list is accepted where a list makes sense.
const Scalar = v.union([v.string(), v.number(), v.boolean()])
const Item = v.strictObject({
  'function-name': v.optional(Scalar),
  package: v.optional(Scalar),
  'event-type': v.optional(Scalar),
  'cache-behavior': v.optional(v.union([Scalar, v.array(v.string())])),
  'include-body': v.optional(Scalar),
  runtime: v.optional(Scalar),
  handler: v.optional(Scalar),
  'memory-size': v.optional(Scalar),
  timeout: v.optional(Scalar),
  description: v.optional(Scalar)
})
const List = v.pipe(v.array(Item), v.minLength(1, 'is an empty list: give at least one function'))

export interface ListIssue {
  /** `functions`, or `functions[2].memory-size` when the problem is in one item. */
  input: string
  message: string
}

function inputOf(issue: v.BaseIssue<unknown>): string {
  const keys = (issue.path ?? []).map(p => p.key)
  const [index, key] = keys
  if (typeof index !== 'number') return 'functions'
  // An unknown key is the item's fault, not a value's.
  const unknownKey = issue.type === 'strict_object' && key !== undefined
  return typeof key === 'string' && !unknownKey
    ? `functions[${index}].${key}`
    : `functions[${index}]`
}

function messageOf(issue: v.BaseIssue<unknown>): string {
  const unknownKey = issue.type === 'strict_object' && (issue.path ?? []).length > 1
  if (unknownKey)
    return `has the unknown key ${JSON.stringify(String(issue.input))}: an item takes ${PER_FUNCTION_INPUTS.join(', ')}`
  if (issue.type === 'array' && (issue.path ?? []).length === 0)
    return 'is not a YAML list: write one item per function, each starting with "- function-name:"'
  if (issue.type === 'strict_object')
    return 'is not a mapping: write the item as key: value lines, such as function-name: auth'
  if (issue.type === 'min_length') return issue.message
  return 'must be a single value (text, number or true/false)'
}

const text = (value: unknown): string =>
  value === undefined || value === null
    ? ''
    : Array.isArray(value)
      ? value.join(',')
      : String(value)

/** Parses the YAML text of `functions` into raw items, or every problem found. */
export function parseFunctionList(raw: string): Result<RawFunction[], ListIssue[]> {
  let doc: unknown
  try {
    doc = parseYaml(raw)
  } catch (e) {
    const why = e instanceof Error ? e.message.split('\n')[0] : String(e)
    return err([{ input: 'functions', message: `is not valid YAML: ${why}` }])
  }
  const checked = v.safeParse(List, doc)
  if (!checked.success)
    return err(checked.issues.map(i => ({ input: inputOf(i), message: messageOf(i) })))
  return ok(
    checked.output.map(
      item =>
        Object.fromEntries(PER_FUNCTION_INPUTS.map(k => [k, text(item[k]).trim()])) as RawFunction
    )
  )
}
