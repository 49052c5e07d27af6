/**
 * Pure helpers for symlinks stored in a zip: recognising them from the entry's attributes and
 * deciding whether a link would point outside the package once Lambda extracts it.
 */

const S_IFMT = 0o170000
const S_IFLNK = 0o120000
const S_IFDIR = 0o040000

/**
 * Linux stops following after 40 links (MAXSYMLINKS); a chain longer than that cannot be
 * resolved, and one we cannot resolve is one we cannot prove safe.
 */
const MAX_LINK_HOPS = 40

/** Unix st_mode from a zip's external attributes (the upper 16 bits, as Info-ZIP and yazl store it). */
export function unixMode(externalFileAttributes: number): number {
  return (externalFileAttributes >>> 16) & 0xffff
}

/**
 * We do not look at the "version made by" host byte: an archive can claim MS-DOS and still
 * carry a link mode, and Lambda extracts on Linux. Flagging such a link is the safe mistake.
 */
export function isSymlinkMode(externalFileAttributes: number): boolean {
  return (unixMode(externalFileAttributes) & S_IFMT) === S_IFLNK
}

export function isDirectoryMode(externalFileAttributes: number): boolean {
  return (unixMode(externalFileAttributes) & S_IFMT) === S_IFDIR
}

function components(path: string): string[] {
  return path.split('/').filter(part => part !== '' && part !== '.')
}

/** The key a link is known by: its name without empty or `.` components. */
export function linkKey(name: string): string {
  return components(name).join('/')
}

/**
 * Whether the link `linkName -> target` escapes the package root once extracted, following the
 * other links in the archive the way the kernel would: a target that is lexically inside can
 * still escape through another link (`a -> .` then `b -> a/../x`), so `..` is applied to the
 * resolved path, not to the text. `links` maps linkKey(name) to target for every link in the zip.
 * An absolute target, a path that climbs above the root, or a chain too long to resolve escapes.
 */
export function linkEscapes(
  linkName: string,
  target: string,
  links: ReadonlyMap<string, string>
): boolean {
  if (target.startsWith('/')) return true
  const pending = [...components(linkName).slice(0, -1), ...components(target)]
  const resolved: string[] = []
  let hops = 0
  for (let part = pending.shift(); part !== undefined; part = pending.shift()) {
    if (part === '..') {
      if (resolved.length === 0) return true
      resolved.pop()
      continue
    }
    resolved.push(part)
    const next = links.get(resolved.join('/'))
    if (next === undefined) continue
    if (next.startsWith('/') || ++hops > MAX_LINK_HOPS) return true
    resolved.pop()
    pending.unshift(...components(next))
  }
  return false
}
