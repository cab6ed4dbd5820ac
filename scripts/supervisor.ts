import { spawn, type ChildProcess } from "node:child_process";

export type Service = {
  name: string;
  command: string;
  args: string[];
  env?: Record<string, string>;
  /** Restarted with backoff when it exits on its own; otherwise its exit stops everything. */
  restart: boolean;
};

const MAX_RESTART_DELAY_MS = 30_000;
const STOP_GRACE_MS = 15_000;

/**
 * Runs services as children and owns their lifecycle: each child gets its own process group, so
 * Ctrl-C reaches only us and we stop them in order (last started, first stopped).
 */
export class Supervisor {
  private running = new Map<string, ChildProcess>();
  private stopping = false;

  constructor(private readonly cwd: string, private readonly onFatal: (reason: string) => void) {}

  start(service: Service, restartDelayMs = 1000): ChildProcess {
    const startedAt = Date.now();
    const child = spawn(service.command, service.args, {
      cwd: this.cwd,
      env: { ...process.env, ...service.env },
      stdio: "inherit",
      detached: true,
    });
    this.running.set(service.name, child);
    child.on("exit", (code, signal) => {
      this.running.delete(service.name);
      if (this.stopping) return;
      if (!service.restart) return this.onFatal(`${service.name} exited (${code ?? signal})`);
      // A service that ran for a minute earns a fresh, short delay; a crash loop backs off.
      const delay = Date.now() - startedAt > 60_000 ? 1000 : Math.min(restartDelayMs * 2, MAX_RESTART_DELAY_MS);
      console.error(`[start] ${service.name} exited (${code ?? signal}); restarting in ${delay} ms`);
      setTimeout(() => !this.stopping && this.start(service, delay), delay);
    });
    return child;
  }

  /** Stops the services in reverse start order, each with SIGTERM and, after a grace period, SIGKILL. */
  async stopAll(): Promise<void> {
    this.stopping = true;
    for (const [name, child] of [...this.running].reverse()) {
      console.error(`[start] stopping ${name}`);
      await stopChild(child);
    }
  }
}

function stopChild(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const kill = setTimeout(() => child.kill("SIGKILL"), STOP_GRACE_MS);
    child.once("exit", () => {
      clearTimeout(kill);
      resolve();
    });
    child.kill("SIGTERM");
  });
}
