import type { ErrorCode } from "../bindings/ErrorCode";
import type { IpcError } from "../bindings/IpcError";

const ERROR_CODES = [
  "invalid_input",
  "agency_unreachable",
  "agency_error",
  "not_signed_in",
  "sign_in_cancelled",
  "store_damaged",
  "storage",
  "internal",
] as const satisfies readonly ErrorCode[];

// Fails to compile when the backend adds a code this list does not know.
type Unlisted = Exclude<ErrorCode, (typeof ERROR_CODES)[number]>;
const exhaustive: Unlisted extends never ? true : false = true;
void exhaustive;

function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === "string" && (ERROR_CODES as readonly string[]).includes(value);
}

/**
 * Whatever was thrown, as the `{ code, message }` the UI knows how to show,
 * keeping the `field` and `reason` of an `invalid_input` error.
 */
export function toIpcError(thrown: unknown): IpcError {
  if (typeof thrown === "object" && thrown !== null) {
    const { code, message, field, reason } = thrown as {
      code?: unknown;
      message?: unknown;
      field?: unknown;
      reason?: unknown;
    };
    if (isErrorCode(code)) {
      const error: IpcError = { code, message: typeof message === "string" ? message : "" };
      if (typeof field === "string") error.field = field;
      if (typeof reason === "string") error.reason = reason;
      return error;
    }
    if (typeof message === "string") {
      return { code: "internal", message };
    }
  }
  if (typeof thrown === "string") {
    return { code: "internal", message: thrown };
  }
  return { code: "internal", message: String(thrown) };
}
