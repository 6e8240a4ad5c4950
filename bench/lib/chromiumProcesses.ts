// Finds one Chromium's processes in /proc by a tag passed on its command line
// (an unknown switch Chromium ignores), so a benchmark can measure one
// browser's renderers apart from another browser's on the same machine.
import fs from 'node:fs';

function cmdline(pid: number): string[] {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
  } catch {
    return [];
  }
}

function parentOf(pid: number): number | undefined {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return undefined;
  }
}

function pids(): number[] {
  return fs
    .readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .map(Number);
}

/** The browser process started with `--hhc-bench-tag=<tag>` (Debian's wrapper script execs it). */
export function taggedBrowserPid(tag: string): number | undefined {
  return pids().find((pid) => {
    const args = cmdline(pid);
    return args.includes(`--hhc-bench-tag=${tag}`) && !args.some((arg) => arg.startsWith('--type='));
  });
}

/** Descendants of `root` whose command line says `--type=<type>` (renderer, gpu-process, utility…). */
export function childProcessesOfType(root: number, type: string): number[] {
  return pids().filter((pid) => {
    // Chromium rewrites its child processes' titles: the switches may come as one string.
    if (!cmdline(pid).some((arg) => arg.split(' ').includes(`--type=${type}`))) return false;
    for (let ancestor = parentOf(pid); ancestor !== undefined && ancestor > 1; ancestor = parentOf(ancestor))
      if (ancestor === root) return true;
    return false;
  });
}
