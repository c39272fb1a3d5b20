import { NotReadyJob } from "./NotReadyJob";

export default function Apply() {
  return <NotReadyJob job="apply" />;
}
