import { describe, expect, it } from "vitest";
import { fileNameOf, formatBytes, formatSpeed, percentSent, quarterSent, timeLeft, typeName } from "./sizes";

describe("sizes, speeds and times", () => {
  it.each([
    [0, "en", "0 bytes"],
    [1, "en", "1 byte"],
    [1023, "en", "1,023 bytes"],
    [245_760, "en", "240 kB"],
    [1_572_864, "en", "1.5 MB"],
    [25 * 1024 * 1024, "en", "25 MB"],
    [25 * 1024 * 1024, "es", "25 MB"],
    [3 * 1024 * 1024 * 1024, "en", "3 GB"],
  ] as const)("%i bytes in %s is %s", (bytes, language, text) => {
    expect(formatBytes(bytes, language)).toBe(text);
  });

  it("says speeds per second", () => {
    expect(formatSpeed(1_258_291, "en")).toBe("1.2 MB/s");
    expect(formatSpeed(870_400, "en")).toBe("850 kB/s");
    expect(formatSpeed(10, "en")).toBe("1 kB/s");
  });

  it("counts whole percent, 100 only once all is sent, and quarters", () => {
    expect(percentSent(0, 100)).toBe(0);
    expect(percentSent(999, 1000)).toBe(99);
    expect(percentSent(1000, 1000)).toBe(100);
    expect(percentSent(0, 0)).toBe(0);
    expect([0, 24, 25, 49, 50, 74, 75, 99, 100].map((sent) => quarterSent(sent, 100))).toEqual([0, 0, 25, 25, 50, 50, 75, 75, 100]);
  });

  it("rounds the time left to what a person says", () => {
    expect(timeLeft(0)).toEqual({ id: "documents-upload-left-seconds", vars: {} });
    expect(timeLeft(59)).toEqual({ id: "documents-upload-left-seconds", vars: {} });
    expect(timeLeft(100)).toEqual({ id: "documents-upload-left-minutes", vars: { minutes: 2 } });
    expect(timeLeft(5400)).toEqual({ id: "documents-upload-left-hours", vars: { hours: 2 } });
  });

  it("names media types and files as parents know them", () => {
    expect(["application/pdf", "image/jpeg", "image/png", "image/tiff"].map(typeName)).toEqual(["PDF", "JPEG", "PNG", "TIFF"]);
    expect(fileNameOf("/home/maria/pay stub.pdf")).toBe("pay stub.pdf");
    expect(fileNameOf("C:\\Users\\Maria\\scan.png")).toBe("scan.png");
    expect(fileNameOf("letter.pdf")).toBe("letter.pdf");
  });
});
