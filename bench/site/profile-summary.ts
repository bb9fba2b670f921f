// Reads a V8 CPU profile (.cpuprofile) into two tables: time spent in each function itself, and time
// spent in it and everything it called (each function counted once per sample, so recursion does not
// count twice).

/** The parts of a V8 CPU profile this summary reads. */
export interface CpuProfile {
  nodes: Array<{ id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }>;
  samples: number[];
  timeDeltas: number[];
}

/** The `top` functions by own time and by inclusive time, as percentages of the sampled time. */
export function summarizeProfile(profile: CpuProfile, top: number): string {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const child of n.children ?? []) parent.set(child, n.id);
  const name = (id: number) => {
    const f = byId.get(id)!.callFrame;
    return `${f.functionName || '(anonymous)'} ${f.url.replace(/^.*\/node_modules\//, '').replace(/^.*\/(src|bench)\//, '$1/')}:${f.lineNumber + 1}`;
  };
  const own = new Map<string, number>();
  const inclusive = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const dt = profile.timeDeltas[i] ?? 0;
    total += dt;
    own.set(name(id), (own.get(name(id)) ?? 0) + dt);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const key = name(at);
      if (seen.has(key)) continue;
      seen.add(key);
      inclusive.set(key, (inclusive.get(key) ?? 0) + dt);
    }
  });
  const table = (title: string, times: Map<string, number>) =>
    [title, ...[...times].sort((a, b) => b[1] - a[1]).slice(0, top).map(([key, t]) => `${((100 * t) / total).toFixed(1).padStart(6)}%  ${key}`)].join('\n');
  return `${table('own time', own)}\n\n${table('with callees', inclusive)}`;
}
