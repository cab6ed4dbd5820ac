import { describe, expect, it } from "vitest";
import { decodeValue } from "../kafka/decode-value";
import { isSecretName, maskDecodedValue, maskSecrets, maskSecretsInText, restoreMaskedSecrets, SECRET_MASK } from "./mask-secrets";

const httpStep = {
  type: "http",
  options: {
    url: "https://hooks.example.com/in",
    method: "POST",
    headers: { Authorization: "Bearer s3cr3t", "X-Api-Key": "k-123", "Content-Type": "application/json", "X-Upstream": "Basic dXNlcjpwYXNz" },
  },
};

describe("isSecretName", () => {
  it.each(["Authorization", "proxy-authorization", "X-Api-Key", "api_key", "apiKey", "Cookie", "Set-Cookie", "X-Auth-Token", "token", "clientSecret", "password", "PASSWD", "x-auth", "secretAccessKey", "private_key", "X-Hub-Signature"])(
    "%s is secret",
    (name) => expect(isSecretName(name)).toBe(true),
  );

  it.each(["Content-Type", "url", "method", "key", "author", "authority", "eventType", "payload", "subject", "passenger"])("%s is not", (name) =>
    expect(isSecretName(name)).toBe(false),
  );
});

describe("maskSecrets", () => {
  it("masks secret header values and credential-looking values, keeping the rest readable", () => {
    expect(maskSecrets(httpStep)).toEqual({
      type: "http",
      options: {
        url: "https://hooks.example.com/in",
        method: "POST",
        headers: { Authorization: SECRET_MASK, "X-Api-Key": SECRET_MASK, "Content-Type": "application/json", "X-Upstream": SECRET_MASK },
      },
    });
  });

  it("masks secret-named fields at any depth and in arrays, whatever their value", () => {
    const data = { steps: [{ options: { nested: { password: "p", credentials: { user: "u", pass: "x" } } } }], token: 42, empty: "" };
    expect(maskSecrets(data)).toEqual({ steps: [{ options: { nested: { password: SECRET_MASK, credentials: SECRET_MASK } } }], token: SECRET_MASK, empty: "" });
  });

  it("masks credentials by their scheme, not words that happen to start like one", () => {
    const values = ["Bearer eyJhbGciOi.x.y", "Basic dXNlcjpwYXNz", "token 0123456789abcdef", 'Digest username="u", realm="r"', "basic plan", "Token refresh failed"];
    expect(maskSecrets({ values }).values).toEqual([SECRET_MASK, SECRET_MASK, SECRET_MASK, SECRET_MASK, "basic plan", "Token refresh failed"]);
  });

  it("leaves empty and absent values as they are: there is nothing to hide", () => {
    expect(maskSecrets({ token: "", password: null })).toEqual({ token: "", password: null });
  });

  it("masks a URL's password and secret query parameters, not the rest of it", () => {
    const masked = maskSecrets({ url: "https://user:hunter2@example.com/path?token=abc&page=2" }).url;
    expect(masked).not.toContain("hunter2");
    expect(masked).not.toContain("abc");
    expect(masked).toContain("user:");
    expect(masked).toContain("example.com/path");
    expect(masked).toContain("page=2");
  });

  it("masks URLs and credentials inside text fields, such as a failed task's error in its record", () => {
    const failed = { payload: { errorMessage: "POST https://h.example/hook?token=abc123 answered 401: Bearer eyJhbGciOiJIUzI1NiJ9 rejected" } };
    expect(JSON.stringify(maskSecrets(failed))).not.toMatch(/abc123|eyJhbGci/);
  });

  it("does not change its input, and builds objects with own keys only", () => {
    const input = JSON.parse('{"__proto__": {"token": "t"}, "headers": {"Cookie": "c"}}') as Record<string, unknown>;
    const masked = maskSecrets(input) as Record<string, unknown>;
    expect(Object.hasOwn(masked, "__proto__")).toBe(true);
    expect(Object.getPrototypeOf(masked)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).token).toBeUndefined();
    expect(input).toEqual(JSON.parse('{"__proto__": {"token": "t"}, "headers": {"Cookie": "c"}}'));
  });

  it("masks whatever lies deeper than it inspects, instead of recursing without bound", () => {
    let deep: unknown = { token: "t" };
    for (let level = 0; level < 10_000; level++) deep = { next: deep };
    expect(JSON.stringify(maskSecrets(deep))).not.toContain('"t"');
  });
});

