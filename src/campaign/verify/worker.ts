// The background verifier: claims due jobs from a durable queue (a port; the store implements it), runs
// them with bounded concurrency and per-host politeness (one request at a time per host, a pause between
// visits), and writes each result back. A crashed worker's leases expire and another run picks them up.
import type { VerificationResult } from './verify.js';

export interface ClaimedJob {
  publicationId: number;
  url: string;
  host: string;
  attempts: number;
}

export interface JobStore {
  /** Creates jobs for publications that have none (and re-queues edited URLs); returns how many. */
  sync(now: string): Promise<number>;
  claim(q: { now: string; leaseUntil: string; owner: string; limit: number; skipHosts: string[] }): Promise<ClaimedJob[]>;
  complete(job: ClaimedJob, result: VerificationResult, owner: string): Promise<void>;
}

export interface WorkerOptions {
  jobs: JobStore;
  verify: (job: ClaimedJob) => Promise<VerificationResult>;
  owner: string;
  /** Milliseconds since the epoch. */
  clock: () => number;
  concurrency?: number;
  /** Pause between two visits to one host. */
  politenessMs?: number;
  /** How often new or edited publications are looked for (not on every tick: that query scans the table). */
  syncMs?: number;
  leaseMs?: number;
  pollMs?: number;
  onError?: (err: unknown, job?: ClaimedJob) => void;
}

export class VerificationWorker {
  private readonly o: Required<Omit<WorkerOptions, 'onError'>> & Pick<WorkerOptions, 'onError'>;
  private readonly busyHosts = new Set<string>();
  private readonly nextVisit = new Map<string, number>();
  private readonly inFlight = new Set<Promise<void>>();
  private running = false;
  private timer: NodeJS.Timeout | undefined;
  private ticking: Promise<void> | undefined;
  private again = false;
  private lastClaimed = 0;
  private waiting = false;
  private lastSync = -Infinity;
  /** Jobs finished by this worker since it started. */
  completed = 0;

  constructor(opts: WorkerOptions) {
    this.o = { concurrency: 8, politenessMs: 1000, leaseMs: 120_000, pollMs: 2000, syncMs: 1000, ...opts };
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.kick();
  }

  /** Stops claiming work and waits for the jobs in flight to finish. */
  async stop(): Promise<void> {
    this.running = false;
    if (this.timer) clearTimeout(this.timer);
    await this.ticking;
    await Promise.all([...this.inFlight]);
  }

  /** Looks for work now (after a re-check was requested, or a job finished). */
  kick(): void {
    if (!this.running) return;
    if (this.ticking) {
      this.again = true;
      return;
    }
    if (this.timer) clearTimeout(this.timer);
    this.ticking = this.tick()
      .catch((err: unknown) => this.o.onError?.(err))
      .finally(() => {
        this.ticking = undefined;
        if (this.again) {
          this.again = false;
          this.kick();
        }
      });
  }

  /** Runs until no job is due and none is in flight (for the CLI, tests and benchmarks). */
  async drain(): Promise<void> {
    this.lastSync = -Infinity;
    this.start();
    for (;;) {
      this.kick();
      while (this.ticking) await this.ticking;
      if (this.inFlight.size > 0) {
        await Promise.race([...this.inFlight]);
        continue;
      }
      if (this.lastClaimed > 0) continue;
      const now = this.o.clock();
      const paused = [...this.nextVisit.values()].filter((t) => t > now);
      // Hosts paused for politeness may still have due work: wait for their pause to end, then look again.
      if (paused.length === 0 || !this.waiting) return;
      await new Promise((r) => setTimeout(r, Math.max(5, Math.min(...paused) - now)));
    }
  }

  private schedule(ms: number): void {
    if (!this.running) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => { this.kick(); }, Math.max(5, ms));
    this.timer.unref();
  }

  private async tick(): Promise<void> {
    const now = this.o.clock();
    if (now - this.lastSync >= this.o.syncMs || now < this.lastSync) {
      await this.o.jobs.sync(new Date(now).toISOString());
      this.lastSync = now;
    }
    const free = this.o.concurrency - this.inFlight.size;
    this.waiting = false;
    this.lastClaimed = 0;
    if (free <= 0) return;
    const skip = new Set(this.busyHosts);
    let soonest = Infinity;
    for (const [host, t] of this.nextVisit) {
      if (t > now) {
        skip.add(host);
        soonest = Math.min(soonest, t);
      } else this.nextVisit.delete(host);
    }
    const claimed = await this.o.jobs.claim({
      now: new Date(now).toISOString(),
      leaseUntil: new Date(now + this.o.leaseMs).toISOString(),
      owner: this.o.owner,
      limit: free,
      skipHosts: [...skip],
    });
    this.lastClaimed = claimed.length;
    for (const job of claimed) this.run(job);
    if (soonest < Infinity) this.waiting = true;
    if (claimed.length === 0) this.schedule(soonest < Infinity ? Math.min(this.o.pollMs, soonest - now) : this.o.pollMs);
  }

  private run(job: ClaimedJob): void {
    this.busyHosts.add(job.host);
    const p = (async () => {
      try {
        const result = await this.o.verify(job);
        await this.o.jobs.complete(job, result, this.o.owner);
        this.completed++;
      } catch (err) {
        // The lease expires and the job is tried again; nothing is lost.
        this.o.onError?.(err, job);
      } finally {
        this.busyHosts.delete(job.host);
        this.nextVisit.set(job.host, this.o.clock() + this.o.politenessMs);
      }
    })();
    this.inFlight.add(p);
    void p.finally(() => {
      this.inFlight.delete(p);
      this.kick();
    });
  }
}
