/**
 * Where a Lambda handler string points inside the package, and a best-effort look at whether the
 * module exports it. Pure: no I/O, never throws.
 *
 * The split follows the runtimes themselves, not a simplification of them:
 * - Node.js (aws-lambda-nodejs-runtime-interface-client, UserFunction): the folder is everything
 *   up to the last `/`; in the rest, the module is everything before the FIRST dot and the
 *   remainder is a property path (`index.nested.handler` reads `nested.handler` from `index`).
 *   It tries the bare file, then `.js`, `.mjs`, `.cjs`, and refuses any handler containing `..`.
 * - Python (awslambdaric bootstrap): the function is after the LAST dot; the module before it, with
 *   `/` read as `.`, is imported, so it is `a/b/c.py` or the package `a/b/c/__init__.py`.
 */

export type RuntimeFamily = 'nodejs' | 'python'

export interface HandlerTarget {
  /** The module as the runtime names it: `src/app` (Node.js), `pkg.sub.mod` (Python). */
  module: string
  /** The name the runtime reads from the module (for Node.js, the first step of the property path). */
  exportName: string
  /** Everything after the module: `handler`, or a nested Node.js path such as `nested.handler`. */
  propertyPath: string
  /** Zip entry names, any of which satisfies the runtime, in the order the runtime tries them. */
  candidates: string[]
}

export type HandlerResult = { ok: true; target: HandlerTarget } | { ok: false; error: string }

/** Lambda's own limit and pattern for the Handler field. */
const MAX_HANDLER_LENGTH = 128
const NODE_EXTENSIONS = ['', '.js', '.mjs', '.cjs']

function fail(handler: string, why: string): HandlerResult {
  return { ok: false, error: `handler "${handler}" ${why}` }
}

function checkShape(handler: string): string | undefined {
  if (handler === '') return 'is empty: expected FILE.FUNCTION, e.g. index.handler'
  if (/\s/.test(handler)) return 'contains whitespace'
  if (handler.length > MAX_HANDLER_LENGTH)
    return `is longer than Lambda's ${MAX_HANDLER_LENGTH} characters`
  return undefined
}

function parseNode(handler: string): HandlerResult {
  if (handler.includes('..'))
    return fail(handler, 'contains "..", which the Node.js runtime refuses')
  if (handler.startsWith('/'))
    return fail(handler, 'is absolute: it must name a file inside the package')
  const slash = handler.lastIndexOf('/')
  const folder = handler.slice(0, slash + 1)
  const base = handler.slice(slash + 1)
  const dot = base.indexOf('.')
  const fileName = dot < 0 ? '' : base.slice(0, dot)
  const propertyPath = dot < 0 ? '' : base.slice(dot + 1)
  const steps = propertyPath.split('.')
  if (fileName === '' || steps.some(step => step === '')) {
    return fail(handler, 'is not FILE.FUNCTION (for example index.handler or src/app.main)')
  }
  const module = [...folder.split('/').filter(part => part !== '' && part !== '.'), fileName].join(
    '/'
  )
  const candidates = NODE_EXTENSIONS.map(extension => module + extension)
  return {
    ok: true,
    target: { module, exportName: steps[0] ?? propertyPath, propertyPath, candidates }
  }
}

function parsePython(handler: string): HandlerResult {
  const dot = handler.lastIndexOf('.')
  const module = dot < 0 ? '' : handler.slice(0, dot).replaceAll('/', '.')
  const exportName = handler.slice(dot + 1)
  const parts = module.split('.')
  if (dot < 0 || exportName === '' || parts.some(part => part === '')) {
    return fail(
      handler,
      'is not MODULE.FUNCTION (for example lambda_function.lambda_handler or pkg.mod.handler)'
    )
  }
  const path = parts.join('/')
  return {
    ok: true,
    target: {
      module,
      exportName,
      propertyPath: exportName,
      candidates: [`${path}.py`, `${path}/__init__.py`]
    }
  }
}

