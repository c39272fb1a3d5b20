import { NotReadyJob } from "./NotReadyJob";

export default function Modify() {
  return <NotReadyJob job="modify" />;
}
