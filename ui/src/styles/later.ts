// What only the job screens need, loaded with the first of them
// (src/frame/Frame.tsx): USWDS's forms, tables and the like, then the
// screens' own layout on top of them, in that order.
import "./uswds-later.scss";
import "./jobs.css";
