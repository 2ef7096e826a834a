/**
 * Reads the V8 sampling profiler's output from a Chromium trace: `Profile`
 * and `ProfileChunk` events carry a call tree built up chunk by chunk, the
 * sampled node ids, and the time between samples. We only need the times at
 * which the sampler was inside extension code.
 */
import type { TraceEvent } from './trace';

interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: { url?: string };
}

interface ChunkData {
  cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] };
  timeDeltas?: number[];
}

/** One profile as it is assembled from its chunks. */
interface Profile {
  clock: number;
  nodes: Map<number, ProfileNode>;
  extensionTimes: number[];
}

const EXTENSION_URL = /^chrome-extension:\/\//;

/** Whether the node or any caller above it is extension code. */
function inExtension(
  nodes: Map<number, ProfileNode>,
  id: number,
  memo: Map<number, boolean>,
): boolean {
  const known = memo.get(id);
  if (known !== undefined) return known;

  const node = nodes.get(id);
  const own = EXTENSION_URL.test(node?.callFrame.url ?? '');
  const answer = own || (node?.parent !== undefined && inExtension(nodes, node.parent, memo));
  memo.set(id, answer);
  return answer;
}

/** Adds one chunk's nodes and samples to its profile. */
function addChunk(profile: Profile, data: ChunkData): void {
  for (const node of data.cpuProfile?.nodes ?? []) profile.nodes.set(node.id, node);

  // Chunks add nodes as they go, so ancestry is resolved per chunk.
  const memo = new Map<number, boolean>();
  const samples = data.cpuProfile?.samples ?? [];
  const deltas = data.timeDeltas ?? [];
  samples.forEach((id, index) => {
    profile.clock += deltas[index] ?? 0;
    if (inExtension(profile.nodes, id, memo)) profile.extensionTimes.push(profile.clock);
  });
}

/**
 * Trace timestamps (microseconds) of every sample taken inside extension code
 * on `thread` ("pid:tid").
 */
export function extensionSampleTimes(events: TraceEvent[], thread: string): number[] {
  const profiles = new Map<string, Profile>();

  for (const event of events) {
    const key = `${event.pid}:${event.id ?? ''}`;
    const data = event.args?.data as (ChunkData & { startTime?: number }) | undefined;
    if (event.name === 'Profile' && `${event.pid}:${event.tid}` === thread) {
      profiles.set(key, {
        clock: data?.startTime ?? event.ts,
        nodes: new Map(),
        extensionTimes: [],
      });
    } else if (event.name === 'ProfileChunk' && data) {
      const profile = profiles.get(key);
      if (profile) addChunk(profile, data);
    }
  }
  return [...profiles.values()].flatMap((profile) => profile.extensionTimes);
}