describe("maskSecretsInText", () => {
  it("masks the secrets of URLs and credentials quoted in an error, and keeps the rest", () => {
    const error = 'NonRetryableError: POST https://bot:hunter2@hooks.example.com/in?token=abc123&page=2 answered 401: {"echo":"Bearer eyJhbGciOiJIUzI1NiJ9"}';
    const masked = maskSecretsInText(error);
    expect(masked).not.toMatch(/hunter2|abc123|eyJhbGci/);
    expect(masked).toContain("hooks.example.com/in");
    expect(masked).toContain("answered 401");
    expect(maskSecretsInText(null)).toBeNull();
    for (const plain of ["step 0 (http): POST http://127.0.0.1:9/x answered 500: down", "Token validation failed", "basic authentication required"]) {
      expect(maskSecretsInText(plain)).toBe(plain);
    }
  });
});

describe("maskDecodedValue", () => {
  it("keeps a record's text as it was when nothing is secret", () => {
    const text = '{"b": 1,  "a": [2]}';
    expect(maskDecodedValue(decodeValue(Buffer.from(text)))).toEqual({ value: text, json: { b: 1, a: [2] } });
  });

  it("masks the parsed JSON and writes its text again from it", () => {
    const masked = maskDecodedValue(decodeValue(Buffer.from(JSON.stringify({ payload: { steps: [httpStep] } }))));
    expect(masked.value).not.toContain("s3cr3t");
    expect(JSON.parse(masked.value!)).toEqual(masked.json);
    expect(masked.json).toEqual({ payload: { steps: [maskSecrets(httpStep)] } });
  });

  it("masks a text that is not JSON as one string", () => {
    expect(maskDecodedValue(decodeValue(Buffer.from("Bearer abcdefgh12345")))).toEqual({ value: SECRET_MASK, json: null });
  });
});

describe("restoreMaskedSecrets", () => {
  type Step = { type: string; options: { url?: string; method?: string; headers?: Record<string, string> } };
  const original: { steps: Step[]; input: Record<string, unknown> } = { steps: [httpStep, { type: "store", options: {} }], input: { n: 1 } };

  it("puts back every secret an edit left masked, and keeps what the edit changed", () => {
    const edited = structuredClone(maskSecrets(original));
    edited.input = { n: 2 };
    edited.steps[0]!.options = { ...edited.steps[0]!.options, method: "PUT" };

    expect(restoreMaskedSecrets(edited, original, "value")).toEqual({
      steps: [{ ...httpStep, options: { ...httpStep.options, method: "PUT" } }, original.steps[1]],
      input: { n: 2 },
    });
  });

  it("takes a secret the edit spells out", () => {
    const edited = structuredClone(maskSecrets(original));
    edited.steps[0]!.options.headers!.Authorization = "Bearer new";
    const restored = restoreMaskedSecrets(edited, original, "value") as typeof original;
    expect(restored.steps[0]!.options.headers!.Authorization).toBe("Bearer new");
    expect(restored.steps[0]!.options.headers!["X-Api-Key"]).toBe("k-123");
  });

  it("refuses to send a hidden secret to an address the edit changed", () => {
    const edited = structuredClone(maskSecrets(original));
    edited.steps[0]!.options.url = "https://attacker.example/steal";
    expect(() => restoreMaskedSecrets(edited, original, "value")).toThrow(/address it was written for/);
  });

  it("allows a changed address once every secret is spelled out again", () => {
    const edited = structuredClone(original);
    edited.steps[0]!.options.url = "https://elsewhere.example/in";
    expect(restoreMaskedSecrets(edited, original, "value")).toEqual(edited);
  });

  it("keeps a mask moved to another place as the text it is, without revealing anything", () => {
    const edited = { headers: { Authorization: SECRET_MASK } };
    expect(restoreMaskedSecrets(edited, original, "value")).toEqual(edited);
  });

  it("restores a URL whose password was masked", () => {
    const withPassword = { url: "https://user:hunter2@example.com/x" };
    expect(restoreMaskedSecrets(maskSecrets(withPassword), withPassword, "value")).toEqual(withPassword);
  });
});