/** Splits a handler string the way the runtime family does and lists the files it may load. */
export function parseHandler(handler: string, family: RuntimeFamily): HandlerResult {
  const problem = checkShape(handler)
  if (problem !== undefined) return fail(handler, problem)
  return family === 'nodejs' ? parseNode(handler) : parsePython(handler)
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/**
 * The text of a `{...}` block at depth one: nested brackets and string literals are blanked, so
 * the keys of an object literal can be matched without their values getting in the way.
 */
function topLevelOfBlock(source: string, open: number): string {
  let depth = 0
  let out = ''
  for (let i = open; i < source.length; i++) {
    const ch = source[i] as string
    if (ch === '"' || ch === "'" || ch === '`') {
      const end = skipString(source, i)
      if (depth === 1) out += source.slice(i, end)
      i = end - 1
    } else if (ch === '{' || ch === '(' || ch === '[') {
      depth++
      if (depth === 2) out += ' '
    } else if (ch === '}' || ch === ')' || ch === ']') {
      depth--
      if (depth === 0) return out
    } else if (depth === 1) {
      out += ch
    }
  }
  return out
}

/** Index just past the string literal opening at `start` (escapes honoured; naive about `${}`). */
function skipString(source: string, start: number): number {
  const quote = source[start]
  for (let i = start + 1; i < source.length; i++) {
    if (source[i] === '\\') i++
    else if (source[i] === quote) return i + 1
  }
  return source.length
}

function objectHasKey(source: string, blockStart: RegExp, name: string): boolean {
  const key = new RegExp(
    `(?:^|,)\\s*(?:async\\s+)?\\*?\\s*(?:${name}|(['"])${name}\\1)\\s*(?:[:,]|$)`
  )
  for (const match of source.matchAll(blockStart)) {
    const open = (match.index ?? 0) + match[0].length - 1
    if (key.test(topLevelOfBlock(source, open))) return true
  }
  return false
}

function exportListHas(source: string, name: string): boolean {
  const item = new RegExp(`^(?:(?:[\\w$]+|(['"]).*\\1)\\s+as\\s+)?(?:${name}|(['"])${name}\\2)$`)
  for (const match of source.matchAll(/\bexport\s*\{([^}]*)\}/g)) {
    const items = (match[1] ?? '').split(',').map(part => part.trim())
    if (items.some(part => item.test(part))) return true
  }
  return false
}

/** Re-exports we cannot see through: assume they may carry the name rather than refuse a good package. */
const OPAQUE_NODE_EXPORTS = [
  /\bexport\s*\*\s*from\b/,
  /\bmodule\.exports\s*=\s*require\s*\(/,
  /\b__exportStar\s*\(/
]

function nodeExports(source: string, exportName: string): boolean {
  const name = escapeRegExp(exportName)
  const id = `${name}(?![\\w$])`
  const direct = [
    new RegExp(`\\bexports\\s*\\.\\s*${id}\\s*=(?!=)`),
    new RegExp(`\\bexports\\s*\\[\\s*(['"\`])${name}\\1\\s*\\]\\s*=(?!=)`),
    new RegExp(`\\bdefineProperty\\(\\s*(?:module\\.)?exports\\s*,\\s*(['"])${name}\\1`),
    new RegExp(`\\bexport\\s+(?:async\\s+)?function\\s*\\*?\\s*${id}`),
    new RegExp(`\\bexport\\s+(?:const|let|var|class)\\s+${id}`)
  ]
  if (exportName === 'default') direct.push(/\bexport\s+default\b/, /\bmodule\.exports\s*=(?!=)/)
  return (
    direct.some(pattern => pattern.test(source)) ||
    exportListHas(source, name) ||
    objectHasKey(source, /\bmodule\.exports\s*=\s*\{/g, name) ||
    // esbuild's CommonJS output: __export(src_exports, { handler: () => handler })
    objectHasKey(source, /\b__export\(\s*[\w$]+\s*,\s*\{/g, name) ||
    OPAQUE_NODE_EXPORTS.some(pattern => pattern.test(source))
  )
}

function pythonImportsName(source: string, name: string): boolean {
  const imported = new RegExp(`^(?:[\\w.]+\\s+as\\s+)?${name}$`)
  for (const match of source.matchAll(/^from[ \t]+[\w.]+[ \t]+import[ \t]+(\([^)]*\)|[^\n]*)/gm)) {
    const list = (match[1] ?? '').replace(/[()\\]/g, ' ').replace(/#[^\n]*/g, '')
    const items = list.split(',').map(part => part.trim())
    if (items.some(part => part === '*' || imported.test(part))) return true
  }
  return new RegExp(`^import[ \\t]+[\\w.]+[ \\t]+as[ \\t]+${name}(?!\\w)`, 'm').test(source)
}

function pythonExports(source: string, exportName: string): boolean {
  const name = escapeRegExp(exportName)
  const topLevel = [
    new RegExp(`^(?:async[ \\t]+)?def[ \\t]+${name}[ \\t]*\\(`, 'm'),
    new RegExp(`^class[ \\t]+${name}(?!\\w)`, 'm'),
    new RegExp(`^${name}[ \\t]*(?::[^=\\n]*)?=(?!=)`, 'm')
  ]
  return topLevel.some(pattern => pattern.test(source)) || pythonImportsName(source, name)
}

/**
 * Best effort: does `source` appear to define `exportName` at module level? Regexes, not a parser:
 * a commented-out definition counts, and re-exports we cannot follow (`export * from`, a
 * `module.exports = require(...)`, `from x import *`) count as present, so that a true "no" is
 * the only thing that reads as missing.
 */
export function exportLooksPresent(
  source: string,
  exportName: string,
  family: RuntimeFamily
): boolean {
  if (exportName === '') return false
  return family === 'nodejs' ? nodeExports(source, exportName) : pythonExports(source, exportName)
}
