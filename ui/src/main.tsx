import "@uswds/uswds/css/uswds.min.css";
import "@trussworks/react-uswds/lib/index.css";
import "./styles/app.css";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { selectBackend } from "./backend/select";

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root");

void selectBackend().then((backend) => {
  createRoot(root).render(
    <StrictMode>
      <App backend={backend} />
    </StrictMode>,
  );
});
