/**
 * Does a handler module export the handler? Answered with the lexers Node itself uses, so that a
 * "no" is a proof rather than a regex's guess:
 * - es-module-lexer reads an ES module's export list. ES exports are static: a name absent from
 *   it is missing, unless an `export * from` could bring it in.
 * - cjs-module-lexer finds the CommonJS exports Node exposes to `import` (`exports.x =`,
 *   `module.exports = { x }`, `Object.defineProperty(exports, 'x')`, esbuild's `__export`). What it
 *   cannot see (`module.exports = makeHandler()`, `exports[name] =`, re-exports) makes the answer
 *   "too dynamic to tell", never "missing".
 * Python modules are read by a small Python lexer (python-exports.ts).
 */
import { init as initCjs, parse as parseCjs } from 'cjs-module-lexer'
import { init as initEsm, parse as parseEsm } from 'es-module-lexer'

export type ExportStatus = 'present' | 'missing' | 'unknown'

export interface ExportVerdict {
  status: ExportStatus
  /** How we know, or why we cannot tell: shown in the finding. */
  how: string
}

const messageOf = (err: unknown): string => (err instanceof Error ? err.message : String(err))

function esmVerdict(source: string, name: string): ExportVerdict | undefined {
  const [, exports, , hasModuleSyntax] = parseEsm(source)
  if (!hasModuleSyntax) return undefined
  const named = exports.flatMap(e => (e.type === 'reexport-all' ? [] : [e.name]))
  if (named.includes(name)) return { status: 'present', how: 'found by es-module-lexer' }
  const stars = exports.flatMap(e => (e.type === 'reexport-all' ? [`'${e.from}'`] : []))
  if (stars.length > 0)
    return {
      status: 'unknown',
      how: `too dynamic to tell: not among its own exports, but \`export * from ${stars.join(', ')}\` may bring it in`
    }
  return {
    status: 'missing',
    how: `es-module-lexer read every export of this ES module: ${named.length ? named.join(', ') : 'none'}`
  }
}

/** Assignments the CommonJS lexer cannot see through; any of them makes a "not found" inconclusive. */
const DYNAMIC_CJS = [
  /\bmodule\.exports\s*=(?!=)\s*(?![\s{])/,
  /\b(?:module\.)?exports\s*\[/,
  /\bObject\.(?:assign|defineProperties)\s*\(\s*(?:module\.)?exports\b/
]

/** Index just past the string literal opening at `start` (escapes honoured). */
function skipString(source: string, start: number): number {
  const quote = source[start]
  for (let i = start + 1; i < source.length; i++) {
    if (source[i] === '\\') i++
    else if (source[i] === quote) return i + 1
  }
  return source.length
}

/** The text of the `{...}` block opening at `open`, with nested brackets blanked. */
function topLevelOfBlock(source: string, open: number): string {
  let depth = 0
  let out = ''
  for (let i = open; i < source.length; i++) {
    const ch = source[i] as string
    if (ch === '"' || ch === "'" || ch === '`') {
      const end = skipString(source, i)
      if (depth === 1) out += source.slice(i, end)
      i = end - 1
    } else if ('{(['.includes(ch)) {
      if (++depth === 2) out += ' '
    } else if ('})]'.includes(ch)) {
      if (--depth === 0) return out
    } else if (depth === 1) out += ch
  }
  return out
}

const LITERAL_KEY = /^(?:async\s+)?\*?\s*(?:[gs]et\s+)?([\w$]+|'[^']*'|"[^"]*")\s*(?::|$|\s+=>)/

/**
 * The keys of each `module.exports = { ... }` literal: cjs-module-lexer stops at the first value
 * that is not a plain identifier (`handler: async () => ...`), so we read the keys ourselves.
 * Undefined when a literal has a key we cannot name (a spread, a computed key).
 */
function literalKeys(source: string): string[] | undefined {
  const keys: string[] = []
  for (const m of source.matchAll(/\bmodule\.exports\s*=\s*\{/g)) {
    const parts = topLevelOfBlock(source, (m.index ?? 0) + m[0].length - 1).split(',')
    for (const part of parts.map(p => p.trim()).filter(p => p !== '')) {
      const key = LITERAL_KEY.exec(part)?.[1]
      if (key === undefined) return undefined
      keys.push(key.replace(/^['"]|['"]$/g, ''))
    }
  }
  return keys
}

function cjsVerdict(source: string, name: string): ExportVerdict {
  const { exports, reexports } = parseCjs(source)
  const keys = literalKeys(source)
  if (exports.includes(name) || keys?.includes(name))
    return { status: 'present', how: 'found by cjs-module-lexer' }
  if (reexports.length > 0)
    return {
      status: 'unknown',
      how: `too dynamic to tell: the module re-exports ${reexports.map(r => `'${r}'`).join(', ')}`
    }
  if (keys === undefined || DYNAMIC_CJS.some(pattern => pattern.test(source)))
    return {
      status: 'unknown',
      how: 'too dynamic to tell: module.exports is built at run time (an expression, a spread, a computed key or Object.assign)'
    }
  const all = [...new Set([...exports, ...keys])]
  return {
    status: 'missing',
    how: `cjs-module-lexer read every export of this CommonJS module: ${all.length ? all.join(', ') : 'none'}`
  }
}

/**
 * The verdict for a Node.js module. `.mjs` is an ES module and `.cjs` CommonJS; for `.js` (or a
 * bare name) the syntax decides, as Node's own detection does when package.json does not say.
 */
export async function nodeExport(
  source: string,
  file: string,
  name: string
): Promise<ExportVerdict> {
  try {
    await Promise.all([initEsm(), initCjs()])
    if (!file.endsWith('.cjs')) {
      const esm = esmVerdict(source, name)
      if (esm) return esm
      if (file.endsWith('.mjs')) return esmVerdict(`${source}\nexport {}`, name)!
    }
    return cjsVerdict(source, name)
  } catch (err) {
    // A syntax error here may be syntax newer than the lexer: the runtime judges, we warn.
    return {
      status: 'unknown',
      how: `too dynamic to tell: the lexer could not read it (${messageOf(err)})`
    }
  }
}
