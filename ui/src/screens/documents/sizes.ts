import type { Language } from "../../bindings/Language";
import { localeOf } from "../../l10n/format";

const KIB = 1024;
const MIB = 1024 * 1024;
const GIB = 1024 * 1024 * 1024;

function unit(language: Language, name: string, value: number, fractionDigits: number, display: "short" | "long" = "short"): string {
  return new Intl.NumberFormat(localeOf(language), {
    style: "unit",
    unit: name,
    unitDisplay: display,
    maximumFractionDigits: fractionDigits,
  }).format(value);
}

/**
 * A size in bytes as a parent reads it, in their language: `512 bytes`,
 * `240 kB`, `4.8 MB`, `25 MB` (1,024 to the kilobyte, as the agency counts
 * its limit).
 */
export function formatBytes(bytes: number, language: Language): string {
  if (bytes < KIB) return unit(language, "byte", bytes, 0, "long");
  if (bytes < MIB) return unit(language, "kilobyte", bytes / KIB, 0);
  if (bytes < GIB) return unit(language, "megabyte", bytes / MIB, 1);
  return unit(language, "gigabyte", bytes / GIB, 1);
}

/** A speed: `1.2 MB/s`, `850 kB/s`. */
export function formatSpeed(bytesPerSecond: number, language: Language): string {
  if (bytesPerSecond < MIB) return unit(language, "kilobyte-per-second", Math.max(1, bytesPerSecond / KIB), 0);
  return unit(language, "megabyte-per-second", bytesPerSecond / MIB, 1);
}

/** How much of `total` is sent, in whole percent, rounded down (100 only once it all is). */
export function percentSent(sent: number, total: number): number {
  if (total <= 0) return sent > 0 ? 100 : 0;
  return Math.min(100, Math.floor((Math.max(0, sent) * 100) / total));
}

/** The last quarter reached (0, 25, 50, 75 or 100): a screen reader hears each only once. */
export function quarterSent(sent: number, total: number): number {
  return Math.floor(percentSent(sent, total) / 25) * 25;
}

/** The time left as a message id and its arguments: under a minute, minutes, or hours. */
export function timeLeft(seconds: number): { id: string; vars: Record<string, number> } {
  if (seconds < 60) return { id: "documents-upload-left-seconds", vars: {} };
  if (seconds < 60 * 60) return { id: "documents-upload-left-minutes", vars: { minutes: Math.round(seconds / 60) } };
  return { id: "documents-upload-left-hours", vars: { hours: Math.round(seconds / 3600) } };
}

/** A media type as parents know it: `PDF`, `JPEG`, `PNG`. */
export function typeName(contentType: string): string {
  switch (contentType) {
    case "application/pdf":
      return "PDF";
    case "image/jpeg":
      return "JPEG";
    case "image/png":
      return "PNG";
    default:
      return (contentType.split("/").pop() ?? contentType).toUpperCase();
  }
}

/** The last part of a path, whichever the separator: what the parent calls the file. */
export function fileNameOf(path: string): string {
  return path.split(/[\\/]/).filter((part) => part !== "").pop() ?? path;
}
