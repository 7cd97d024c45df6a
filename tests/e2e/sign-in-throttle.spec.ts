import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { newUser } from "./actions";
import { signedInRequest } from "./api-client";
import { count, signInClient } from "./sign-in-client";
import { demoUsers } from "./support";

test("a parallel burst of 200 wrong passwords is checked only a few times, and the right password sent mid-burst does not sign in", async ({ playwright, baseURL }) => {
  const owner = await signedInRequest(playwright, baseURL, demoUsers.owner);
  const target = await newUser(owner, baseURL ?? "", "sales");
  await owner.dispose();
  const client = await signInClient(baseURL, "127.0.0.11", 201);
  // The right password goes out as soon as one guess is refused (the allowance is spent), while the rest of the burst is in flight.
  let right: Promise<string> | undefined;
  const sendRight = () => (right ??= client.signIn(target.email, target.password));
  const answers = await Promise.all(
    Array.from({ length: 200 }, (_, i) =>
      client.signIn(target.email, `wrong-${i}`).then((answer) => {
        if (answer === "throttled") void sendRight();
        return answer;
      }),
    ),
  );
  const checked = count(answers, "invalid_credentials");
  console.log(`parallel burst: ${checked} of 200 wrong passwords checked, ${count(answers, "throttled")} throttled`);
  expect(checked + count(answers, "throttled")).toBe(200);
  // The account's 5 free failures, and one more each time its lock (1 s, then 2 s, 4 s …) ran out mid-burst.
  expect(checked).toBeLessThanOrEqual(8);
  expect(await sendRight()).toBe("throttled");
});

test("a client cannot get a fresh per-address bucket by sending X-Forwarded-For or X-Real-IP", async ({ baseURL }) => {
  const client = await signInClient(baseURL, "127.0.0.12");
  const answers: string[] = [];
  for (let i = 0; i < 21; i++) {
    const spoofed = `203.0.113.${i + 1}`;
    answers.push(await client.signIn(`nobody-${randomUUID()}@demo.test`, "wrong", { "x-forwarded-for": spoofed, "x-real-ip": spoofed }));
  }
  // Every email is new, so only the address's bucket (20 free failures) can refuse the 21st.
  expect(answers.slice(0, 20)).toEqual(Array(20).fill("invalid_credentials"));
  expect(answers[20]).toBe("throttled");
});
