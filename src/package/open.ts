/**
 * The one entry point for the `package` input: a folder is zipped the way deploy will upload it,
 * a file is read as a .zip, anything else is a typed error that says what to do.
 */
import { stat } from 'node:fs/promises'
import { resolve } from 'node:path'
import type { OpenedPackage } from './facts.js'
import { zipFolder } from './zip-builder.js'
import { openZip } from './zip-reader.js'

export type OpenResult = { ok: true; pkg: OpenedPackage } | { ok: false; error: string }

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err)
}

function errorCode(err: unknown): string | undefined {
  return typeof err === 'object' && err !== null && 'code' in err ? String(err.code) : undefined
}

function notFound(path: string): OpenResult {
  return {
    ok: false,
    error:
      `package "${path}" does not exist (looked for ${resolve(path)}). ` +
      'Build the function before this step, or set the package input to the .zip file or folder to deploy.'
  }
}

async function fromFolder(path: string): Promise<OpenResult> {
  try {
    return { ok: true, pkg: await zipFolder(path) }
  } catch (err) {
    return {
      ok: false,
      error: `could not zip the folder "${path}": ${messageOf(err)}. Fix or remove that file and run again.`
    }
  }
}

/** Opens the `package` input. Never throws. */
export async function openPackage(path: string): Promise<OpenResult> {
  if (path.trim() === '') {
    return {
      ok: false,
      error: 'the package input is empty: set it to the .zip file or folder to deploy.'
    }
  }
  let stats
  try {
    stats = await stat(path)
  } catch (err) {
    if (errorCode(err) === 'ENOENT' || errorCode(err) === 'ENOTDIR') return notFound(path)
    return {
      ok: false,
      error: `cannot read package "${path}": ${messageOf(err)}. Check the path and its permissions.`
    }
  }
  if (stats.isDirectory()) return fromFolder(path)
  if (stats.isFile()) return { ok: true, pkg: await openZip(path) }
  return {
    ok: false,
    error: `package "${path}" is neither a file nor a folder: set it to a .zip file or a folder.`
  }
}
