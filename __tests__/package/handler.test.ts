import { parseHandler } from '../../src/package/handler.js'

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
