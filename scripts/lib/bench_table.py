#!/usr/bin/env python3
"""Runs the benchmarks built in $WS_BENCH_BUILD and prints the table of scripts/bench
(docs/performance.md explains each line). scripts/bench calls it inside the headless session with
WS_BENCH_BUILD and WS_BENCH_ROOT set; the WS_BENCH_* knobs are described there."""
import json, os, re, shutil, socket, subprocess, sys, tempfile, time

build = os.environ["WS_BENCH_BUILD"]; root = os.environ["WS_BENCH_ROOT"]
bin_dir = os.path.join(build, "bin")
sessions = os.environ.get("WS_BENCH_SESSIONS", "1000")
iterations = os.environ.get("WS_BENCH_ITERATIONS", "300")
rows = os.environ.get("WS_BENCH_ROWS", "10000")
results = {}
# WS_BENCH_ONLY=5 (or "1,2,5"): run only those benchmarks, for trying one part quickly.
commit_sessions = os.environ.get("WS_BENCH_COMMIT_SESSIONS", "100000")
only = set(os.environ.get("WS_BENCH_ONLY", "").replace(",", " ").split())
def wanted(*ids): return not only or any(str(i) in only or str(i)[:1] in only for i in ids)

def log(text):
    print(f"\033[1m==> {text}\033[0m", file=sys.stderr, flush=True)

def run_results(cmd, prefix=""):
    out = subprocess.run(cmd, check=True, stdout=subprocess.PIPE, text=True).stdout
    for line in out.splitlines():
        parts = line.split()
        if len(parts) == 3 and parts[0] == "RESULT":
            results[prefix + parts[1]] = float(parts[2])

def start_swtpm():
    """A software TPM on loopback for the t rows (issue 19); sets TPM2OPENSSL_TCTI for what runs next.
    Returns the process, or None when swtpm is not installed (the t rows are then left out)."""
    if not shutil.which("swtpm"):
        log("t: swtpm is not installed; the TPM rows are left out")
        return None
    for _ in range(20):
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0)); port = probe.getsockname()[1]
        with socket.socket() as probe:
            try: probe.bind(("127.0.0.1", port + 1))
            except OSError: continue
        state = tempfile.mkdtemp(prefix="ws-bench-swtpm-")
        process = subprocess.Popen(["swtpm", "socket", "--tpm2", "--tpmstate", f"dir={state}",
                                    "--server", f"type=tcp,port={port},bindaddr=127.0.0.1",
                                    "--ctrl", f"type=tcp,port={port + 1},bindaddr=127.0.0.1",
                                    "--flags", "not-need-init,startup-clear"])
        for _ in range(200):  # ready once its control channel accepts
            try:
                socket.create_connection(("127.0.0.1", port + 1), timeout=0.1).close(); break
            except OSError: time.sleep(0.05)
        os.environ["TPM2OPENSSL_TCTI"] = f"swtpm:host=127.0.0.1,port={port}"
        return process
    return None

swtpm = start_swtpm() if wanted("1", "t") else None

if wanted("1", "2"):
    log("1, 2: bench_crypto")
    crypto = json.loads(subprocess.run(
        [os.path.join(bin_dir, "bench_crypto"), "--benchmark_format=json", "--benchmark_min_time=2",
         "--benchmark_repetitions=3", "--benchmark_report_aggregates_only=true"],
        check=True, stdout=subprocess.PIPE, text=True).stdout)
    for b in crypto["benchmarks"]:
        if b.get("aggregate_name") == "median":
            results[b["run_name"].split("/")[0]] = b["items_per_second"]  # "BM_x/real_time" -> "BM_x"

for part, what in (("3", "refresh round trip vs Node"), ("4", "refresh vs its parts, real gnome-keyring"),
                   ("5d", f"one commit at {commit_sessions} vs 10 sessions"),
                   ("5e", f"one refresh at {rows} vs 10 sessions, keychain excluded"),
                   ("6", f"refresh-all of {sessions} vs its keychain floor, real gnome-keyring")):
    if wanted(part):
        log(f"{part}: bench_refresh ({what})")
        run_results([os.path.join(bin_dir, "bench_refresh"), "--js", os.path.join(root, "bench", "js"),
                     "--iterations", iterations, "--sessions", sessions, "--commit-sessions", commit_sessions,
                     "--store-sessions", rows, "--only", part])

if wanted("t") and swtpm:
    log("t: bench_refresh (a refresh with the key in the software TPM vs in the keychain)")
    run_results([os.path.join(bin_dir, "bench_refresh"), "--keychain-iterations", "30", "--only", "t"])
