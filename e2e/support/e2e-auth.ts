import { readFileSync } from "node:fs";
import path from "node:path";
import type { Role } from "../../lib/auth/roles";
import { e2eEnv } from "../e2e-env";
import type { SeededAccess } from "./seed-access";

/** The session of each role, saved by global set-up, for `storageState`. */
export const storageStateOf = (role: Role) => path.join(e2eEnv().authDir, `${role}.json`);

let cached: SeededAccess | undefined;

/** The users and API keys global set-up seeded for this run. */
export function seededAccess(): SeededAccess {
  cached ??= JSON.parse(readFileSync(path.join(e2eEnv().authDir, "access.json"), "utf8")) as SeededAccess;
  return cached;
}

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
