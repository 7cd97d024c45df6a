import { setTimeout as sleep } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import { semaphore } from "@/core/security/semaphore";

describe("semaphore", () => {
  it("runs at most its slots at once and every task to the end, in arrival order", async () => {
    const run = semaphore(2);
    let running = 0;
    let most = 0;
    const started: number[] = [];
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        run(async () => {
          started.push(i);
          most = Math.max(most, ++running);
          await sleep(5);
          running--;
          return i * 10;
        }),
      ),
    );
    expect(most).toBe(2);
    expect(started).toEqual([...Array(12).keys()]);
    expect(results).toEqual([...Array(12).keys()].map((i) => i * 10));
  });

  it("gives the slot back when a task throws", async () => {
    const run = semaphore(1);
    await expect(run(() => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    expect(await Promise.race([run(async () => "ran"), sleep(1000, "stuck")])).toBe("ran");
  });
});