if swtpm:
    swtpm.terminate(); swtpm.wait()

# p: the stamping proxy (issue 17), against a devserver that answers at once and, informative, one that
# answers after 20 ms (a stand-in for the network to Turnkey's API).
if wanted("p"):
    for latency in ("0", "20"):
        log(f"p: bench_proxy (the stamping proxy vs direct stamped requests, API latency {latency} ms)")
        run_results([os.path.join(bin_dir, "bench_proxy"), "--cli", os.path.join(bin_dir, "wallet-sessions-cli"),
                     "--devserver", os.path.join(bin_dir, "wallet-sessions-devserver"),
                     "--relay", os.path.join(bin_dir, "bench_relay"), "--latency", latency],
                    "" if latency == "0" else f"latency{latency}_")

gui = os.path.join(bin_dir, "bench_gui")
if wanted("5a", "5b", "5c") and os.path.exists(gui):
    log("5: bench_gui (in-process table), empty and " + rows + " rows")
    run_results([gui, "--rows", "0"], "empty_")
    run_results([gui, "--rows", rows], "full_")

app = os.path.join(bin_dir, "wallet-sessions")
FIRST_PAINT = re.compile(r"first paint monotonic_ns=(\d+)")
RESIDENT = re.compile(r"steady VmRSS kB=(\d+)")

