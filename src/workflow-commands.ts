/**
 * The runner's side of a step, for the action (main.ts and its reporters): inputs from INPUT_*
 * variables, workflow commands on stdout, and the GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files.
 * Protocol: "Workflow commands for GitHub Actions",
 * https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-commands
 * (the `::name key=value::message` form, its escaping, and multi-line values in environment
 * files with a `name<<DELIMITER` block), written the way @actions/core 3 writes them.
 *
 * Why not @actions/core: it imports its OIDC client at load time, and with it @actions/http-client
 * and undici, about a quarter of the bundle, evaluated on every run although no run of ours asks
 * for an OIDC token (BENCHMARKS.md, cold start). Everything it did for us is here.
 */
import { randomUUID } from 'node:crypto'
import { appendFileSync } from 'node:fs'
import { appendFile } from 'node:fs/promises'
import { EOL } from 'node:os'

/** Where an annotation points; the names @actions/core uses. */
export interface AnnotationProperties {
  title?: string
  file?: string
  startLine?: number
  endLine?: number
  startColumn?: number
  endColumn?: number
}

const escapeData = (s: string): string =>
  s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
const escapeProperty = (s: string): string =>
  escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C')

/** `::command key=value,...::message` on a line of its own; empty properties are left out. */
export function issueCommand(
  command: string,
  properties: Record<string, string | number | undefined>,
  message: string
): void {
  const props = Object.entries(properties)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
    .join(',')
  process.stdout.write(`::${command}${props ? ` ${props}` : ''}::${escapeData(message)}${EOL}`)
}

/** The input as the runner passed it (action.yml's default when not given), trimmed. */
export function getInput(name: string): string {
  return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim()
}

/** Hidden in the log from now on (the runner masks every later occurrence). */
export function setSecret(secret: string): void {
  issueCommand('add-mask', {}, secret)
}

export function info(message: string): void {
  process.stdout.write(message + EOL)
}

const annotation = (p: AnnotationProperties): Record<string, string | number | undefined> => ({
  title: p.title,
  file: p.file,
  line: p.startLine,
  endLine: p.endLine,
  col: p.startColumn,
  endColumn: p.endColumn
})

export function warning(message: string, properties: AnnotationProperties = {}): void {
  issueCommand('warning', annotation(properties), message)
}

export function error(message: string, properties: AnnotationProperties = {}): void {
  issueCommand('error', annotation(properties), message)
}

/** The step fails (exit code 1) with this error; the process goes on to report. */
export function setFailed(message: string): void {
  process.exitCode = 1
  error(message)
}

/** A foldable group in the log around `fn`. */
export async function group<T>(name: string, fn: () => Promise<T>): Promise<T> {
  issueCommand('group', {}, name)
  try {
    return await fn()
  } finally {
    issueCommand('endgroup', {}, '')
  }
}

/**
 * A step output: a `name<<DELIMITER` block in GITHUB_OUTPUT, the delimiter random so no value
 * can end the block early; without the file (an old runner), the deprecated set-output command.
 */
export function setOutput(name: string, value: string): void {
  const file = process.env.GITHUB_OUTPUT
  if (!file) {
    process.stdout.write(EOL)
    issueCommand('set-output', { name }, value)
    return
  }
  const delimiter = `ghadelimiter_${randomUUID()}`
  appendFileSync(file, `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`, 'utf8')
}

/** Appends Markdown to the job summary; throws when the runner gave no GITHUB_STEP_SUMMARY. */
export async function appendSummary(markdown: string): Promise<void> {
  const file = process.env.GITHUB_STEP_SUMMARY
  if (!file)
    throw new Error('GITHUB_STEP_SUMMARY is not set: the job summary is written only on a runner')
  await appendFile(file, markdown, 'utf8')
}
