/**
 * Loaded with `node --require dist/bench/peakMemory.js <script>` by the bench: when the process
 * exits it prints one line with its peak resident memory (the kernel's count) and its run time,
 * so a child process's peak is measured alone. The heap's peak comes from `--trace-gc` lines.
 */
import { performance } from 'node:perf_hooks';

export const PEAK_MARK = 'bench-peak:';

process.on('exit', () => {
  const { maxRSS } = process.resourceUsage();
  process.stderr.write(`${PEAK_MARK} ${JSON.stringify({ maxRssBytes: maxRSS * 1024, ms: performance.now() })}\n`);
});
