// The process's peak resident memory. getrusage's maxRSS survives execve on Linux, so a child started
// from a large parent reports the parent's peak; /proc/self/status VmHWM belongs to this address space only.
import { readFileSync } from 'node:fs';

export function peakRssBytes(): number {
  try {
    const m = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync('/proc/self/status', 'utf8'));
    if (m) return Number(m[1]) * 1024;
  } catch {
    // not Linux: fall through to getrusage
  }
  return process.resourceUsage().maxRSS * 1024;
}
