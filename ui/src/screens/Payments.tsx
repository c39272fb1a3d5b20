import { NotReadyJob } from "./NotReadyJob";

export default function Payments() {
  return <NotReadyJob job="payments" />;
}
