/**
 * Does a Python handler module define the handler at module level? Read with Python's own `ast`
 * (python3 on the runner; GitHub's hosted runners have it), which knows every way a module-level
 * name comes to be: def, async def, class, assignment (plain, annotated, tuple, walrus-free),
 * import ... as, from ... import, and the same inside module-level if/try/with blocks.
 * Without python3 we say we could not tell: a warning, never a false error.
 */
import { spawn } from 'node:child_process'
import type { ExportVerdict } from './exports.js'

const SCRIPT = String.raw`
import ast, json, sys
src = sys.stdin.read()
out = {"names": [], "star": False, "dynamic": None, "error": None}
try:
    tree = ast.parse(src)
except SyntaxError as e:
    out["error"] = "line %s: %s" % (e.lineno, e.msg)
    print(json.dumps(out)); sys.exit(0)
names = set()
def targets(t):
    if isinstance(t, ast.Name): names.add(t.id)
    elif isinstance(t, (ast.Tuple, ast.List)):
        for x in t.elts: targets(x)
    elif isinstance(t, ast.Starred): targets(t.value)
def walk(body):
    for n in body:
        if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)): names.add(n.name)
        elif isinstance(n, ast.Assign):
            for t in n.targets: targets(t)
        elif isinstance(n, (ast.AnnAssign, ast.AugAssign)) and isinstance(n.target, ast.Name): names.add(n.target.id)
        elif isinstance(n, ast.Import):
            for a in n.names: names.add(a.asname or a.name.split(".")[0])
        elif isinstance(n, ast.ImportFrom):
            for a in n.names:
                if a.name == "*": out["star"] = True
                else: names.add(a.asname or a.name)
        elif isinstance(n, (ast.If, ast.For, ast.While, ast.With, ast.AsyncWith, ast.AsyncFor)):
            walk(n.body); walk(getattr(n, "orelse", []))
        elif isinstance(n, ast.Try) or type(n).__name__ == "TryStar":
            walk(n.body); walk(n.orelse); walk(n.finalbody)
            for h in n.handlers: walk(h.body)
        elif isinstance(n, ast.Match):
            for c in n.cases: walk(c.body)
walk(tree.body)
for n in ast.walk(tree):
    if isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id in ("globals", "setattr", "exec"):
        out["dynamic"] = n.func.id + "()"
if "__getattr__" in names: out["dynamic"] = "a module-level __getattr__"
out["names"] = sorted(names)
print(json.dumps(out))
`

interface AstReport {
  names: string[]
  star: boolean
  dynamic: string | null
  error: string | null
}

function runPython(source: string, python: string): Promise<AstReport | string> {
  return new Promise(resolve => {
    const child = spawn(python, ['-I', '-c', SCRIPT], { stdio: ['pipe', 'pipe', 'pipe'], env: {} })
    let stdout = ''
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d))
    child.on('error', err => resolve(`python3 is not available (${err.message})`))
    child.on('close', code => {
      try {
        resolve(code === 0 ? (JSON.parse(stdout) as AstReport) : `python3 exited with ${code}`)
      } catch {
        resolve('python3 gave no answer')
      }
    })
    child.stdin.on('error', () => undefined).end(source)
  })
}

export async function pythonExport(
  source: string,
  name: string,
  python = 'python3'
): Promise<ExportVerdict> {
  const report = await runPython(source, python)
  if (typeof report === 'string') return { status: 'unknown', how: `not checked: ${report}` }
  if (report.error !== null)
    return {
      status: 'unknown',
      how: `too dynamic to tell: the local python3 could not parse it (${report.error}); the runtime's Python may be newer`
    }
  if (report.names.includes(name)) return { status: 'present', how: "found by Python's ast" }
  if (report.star)
    return { status: 'unknown', how: 'too dynamic to tell: `from ... import *` may bring it in' }
  if (report.dynamic !== null)
    return {
      status: 'unknown',
      how: `too dynamic to tell: it defines names through ${report.dynamic}`
    }
  return {
    status: 'missing',
    how: `Python's ast read every module-level name: ${report.names.length ? report.names.join(', ') : 'none'}`
  }
}
