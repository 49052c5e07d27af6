/**
 * The program the child `python3` runs: imports the handler's module from the package the way
 * Lambda's Python runtime does (awslambdaric: the module before the last dot, `/` read as `.`),
 * calls it once and writes what happened as JSON lines on fd 3. Memory is capped with
 * RLIMIT_AS, the closest Python has to Node's heap limit.
 */
export const PYTHON_RUNNER = String.raw`
import importlib, json, os, sys, time, traceback
cfg = json.loads(sys.argv[1])
out = os.fdopen(3, 'w')

def send(o):
    out.write(json.dumps(o) + '\n')
    out.flush()

def finish(o):
    send(o)
    out.close()
    os._exit(0)

def describe(e):
    if isinstance(e, ModuleNotFoundError) and e.name:
        return {'kind': 'module-missing', 'module': e.name.split('.')[0], 'message': str(e)}
    tb = traceback.format_exception(type(e), e, e.__traceback__)
    return {'kind': 'threw', 'name': type(e).__name__, 'message': str(e), 'stack': ''.join(tb[-4:])[:2000]}

try:
    import resource
    limit = cfg['memoryBytes']
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
except Exception:
    pass

sys.path.insert(0, cfg['taskRoot'])
try:
    mod = importlib.import_module(cfg['module'])
except Exception as e:
    d = describe(e)
    if d['kind'] == 'module-missing' and d['module'] == cfg['module'].split('.')[0]:
        finish({'kind': 'handler-missing', 'message': 'no module ' + cfg['module'] + ' in the package'})
    d['phase'] = 'init'
    finish(d)

handler = getattr(mod, cfg['exportName'], None)
if not callable(handler):
    finish({'kind': 'handler-missing', 'message': cfg['module'] + ' has no function ' + cfg['exportName']})

class Context:
    function_name = cfg['functionName']
    function_version = cfg['functionVersion']
    invoked_function_arn = cfg['functionArn']
    memory_limit_in_mb = cfg['memoryMb']
    aws_request_id = '00000000-0000-4000-8000-000000000000'
    log_group_name = '/aws/lambda/us-east-1.' + cfg['functionName']
    log_stream_name = 'smoke'
    def __init__(self, deadline):
        self._deadline = deadline
    def get_remaining_time_in_millis(self):
        return max(0, int((self._deadline - time.time()) * 1000))

with open(cfg['eventFile']) as f:
    event = json.load(f)
send({'phase': 'invoke', 'callbackStyle': False})
try:
    value = handler(event, Context(time.time() + cfg['timeoutMs'] / 1000))
except Exception as e:
    finish(describe(e))
try:
    text = json.dumps(value)
except Exception as e:
    finish({'kind': 'threw', 'name': 'Runtime.MarshalError', 'message': 'the answer is not JSON: ' + str(e)})
finish({'kind': 'returned', 'value': json.loads(text), 'how': 'return'})
`
