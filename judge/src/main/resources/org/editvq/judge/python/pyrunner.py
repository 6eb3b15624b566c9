# editvq judge: runs one Python submission once, with limits, and reports its CPU time.
# argv: program input result cpu_limit_seconds address_space_bytes output_limit_bytes
import os, sys, time, resource, runpy, signal, errno

prog, inp, res = sys.argv[1], sys.argv[2], sys.argv[3]
cpu_limit, mem_limit, out_limit = int(sys.argv[4]), int(sys.argv[5]), int(sys.argv[6])

def report(status, cpu_ns, detail=""):
    detail = detail.replace("\\", "/").replace("\n", " ")[:400]
    tmp = res + ".tmp"
    with open(tmp, "w") as f:
        f.write("status=%s\ncpuNanos=%d\ndetail=%s\n" % (status, cpu_ns, detail))
    os.replace(tmp, res)

signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a too-large write fails with EFBIG instead of killing us
resource.setrlimit(resource.RLIMIT_CPU, (cpu_limit, cpu_limit + 1))
resource.setrlimit(resource.RLIMIT_AS, (mem_limit, mem_limit))
resource.setrlimit(resource.RLIMIT_FSIZE, (out_limit, out_limit))
resource.setrlimit(resource.RLIMIT_NPROC, (64, 64))
fd = os.open(inp, os.O_RDONLY)
os.dup2(fd, 0)
os.close(fd)
sys.stderr = open(os.devnull, "w")
sys.argv = [prog]
status, detail = "OK", ""
start = time.process_time_ns()
try:
    try:
        runpy.run_path(prog, run_name="__main__")
    finally:
        sys.stdout.flush()
except SystemExit as e:
    code = e.code
    if code not in (None, 0):
        status, detail = "RUNTIME_ERROR", "sys.exit(%r)" % (code,)
except MemoryError:
    status, detail = "MEMORY_LIMIT", "MemoryError"
except OSError as e:
    if e.errno == errno.EFBIG:
        status, detail = "OUTPUT_LIMIT", "output limit exceeded"
    else:
        status, detail = "RUNTIME_ERROR", "%s: %s" % (type(e).__name__, e)
except BaseException as e:
    status, detail = "RUNTIME_ERROR", "%s: %s" % (type(e).__name__, e)
elapsed = time.process_time_ns() - start
try:
    sys.stdout.flush()
except OSError:
    status, detail = "OUTPUT_LIMIT", "output limit exceeded"
report(status, elapsed, detail)
os._exit(0)
