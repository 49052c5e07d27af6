import { nodeExport } from '../../src/package/exports.js'
import { pythonExport } from '../../src/package/python-exports.js'

const node = async (source: string, name = 'handler', file = 'index.js'): Promise<string> =>
  (await nodeExport(source, file, name)).status

describe('nodeExport: what the lexers prove', () => {
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
    // esbuild's CommonJS output carries this annotation for Node's lexer.
    'module.exports = __toCommonJS(src_exports);\n0 && (module.exports = { handler });'
  ])('present in %j', async source => {
    expect(await node(source)).toBe('present')
  })

  it.each([
    ['', 'index.mjs'],
    ['const handler = async () => 1', 'index.mjs'],
    ['export const handlers = 1', 'index.js'],
    ['export { handler as main }', 'index.mjs'],
    ['export default async function handler() {}', 'index.mjs'],
    ['exports.handlerX = 1', 'index.js'],
    ['exports.myhandler = 1', 'index.cjs'],
    ['module.exports = { main: handler }', 'index.js'],
    ['module.exports = { other: { handler: 1 } }', 'index.js'],
    ['function handler() {}', 'index.js']
  ])('proved missing in %j (%s)', async (source, file) => {
    expect(await node(source, 'handler', file)).toBe('missing')
  })

  it.each([
    'export * from "./impl.js"',
    'module.exports = require("./dist/index.js")',
    'module.exports = makeHandler()',
    'exports[name] = fn',
    'module.exports = { ...impl }',
    'Object.assign(module.exports, impl)'
  ])('too dynamic to tell in %j', async source => {
    expect(await node(source)).toBe('unknown')
  })

  it('says which exports it read, and names a default export only for the name default', async () => {
    const v = await nodeExport(
      'export const run = 1\nexport const main = 2',
      'index.mjs',
      'handler'
    )
    expect(v).toEqual({
      status: 'missing',
      how: 'es-module-lexer read every export of this ES module: run, main'
    })
    expect(await node('export default async (event) => event', 'default', 'index.mjs')).toBe(
      'present'
    )
    expect(await node('export { run as default }', 'default', 'index.mjs')).toBe('present')
  })

  it('a module the lexer cannot read is a warning, not an error', async () => {
    const v = await nodeExport('export { handler', 'index.mjs', 'handler')
    expect(v.status).toBe('unknown')
    expect(v.how).toMatch(/too dynamic to tell/)
  })
})

describe('pythonExport: a Python lexer, module scope only', () => {
  const py = async (source: string, name = 'lambda_handler'): Promise<string> =>
    (await pythonExport(source, name)).status

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
    'import app.main as lambda_handler\n',
    'try:\n    from fast import lambda_handler\nexcept ImportError:\n    def lambda_handler(e, c):\n        pass\n',
    'a, lambda_handler = make()\n',
    'x = lambda_handler = make()\n',
    'if True:\n    lambda_handler = make()\nelse:\n    pass\n',
    'lambda_handler = (\n    make()\n)\n'
  ])('present in %j', async source => {
    expect(await py(source)).toBe('present')
  })

  it.each([
    '',
    'class App:\n    def lambda_handler(self, event, context):\n        pass\n',
    'def lambda_handler_v2(event, context):\n    pass\n',
    '# def lambda_handler(event, context):\n',
    'if lambda_handler == 1:\n    pass\n',
    'from app.main import lambda_handler as other\n',
    'x = "def lambda_handler("\n',
    'x = """\ndef lambda_handler(event, context):\n"""\n',
    'def main():\n    lambda_handler = 1\n',
    'run(lambda_handler=1)\n',
    'if lambda_handler <= 1:\n    pass\n'
  ])('proved missing in %j', async source => {
    expect(await py(source)).toBe('missing')
  })

  it.each([
    'from app.main import *\n',
    'globals()["lambda_handler"] = make()\n',
    'def __getattr__(name):\n    return make(name)\n',
    'x = "never closed\n',
    'x = (1,\n'
  ])('too dynamic to tell in %j', async source => {
    expect(await py(source)).toBe('unknown')
  })

  it('says which names it read', async () => {
    expect(await pythonExport('import os\ndef main(e, c):\n    pass\n', 'lambda_handler')).toEqual({
      status: 'missing',
      how: 'every module-level name was read: main, os'
    })
  })
})
