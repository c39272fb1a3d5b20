import { NotReadyJob } from "./NotReadyJob";

export default function Documents() {
  return <NotReadyJob job="documents" />;
}