def run_app(data_dir):
    """One start of the real binary with the ws.startup probe on (ui/app/StartupProbe): the time from
    just before launch to the main window's first finished paint (both CLOCK_MONOTONIC), the VmRSS
    it logs about a second later once idle, and the peak RSS of the whole run (a fresh interpreter
    per run, since ru_maxrss of children is the largest child so far)."""
    code = ("import resource,subprocess,sys,time; t=time.monotonic_ns(); "
            "p=subprocess.run(sys.argv[1:],stdout=subprocess.DEVNULL,stderr=subprocess.PIPE,text=True,timeout=120); "
            "sys.stderr.write(p.stderr); "
            "print(t, p.returncode, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")
    env = dict(os.environ, QT_LOGGING_RULES="ws.startup.info=true")
    env.pop("QT_MESSAGE_PATTERN", None)
    proc = subprocess.run([sys.executable, "-c", code, app, "--data-dir", data_dir, "--quit-after", "4",
                           "--keychain-service", "wallet-sessions-bench"],
                          check=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    launched, status, peak = (int(x) for x in proc.stdout.split())
    painted, resident = FIRST_PAINT.search(proc.stderr), RESIDENT.search(proc.stderr)
    if status != 0 or not painted or not resident:
        raise RuntimeError(f"exit status {status}, no probe lines in: {proc.stderr[-2000:]}")
    return (int(painted.group(1)) - launched) / 1e6, int(resident.group(1)), peak

def median(values):
    values = sorted(values)
    return values[len(values) // 2]

if wanted("5a", "5b", "5c") and os.path.exists(app):
    log("5: wallet-sessions first paint and memory, empty store and " + rows + " sessions (5 runs each, interleaved)")
    with tempfile.TemporaryDirectory() as tmp:
        empty, full = os.path.join(tmp, "empty"), os.path.join(tmp, "full")
        os.mkdir(empty, 0o700)
        subprocess.run([os.path.join(bin_dir, "bench_make_fixture"), full, rows], check=True,
                       stdout=subprocess.DEVNULL)
        try:
            runs = {"empty": [], "full": []}
            for _ in range(5):
                for name, d in (("empty", empty), ("full", full)):
                    runs[name].append(run_app(d))
            for name in ("empty", "full"):
                results[f"app_{name}_first_paint_ms"] = median(r[0] for r in runs[name])
                results[f"app_{name}_steady_rss_kib"] = median(r[1] for r in runs[name])
                results[f"app_{name}_rss_kib"] = median(r[2] for r in runs[name])
        except (subprocess.SubprocessError, OSError, RuntimeError) as error:
            log(f"wallet-sessions could not be measured: {error}")

rowsout = []
def line(name, ours, ref, unit, ratio, target, op):
    if target is None:  # informative: a figure to report, no target
        rowsout.append((name, ours, ref, f"{ratio:.3f}", "(informative)", "-"))
        return
    met = "yes" if (ratio <= target if op == "<=" else ratio >= target) else "NO"
    rowsout.append((name, ours, ref, f"{ratio:.3f}", f"{op} {target}", met))

def have(*keys): return all(k in results for k in keys)
r = results
if have("BM_StampMake", "BM_OpenSslSign"):
    line("1 stamps/s vs OpenSSL ECDSA sign", f"{r['BM_StampMake']:.0f}/s", f"{r['BM_OpenSslSign']:.0f}/s", "",
         r["BM_StampMake"] / r["BM_OpenSslSign"], 0.90, ">=")
if have("BM_KeyPairGenerate", "BM_OpenSslKeygen"):
    line("2 key pairs/s vs OpenSSL keygen", f"{r['BM_KeyPairGenerate']:.0f}/s", f"{r['BM_OpenSslKeygen']:.0f}/s", "",
         r["BM_KeyPairGenerate"] / r["BM_OpenSslKeygen"], 0.85, ">=")
if have("BM_StampMakeTpm", "BM_StampMake"):
    line("t1 stamps/s, key in the software TPM vs in memory", f"{r['BM_StampMakeTpm']:.0f}/s",
         f"{r['BM_StampMake']:.0f}/s", "", r["BM_StampMakeTpm"] / r["BM_StampMake"], None, "")
if have("tpm_refresh_ms", "tpm_keychain_refresh_ms"):
    line("t2 full refresh, key in the software TPM vs in the keychain", f"{r['tpm_refresh_ms']:.2f} ms",
         f"{r['tpm_keychain_refresh_ms']:.2f} ms", "", r["tpm_refresh_ms"] / r["tpm_keychain_refresh_ms"], None, "")
if have("refresh_cpp_ms", "refresh_node_ms"):
    line("3 refresh round trip vs @turnkey/* in Node", f"{r['refresh_cpp_ms']:.3f} ms", f"{r['refresh_node_ms']:.3f} ms", "",
         r["refresh_cpp_ms"] / r["refresh_node_ms"], 0.35, "<=")
if have("keychain_refresh_ms", "refresh_parts_sum_ms"):
    line("4 full refresh vs sum of its irreducible parts (same store, same run)", f"{r['keychain_refresh_ms']:.2f} ms",
         f"{r['refresh_parts_sum_ms']:.2f} ms", "", r["keychain_refresh_ms"] / r["refresh_parts_sum_ms"], 1.2, "<=")
if have("app_full_first_paint_ms", "app_empty_first_paint_ms"):
    line(f"5a wallet-sessions launch to first paint, {rows} vs 0 sessions", f"{r['app_full_first_paint_ms']:.0f} ms",
         f"{r['app_empty_first_paint_ms']:.0f} ms", "", r["app_full_first_paint_ms"] / r["app_empty_first_paint_ms"],
         1.3, "<=")
if have("full_gui_tick_ms"):
    line(f"5b countdown tick + repaint, {rows} rows (median)", f"{r['full_gui_tick_ms']:.3f} ms", "1 ms budget", "",
         r["full_gui_tick_ms"] / 1.0, 1.0, "<=")
if have("app_full_steady_rss_kib", "app_empty_steady_rss_kib"):
    line(f"5c wallet-sessions idle resident memory, {rows} vs 0 sessions",
         f"{r['app_full_steady_rss_kib']/1024:.1f} MiB", f"{r['app_empty_steady_rss_kib']/1024:.1f} MiB", "",
         r["app_full_steady_rss_kib"] / r["app_empty_steady_rss_kib"], 1.5, "<=")
if have("commit_large_ms", "commit_small_ms"):
    line(f"5d one index commit, {int(r['commit_large_sessions'])} vs 10 sessions", f"{r['commit_large_ms']:.2f} ms",
         f"{r['commit_small_ms']:.2f} ms", "", r["commit_large_ms"] / r["commit_small_ms"], 1.5, "<=")
if have("refresh_store_large_ms", "refresh_store_small_ms"):
    line(f"5e one refresh, {int(r['refresh_store_large_sessions'])} vs 10 sessions (keychain excluded)",
         f"{r['refresh_store_large_ms']:.2f} ms", f"{r['refresh_store_small_ms']:.2f} ms", "",
         r["refresh_store_large_ms"] / r["refresh_store_small_ms"], 1.2, "<=")
if have("refresh_all_wall_ms", "refresh_all_keychain_floor_ms"):
    failures = int(r.get("refresh_all_failures", -1))
    line(f"6 refresh-all {int(r['refresh_all_sessions'])} vs its keychain ops back to back ({failures} failed)",
         f"{r['refresh_all_wall_ms']:.0f} ms", f"{r['refresh_all_keychain_floor_ms']:.0f} ms", "",
         r["refresh_all_wall_ms"] / r["refresh_all_keychain_floor_ms"], 1.2, "<=")
    if failures != 0:
        rowsout[-1] = rowsout[-1][:5] + ("NO (failures)",)
for clients in ("1", "32"):
    if have(f"proxy_ms_per_request_{clients}", f"proxy_direct_ms_per_request_{clients}"):
        line(f"p{clients} proxy vs direct stamped request, {clients} concurrent client(s)",
             f"{r[f'proxy_ms_per_request_{clients}']:.3f} ms", f"{r[f'proxy_direct_ms_per_request_{clients}']:.3f} ms",
             "", r[f"proxy_overhead_ratio_{clients}"], 1.2, "<=")
# pf1/pf32 (informative): the floor under p1/p32, direct requests through a process that relays bytes unchanged.
for clients in ("1", "32"):
    if have(f"relay_ms_per_request_{clients}", f"relay_direct_ms_per_request_{clients}"):
        line(f"pf{clients} floor: direct requests through a byte relay vs direct, {clients} client(s) (informative)",
             f"{r[f'relay_ms_per_request_{clients}']:.3f} ms", f"{r[f'relay_direct_ms_per_request_{clients}']:.3f} ms",
             "", r[f"relay_overhead_ratio_{clients}"], None, "<=")
# pc1/pc32 (informative): the CPU time per request of every process, proxy against direct, and who spent it.
for clients in ("1", "32"):
    direct = [f"direct_{p}_cpu_ms_per_request_{clients}" for p in ("client", "devserver")]
    proxied = [f"proxy_{p}_cpu_ms_per_request_{clients}" for p in ("client", "serve", "devserver")]
    if have(*direct, *proxied):
        d, p = sum(r[k] for k in direct), sum(r[k] for k in proxied)
        parts = "/".join(f"{r[k]:.3f}" for k in proxied)
        line(f"pc{clients} CPU per request, all processes, proxy (client/serve/devserver) vs direct (informative)",
             f"{p:.3f} ms ({parts})", f"{d:.3f} ms", "", p / d, None, "<=")
for clients in ("1", "32"):
    key = f"latency20_proxy_ms_per_request_{clients}"
    if have(key, f"latency20_proxy_direct_ms_per_request_{clients}"):
        line(f"ip{clients} proxy vs direct, {clients} client(s), API 20 ms away (informative)",
             f"{r[key]:.2f} ms", f"{r[f'latency20_proxy_direct_ms_per_request_{clients}']:.2f} ms", "",
             r[f"latency20_proxy_overhead_ratio_{clients}"], 1.2, "<=")
# Informative rows (no target of the issue): the in-process table, the peak memory, gnome-keyring's
# own cost per operation at 1 000 items vs 1.
if have("full_gui_first_paint_ms", "empty_gui_first_paint_ms"):
    line(f"i5a table first paint in-process (informative), {rows} vs 0 rows", f"{r['full_gui_first_paint_ms']:.1f} ms",
         f"{r['empty_gui_first_paint_ms']:.1f} ms", "", r["full_gui_first_paint_ms"] / r["empty_gui_first_paint_ms"], 1.3, "<=")
if have("full_gui_rss_kib", "empty_gui_rss_kib"):
    line(f"i5c resident memory in-process (informative), {rows} vs 0 rows", f"{r['full_gui_rss_kib']/1024:.1f} MiB",
         f"{r['empty_gui_rss_kib']/1024:.1f} MiB", "", r["full_gui_rss_kib"] / r["empty_gui_rss_kib"], 1.5, "<=")
if have("app_full_rss_kib", "app_empty_rss_kib"):
    line(f"i5c-peak wallet-sessions peak RSS (informative), {rows} vs 0", f"{r['app_full_rss_kib']/1024:.1f} MiB",
         f"{r['app_empty_rss_kib']/1024:.1f} MiB", "", r["app_full_rss_kib"] / r["app_empty_rss_kib"], 1.5, "<=")
if have("refresh_all_keychain_write_delete_ms", "keychain_write_delete_ms"):
    line(f"ik gnome-keyring write+delete at {sessions} items vs 1 (informative: the keychain's own growth)",
         f"{r['refresh_all_keychain_write_delete_ms']:.2f} ms", f"{r['keychain_write_delete_ms']:.2f} ms", "",
         r["refresh_all_keychain_write_delete_ms"] / r["keychain_write_delete_ms"], 1.5, "<=")

head = ("benchmark", "ours", "reference", "ratio", "target", "met?")
widths = [max(len(str(x[i])) for x in [head] + rowsout) for i in range(6)]
fmt = " | ".join("{:<%d}" % w for w in widths)
print(fmt.format(*head)); print("-+-".join("-" * w for w in widths))
for row in rowsout: print(fmt.format(*row))
print("\nraw: " + json.dumps(results, sort_keys=True))
