/**
 * Where a Lambda handler string points inside the package (whether the module exports it is
 * exports.ts's job). Pure: no I/O, never throws.
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
