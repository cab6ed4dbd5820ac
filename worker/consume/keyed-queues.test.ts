import { describe, expect, it } from "vitest";
import { KeyedQueues } from "./keyed-queues";

function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open, opened };
}
const tick = () => new Promise((resolve) => setImmediate(resolve));

describe("KeyedQueues", () => {
  it("runs one key's jobs in order, one at a time, across pushes", async () => {
    const queues = new KeyedQueues(4);
    const log: string[] = [];
    const first = gate();
    queues.push("a", async () => {
      log.push("a1 start");
      await first.opened;
      log.push("a1 end");
    });
    await tick();
    queues.push("a", async () => {
      log.push("a2");
    });
    await tick();
    expect(log).toEqual(["a1 start"]);
    first.open();
    await queues.idle();
    expect(log).toEqual(["a1 start", "a1 end", "a2"]);
  });

  it("lets other keys pass a stalled key", async () => {
    const queues = new KeyedQueues(4);
    const stalled = gate();
    const done: string[] = [];
    queues.push("slow", async () => {
      await stalled.opened;
      done.push("slow");
    });
    for (const key of ["b", "c", "d"]) queues.push(key, async () => void done.push(key));
    await tick();
    expect(done).toEqual(["b", "c", "d"]);
    expect(queues.size).toBe(1);
    stalled.open();
    await queues.idle();
    expect(done).toEqual(["b", "c", "d", "slow"]);
  });

  it("runs at most `concurrency` keys at once", async () => {
    const queues = new KeyedQueues(2);
    let running = 0;
    let most = 0;
    for (let index = 0; index < 10; index++) {
      queues.push(`k${index}`, async () => {
        running++;
        most = Math.max(most, running);
        await tick();
        running--;
      });
    }
    await queues.idle();
    expect(most).toBe(2);
    expect(queues.size).toBe(0);
  });

  it("tells when the queued jobs fall below a limit", async () => {
    const queues = new KeyedQueues(1);
    const gates = [gate(), gate(), gate()];
    gates.forEach(({ opened }, index) => queues.push(`k${index}`, () => opened));
    let below = false;
    void queues.below(2).then(() => (below = true));
    gates[0]!.open();
    await tick();
    expect(below).toBe(false);
    gates[1]!.open();
    await tick();
    expect(below).toBe(true);
    gates[2]!.open();
    await queues.idle();
  });

  it("is idle at once when empty", async () => {
    await new KeyedQueues(1).idle();
  });
});
