import { describe, expect, it } from "vitest";
import { createKeyMemory } from "./key-memory";

const key = { id: "key-1", name: "billing" };
const bounds = { trustForMs: 60_000, outageGraceMs: 30_000 };

function counted(answer: typeof key | null = key) {
  const load = async () => {
    load.calls++;
    return answer;
  };
  load.calls = 0;
  return load;
}

describe("createKeyMemory", () => {
  it("asks every time while it is not listening for revocations", async () => {
    const memory = createKeyMemory(bounds);
    const load = counted();
    await memory.find("hash", load);
    await memory.find("hash", load);
    expect(load.calls).toBe(2);
  });

  it("remembers a live key while listening, and asks again once it is forgotten", async () => {
    const memory = createKeyMemory(bounds);
    memory.setListening(true);
    const load = counted();
    expect(await memory.find("hash", load)).toEqual(key);
    expect(await memory.find("hash", load)).toEqual(key);
    expect(load.calls).toBe(1);

    memory.forget("key-1");
    await memory.find("hash", load);
    expect(load.calls).toBe(2);
  });

  it("does not keep a lookup that was in flight when its key was revoked", async () => {
    const memory = createKeyMemory(bounds);
    memory.setListening(true);
    let release!: () => void;
    const slow = () => new Promise<typeof key>((resolve) => (release = () => resolve(key)));
    const inFlight = memory.find("hash", slow);
    memory.forget("key-1");
    release();
    await inFlight;

    const load = counted(null);
    expect(await memory.find("hash", load)).toBeNull();
    expect(load.calls).toBe(1);
  });

  it("forgets everything when the notices resume, and trusts a key only for a while", async () => {
    let clock = 0;
    const memory = createKeyMemory({ trustForMs: 1_000, outageGraceMs: 500 }, () => clock);
    memory.setListening(true);
    const load = counted();
    await memory.find("hash", load);
    memory.setListening(false);
    memory.setListening(true);
    await memory.find("hash", load);
    expect(load.calls).toBe(2);

    clock = 1_000;
    await memory.find("hash", load);
    expect(load.calls).toBe(3);
  });

  it("keeps keys verified before the notices stopped for the outage grace, and no longer", async () => {
    let clock = 0;
    const memory = createKeyMemory({ trustForMs: 60_000, outageGraceMs: 10_000 }, () => clock);
    memory.setListening(true);
    const load = counted();
    await memory.find("hash", load);

    clock = 1_000;
    memory.setListening(false);
    const unreachable = async () => {
      throw new Error("database unreachable");
    };
    clock = 10_999;
    expect(await memory.find("hash", unreachable)).toEqual(key);
    await expect(memory.find("other", unreachable)).rejects.toThrow("database unreachable");

    clock = 11_000;
    await expect(memory.find("hash", unreachable)).rejects.toThrow("database unreachable");
  });

  it("remembers nothing new while the notices are stopped", async () => {
    const memory = createKeyMemory(bounds);
    memory.setListening(true);
    memory.setListening(false);
    const load = counted();
    await memory.find("hash", load);
    await memory.find("hash", load);
    expect(load.calls).toBe(2);
  });

  it("remembers a key that expires no longer than until it expires", async () => {
    let clock = 0;
    const memory = createKeyMemory<{ id: string; expiresAt: Date }>(bounds, () => clock);
    memory.setListening(true);
    const expiring = { id: "key-2", expiresAt: new Date(5_000) };
    const load = async () => {
      load.calls++;
      return clock < 5_000 ? expiring : null;
    };
    load.calls = 0;
    expect(await memory.find("hash", load)).toEqual(expiring);
    clock = 4_999;
    expect(await memory.find("hash", load)).toEqual(expiring);
    expect(load.calls).toBe(1);

    clock = 5_000;
    expect(await memory.find("hash", load)).toBeNull();
    expect(load.calls).toBe(2);
  });

  it("never remembers an unknown or revoked key", async () => {
    const memory = createKeyMemory(bounds);
    memory.setListening(true);
    const load = counted(null);
    await memory.find("hash", load);
    await memory.find("hash", load);
    expect(load.calls).toBe(2);
  });
});
