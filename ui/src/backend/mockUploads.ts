import type { Document } from "../bindings/agency/Document";
import type { DocumentType } from "../bindings/agency/DocumentType";
import type { UploadPolicy } from "../bindings/agency/UploadPolicy";
import type { IpcError } from "../bindings/IpcError";
import type { UploadSummary } from "../bindings/UploadSummary";

/**
 * The mock's copy of what `crates/documents` and `crates/backend/src/uploads.rs`
 * do with a chosen file, simplified: the type from the file's extension (the
 * real one reads its content), the size from the test's list of files. Same
 * error codes and English messages; when the two disagree, Rust is right.
 */

/** How big a file is when the test does not say: 240 KiB. */
export const MOCK_FILE_SIZE = 240 * 1024;

/** The largest file taken while the agency's own limit is not known, as the backend has it. */
const FALLBACK_MAX_BYTES = 25 * 1024 * 1024;

function fileError(reason: string, message: string): IpcError {
  return { code: "invalid_input", message, field: "file", reason };
}

/** A size as the backend words it in English: `30.0 MB`. */
function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** The last part of a path, whichever the separator. */
export function fileNameOf(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

const TYPES: Record<string, string> = { pdf: "application/pdf", jpg: "image/jpeg", jpeg: "image/jpeg", png: "image/png" };

/**
 * What the backend makes of the file at `path` of `size` bytes before it
 * queues it, or the `invalid_input` error (field `file`) it refuses it with.
 */
export function prepareMockFile(
  path: string,
  size: number,
  policy: UploadPolicy | null,
  documentType: DocumentType,
  replaces: string | null,
): UploadSummary {
  const name = fileNameOf(path);
  if (path.trim() === "" || name === "") {
    throw fileError("not_found", "The file could not be found. It may have been moved or deleted. Choose it again.");
  }
  const extension = name.includes(".") ? (name.split(".").pop() ?? "").toLowerCase() : "";
  if (extension === "heic" || extension === "heif") {
    throw fileError(
      "heic",
      "This picture is in HEIC format, which the agency cannot accept. Save it as JPEG, or take a screenshot of it, and try again. (On an iPhone, Settings > Camera > Formats > Most Compatible saves new photos as JPEG.)",
    );
  }
  const max = policy?.max_bytes ?? FALLBACK_MAX_BYTES;
  if (size > max) {
    throw fileError(
      "too_large",
      `This file is ${megabytes(size)} and the largest file you can send is ${megabytes(max)}. Make it smaller (for example, scan it again at a lower resolution, or send fewer pages at a time) and try again.`,
    );
  }
  if (size === 0) throw fileError("empty", "This file is empty. Choose another file.");
  const contentType = TYPES[extension];
  if (contentType === undefined || (policy !== null && !policy.content_types.includes(contentType))) {
    throw fileError("unsupported", "This kind of file cannot be sent. Send a PDF, or a picture saved as JPEG or PNG.");
  }
  return {
    file_name: name,
    content_type: contentType,
    size,
    document_type: documentType,
    replaces: replaces === "" ? null : replaces,
    sent: 0,
    // A phone's photo: the camera's details and where it was taken.
    removed: contentType === "image/jpeg" ? ["exif", "gps"] : [],
  };
}

/** A made-up SHA-256 (64 hex digits), the same for the same text. */
function fakeDigest(text: string): string {
  let digest = "";
  let hash = 2166136261;
  for (let round = 0; digest.length < 64; round += 1) {
    for (const char of `${text}:${round}`) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619) >>> 0;
    digest += hash.toString(16).padStart(8, "0");
  }
  return digest.slice(0, 64);
}

/** The document the agency records once an upload is complete: received, as of `at`. */
export function receivedDocument(id: string, caseId: string, upload: UploadSummary, at: Date): Document {
  return {
    id,
    case_id: caseId,
    document_type: upload.document_type,
    file_name: upload.file_name,
    content_type: upload.content_type,
    size: upload.size,
    sha256: fakeDigest(`${id}/${upload.file_name}/${upload.size}`),
    uploaded_at: at.toISOString(),
    status: "received",
    reason: null,
    replaces: upload.replaces,
  };
}
