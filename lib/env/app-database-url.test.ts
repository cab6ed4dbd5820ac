import { describe, expect, it } from "vitest";
import { appDatabaseUrl } from "./app-database-url";

describe("appDatabaseUrl", () => {
  it("is the owner's URL as the application's role, without the owner's password", () => {
    expect(appDatabaseUrl({ DATABASE_URL: "postgres://streamops:owner-pw@db.internal:5432/streamops?sslmode=require" })).toBe(
      "postgres://streamops_app@db.internal:5432/streamops?sslmode=require",
    );
    expect(appDatabaseUrl({ DATABASE_URL: "postgres://127.0.0.1/streamops" })).toBe("postgres://streamops_app@127.0.0.1/streamops");
  });

  it("is APP_DATABASE_URL when that is set", () => {
    const APP_DATABASE_URL = "postgres://reporting_app:pw@db.internal/streamops";
    expect(appDatabaseUrl({ DATABASE_URL: "postgres://streamops@db.internal/streamops", APP_DATABASE_URL })).toBe(APP_DATABASE_URL);
  });
});
