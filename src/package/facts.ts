/**
 * What the preflight knows about a deployment package. Produced by the zip reader
 * (a .zip given as is) or the zip builder (a folder zipped the way deploy will upload it),
 * consumed by the pure rules. Raw facts only: judging them is the rules' job.
 */
export interface SymlinkFact {
  /** The link text as stored (zip entry data, or readlink on a folder). */
  target: string
  /** True when the link resolves outside the package root (or is absolute). */
  escapes: boolean
}

export interface PackageEntry {
  /** The entry name as stored in the zip (forward slashes). */
  name: string
  compressedSize: number
  uncompressedSize: number
  isDirectory: boolean
  symlink?: SymlinkFact
  /**
   * Other names an extractor could give this entry (the raw name beside an Info-ZIP Unicode Path
   * field, the local header's name): absent when every header agrees on `name`.
   */
  otherNames?: string[]
  /** Unix st_mode (type and permission bits) when the archive stores one; absent for Windows tools. */
  unixMode?: number
}

export interface PackageFacts {
  /** The path the user gave in the `package` input. */
  source: string
  kind: 'zip' | 'folder'
  /** Size in bytes of the .zip that would be uploaded (the file, or the built archive). */
  zipBytes: number
  /** Sum of the entries' uncompressed sizes. */
  uncompressedBytes: number
  entries: PackageEntry[]
  /** Where the local headers contradict the central directory (names, sizes), one line each. */
  headerMismatches?: string[]
  /** Set when the archive cannot be read at all (not a zip, truncated, bad central directory). */
  corrupt?: string
}

/** A package opened for validation and upload. */
export interface OpenedPackage {
  facts: PackageFacts
  /** UTF-8 text of one entry (inflating only that entry), or undefined if absent or unreadable. */
  readText(entryName: string, maxBytes?: number): Promise<string | undefined>
  /** The exact bytes to upload (read on demand: validation never needs them). */
  bytes(): Promise<Buffer>
}
