/**
 * The one entry point for the `package` input: a folder is zipped the way deploy will upload it,
 * a file is read as a .zip, anything else is a typed error that says what to do.
 */
import { stat } from 'node:fs/promises'
import { resolve } from 'node:path'
import type { OpenedPackage } from './facts.js'
import { openZip } from './zip-reader.js'

export type OpenResult = { ok: true; pkg: OpenedPackage } | { ok: false; error: string }

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err)
}

function errorCode(err: unknown): string | undefined {
  return typeof err === 'object' && err !== null && 'code' in err ? String(err.code) : undefined
}

function notFound(path: string): { ok: false; error: string } {
  return {
    ok: false,
    error:
      `package "${path}" does not exist (looked for ${resolve(path)}). ` +
      'Build the function before this step, or set the package input to the .zip file or folder to deploy.'
  }
}

async function fromFolder(path: string): Promise<OpenResult> {
  try {
    // Loaded only for a folder: a .zip package (the cold-start case) never evaluates the writer.
    const { zipFolder } = await import('./zip-builder.js')
    return { ok: true, pkg: await zipFolder(path) }
  } catch (err) {
    return {
      ok: false,
      error: `could not zip the folder "${path}": ${messageOf(err)}. Fix or remove that file and run again.`
    }
  }
}

export type Located =
  { ok: true; path: string; kind: 'folder' | 'zip' } | { ok: false; error: string }

/** Where the `package` input points, from one stat: cheap enough to check before any AWS call. */
export async function locatePackage(path: string): Promise<Located> {
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
  if (stats.isDirectory()) return { ok: true, path, kind: 'folder' }
  if (stats.isFile()) return { ok: true, path, kind: 'zip' }
  return {
    ok: false,
    error: `package "${path}" is neither a file nor a folder: set it to a .zip file or a folder.`
  }
}

/** Opens a located package: zips a folder, reads a file's central directory. Never throws. */
export async function openLocated(located: Extract<Located, { ok: true }>): Promise<OpenResult> {
  return located.kind === 'folder'
    ? fromFolder(located.path)
    : { ok: true, pkg: await openZip(located.path) }
}

/** Opens the `package` input. Never throws. */
export async function openPackage(path: string): Promise<OpenResult> {
  const located = await locatePackage(path)
  return located.ok ? openLocated(located) : located
}
