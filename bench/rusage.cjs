// Preloaded (`node -r bench/rusage.cjs …`) by bench/jobs.mjs: at exit, writes the
// process's resource usage (all threads: CPU time, peak resident memory) as JSON
// to the file named by BENCH_RUSAGE_OUT.
const { writeFileSync } = require('node:fs');
const { isMainThread } = require('node:worker_threads');

if (isMainThread && process.env.BENCH_RUSAGE_OUT) {
  process.on('exit', () => writeFileSync(process.env.BENCH_RUSAGE_OUT, JSON.stringify(process.resourceUsage())));
}
