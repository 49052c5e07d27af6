import { exportLooksPresent, parseHandler } from '../../src/package/handler.js'

describe('parseHandler for Node.js', () => {
  it.each([
    ['index.handler', 'index', 'handler', 'handler'],
    ['src/app.main', 'src/app', 'main', 'main'],
    ['./src/app.main', 'src/app', 'main', 'main'],
    // The runtime splits at the FIRST dot of the file part: the rest is a property path.
    ['index.nested.handler', 'index', 'nested', 'nested.handler'],
    ['pkg.sub.mod.handler', 'pkg', 'sub', 'sub.mod.handler']
  ])('%s -> module %s, export %s', (handler, module, exportName, propertyPath) => {
    const result = parseHandler(handler, 'nodejs')
    expect(result).toEqual({
      ok: true,
      target: {
        module,
        exportName,
        propertyPath,
        candidates: [module, `${module}.js`, `${module}.mjs`, `${module}.cjs`]
      }
    })
  })

  it.each([
    ['', /is empty/],
    ['index', /is not FILE.FUNCTION/],
    ['index.', /is not FILE.FUNCTION/],
    ['.handler', /is not FILE.FUNCTION/],
    ['src/.handler', /is not FILE.FUNCTION/],
    ['index..handler', /contains "\.\."/],
    ['../up.handler', /contains "\.\."/],
    ['/opt/index.handler', /is absolute/],
    ['index handler', /whitespace/],
    [`${'a'.repeat(130)}.h`, /longer than/]
  ])('refuses %j', (handler, error) => {
    const result = parseHandler(handler, 'nodejs')
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error).toMatch(error)
  })
})

describe('parseHandler for Python', () => {
  it.each([
    ['lambda_function.lambda_handler', 'lambda_function', 'lambda_handler', 'lambda_function'],
    ['pkg.sub.mod.handler', 'pkg.sub.mod', 'handler', 'pkg/sub/mod'],
    ['src/app.main', 'src.app', 'main', 'src/app']
  ])('%s -> module %s, function %s', (handler, module, exportName, path) => {
    expect(parseHandler(handler, 'python')).toEqual({
      ok: true,
      target: {
        module,
        exportName,
        propertyPath: exportName,
        candidates: [`${path}.py`, `${path}/__init__.py`]
      }
    })
  })

  it.each(['handler', 'mod.', '.handler', 'a..b.handler', '../x.handler', ''])(
    'refuses %j',
    handler => {
      expect(parseHandler(handler, 'python').ok).toBe(false)
    }
  )
})

describe('exportLooksPresent for Node.js', () => {
  const present = (source: string, name = 'handler'): boolean =>
    exportLooksPresent(source, name, 'nodejs')

  it.each([
    'exports.handler = async (event) => event',
    'module.exports.handler = function (event) {}',
    'exports["handler"] = () => 1',
    'module.exports = { handler }',
    'module.exports = { other: 1, handler: async (event) => { return { a: { b: 1 } } } }',
    'module.exports = {\n  async handler(event) { return event },\n}',
    "module.exports = { 'handler': fn }",
    'export const handler = async (event) => event',
    'export let handler = 1',
    'export async function handler(event) {}',
    'export function* handler() {}',
    'export { handler }',
    'export { main as handler, other }',
    'export {\n  a,\n  b as handler\n} from "./impl.js"',
    'Object.defineProperty(exports, "handler", { enumerable: true, get: function () { return impl.handler } })',
    'module.exports = __toCommonJS(src_exports);\n__export(src_exports, {\n  handler: () => handler\n});',
    'export * from "./impl.js"',
    'module.exports = require("./dist/index.js")'
  ])('finds it in %j', source => {
    expect(present(source)).toBe(true)
  })

  it.each([
    '',
    'const handler = async () => 1',
    'exports.handlerX = 1',
    'exports.myhandler = 1',
    'if (exports.handler == null) {}',
    'module.exports = { main: handler }',
    'module.exports = { other: { handler: 1 } }',
    'export const handlers = 1',
    'export { handler as main }',
    'export default async function handler() {}',
    'function handler() {}'
  ])('does not find it in %j', source => {
    expect(present(source)).toBe(false)
  })

  it('recognises a default export only for the name default', () => {
    expect(present('export default async (event) => event', 'default')).toBe(true)
    expect(present('export { run as default }', 'default')).toBe(true)
    expect(present('export const run = 1', 'default')).toBe(false)
  })

  it('treats names literally, not as patterns', () => {
    expect(present('exports.$handler = 1', '$handler')).toBe(true)
    expect(present('exports.xhandler = 1', '.handler')).toBe(false)
  })
})

describe('exportLooksPresent for Python', () => {
  const present = (source: string, name = 'lambda_handler'): boolean =>
    exportLooksPresent(source, name, 'python')

  it.each([
    'def lambda_handler(event, context):\n    return event\n',
    'import json\n\nasync def lambda_handler(event, context):\n    pass\n',
    '@decorator\ndef lambda_handler(event, context):\n    pass\n',
    'lambda_handler = make_handler()\n',
    'lambda_handler: Callable = make_handler()\n',
    'class lambda_handler:\n    pass\n',
    'from app.main import lambda_handler\n',
    'from app.main import (\n    helper,\n    lambda_handler,\n)\n',
    'from app.main import run as lambda_handler\n',
    'from app.main import *\n',
    'import app.main as lambda_handler\n'
  ])('finds it in %j', source => {
    expect(present(source)).toBe(true)
  })

  it.each([
    '',
    'class App:\n    def lambda_handler(self, event, context):\n        pass\n',
    'def lambda_handler_v2(event, context):\n    pass\n',
    '# def lambda_handler(event, context):\n',
    'if lambda_handler == 1:\n    pass\n',
    'from app.main import lambda_handler as other\n',
    'x = "def lambda_handler("\n'
  ])('does not find it in %j', source => {
    expect(present(source)).toBe(false)
  })
})
