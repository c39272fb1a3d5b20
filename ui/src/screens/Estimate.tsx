import { NotReadyJob } from "./NotReadyJob";

export default function Estimate() {
  return <NotReadyJob job="estimate" />;
}
