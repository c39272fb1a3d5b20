import type { OutboxItem } from "../../bindings/OutboxItem";
import { SubmissionConfirmation } from "../submission/SubmissionConfirmation";

/** Where the request stands, until the agency has it and its number. */
export function Confirmation({ submitted }: { submitted: OutboxItem }) {
  return <SubmissionConfirmation submitted={submitted} page="modify" numberId="modify-request-number" />;
}
